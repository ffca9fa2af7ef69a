// Globals that the type check (npm run typecheck, jsconfig.json) cannot see
// in the JavaScript itself.

// The WebExtension API of Chrome and Firefox (web/extension).
declare const chrome: any;

// The content script (web/extension/content/extract.js) runs after
// Readability and web/lib/dom-text.js in one classic script.
declare const Readability: any;
declare function blockText(root: Node, maxChars?: number, options?: {maxBytes?: number}): string;
declare function cutText(text: string, maxChars?: number, maxBytes?: number): string;
declare function documentText(doc: Document, readability: any,
  options?: {maxChars?: number, maxBytes?: number, withTitle?: boolean}): {text: string, title: string, source: string};
// The engine's input limit in bytes, written in by web/build-extension.mjs
// from the core's contract.
declare const PRECIS_MAX_INPUT_BYTES: number;

// The package's worker (web/package/worker.js) gets these inlined by
// web/build-package.mjs.
declare function createWorkerHandler(options: any): (message: any) => void;
declare function createPrecisModule(options?: any): Promise<any>;
