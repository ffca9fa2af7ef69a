// Types for build-wasm/wasm/precis.mjs (browser, worker) and precis-node.mjs
// (node). Both default-export the same factory.
//
//   import createPrecisModule from './precis.mjs';
//   const precis = await createPrecisModule();
//   const envelope = JSON.parse(precis.summarize(text, '{"sentences":3}'));
//   if (!envelope.ok) console.error(envelope.error.code, envelope.error.message);

/** Fields the factory accepts; anything else is ignored. */
export interface PrecisModuleOptions {
  /** The .wasm bytes, when the caller fetched them itself. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Maps "precis.wasm" to its URL (default: beside precis.mjs). */
  locateFile?: (path: string, scriptDirectory: string) => string;
  /** Custom instantiation (e.g. from a cached WebAssembly.Module). */
  instantiateWasm?: (
    imports: WebAssembly.Imports,
    receiveInstance: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void,
  ) => WebAssembly.Exports | {};
  print?: (text: string) => void;
  printErr?: (text: string) => void;
  /** Called if the module aborts (out of memory); later calls then throw. */
  onAbort?: (what: unknown) => void;
  onRuntimeInitialized?: () => void;
}

export * from './envelope.js';
import type {PrecisEngineErrorCode} from './envelope.js';

/** The stable error codes of a failed envelope. */
export type PrecisErrorCode = PrecisEngineErrorCode;

export interface PrecisModule {
  /**
   * Summarizes `text`. `optionsJson` is a JSON object string (see
   * PrecisOptions); omitted, null, undefined or "" mean the defaults.
   * Returns the JSON envelope as a string (byte-identical to
   * `precis --format json`). Never throws for bad input: failures are
   * {"ok":false,"error":{"code",...}} envelopes. Throws only if the module
   * aborts (WebAssembly.RuntimeError, e.g. out of memory); the instance is
   * then unusable and a new one must be created.
   */
  summarize(text: string, optionsJson?: string | null): string;
  /**
   * The same, calling `onProgress(stage, fraction)` as the work goes on
   * (stage: "clean", "split", "junk", "tokenize", "rank", "select",
   * "keywords", "facts", then "done" with fraction 1; fraction 0..1, never
   * decreasing; a few dozen calls). Returning false cancels: the envelope's
   * error code is then "cancelled". A callback that throws cancels too (the
   * exception is caught, nothing of the call is left behind): "cancelled".
   */
  summarize(text: string, optionsJson: string | null | undefined,
            onProgress: (stage: string, fraction: number) => boolean | void): string;
  /** The core's version, e.g. "0.1.0". */
  version(): string;
  /**
   * The core's contract as a JSON string (precis::ContractJson); parse it
   * into a PrecisContract.
   */
  contract(): string;
}

/** An option of the options JSON, as the contract describes it. */
export interface PrecisOptionSpec {
  /** "integer": a whole number; "language": "auto" or one of `languages`. */
  type: 'integer' | 'number' | 'boolean' | 'language';
  /** Numbers: the range; `min` is inclusive unless `minExclusive`. */
  min?: number;
  minExclusive?: boolean;
  max?: number;
  /** "length": at most one option of the group may be given. */
  group?: 'length';
  /** null: absent by default (the length is then automatic). */
  default: number | boolean | string | null;
}

/** What contract() describes: the limits, options, codes and languages. */
export interface PrecisContract {
  version: string;
  limits: {maxInputBytes: number; maxSentenceBytes: number; maxDigestArticles: number};
  options: Record<string, PrecisOptionSpec>;
  errorCodes: string[];
  languages: string[];
}

declare function createPrecisModule(options?: PrecisModuleOptions): Promise<PrecisModule>;
export default createPrecisModule;
