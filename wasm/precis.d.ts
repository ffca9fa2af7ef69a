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

/** The stable error codes of a failed envelope. */
export type PrecisErrorCode =
  | 'invalid_options' // options JSON malformed, unknown key, wrong type or range
  | 'input_too_large' // text over 4 MiB of UTF-8
  | 'internal' // a bug in precis; the message says where
  | 'invalid_input' // binary data rather than text, or text that is not a string
  | 'cancelled'; // the onProgress callback returned false

export interface PrecisSpan {
  /** UTF-8 byte offsets (of the text after lone surrogates became U+FFFD). */
  byteStart: number;
  byteEnd: number;
  /** UTF-16 offsets into the string passed in: text.slice(utf16Start, utf16End). */
  utf16Start: number;
  utf16End: number;
}

export interface PrecisSentence extends PrecisSpan {
  index: number;
  text: string;
  score: number;
  heading: boolean;
  /** Present (false) only in `sentences` for the ones not in the summary. */
  selected?: false;
  /** Digests only: the index of the article the sentence is from. */
  article?: number;
}

export interface PrecisKeyword {
  text: string;
  score: number;
  count: number;
}

export interface PrecisFact extends PrecisSpan {
  text: string;
  kinds: string[];
  sentenceIndex: number;
  /** Digests only: the article the words are from, how many articles report
   *  the fact and which, and whether only one does. */
  article?: number;
  support?: number;
  articles?: number[];
  singleSource?: boolean;
}

export interface PrecisRemoved extends PrecisSpan {
  text: string;
  reason: string;
}

export interface PrecisStats {
  inputBytes: number;
  repairedSequences: number;
  sentences: number;
  words: number;
  summaryWords: number;
  iterations: number;
  converged: boolean;
  /** Digests only: articles past the cap of 50, not read. */
  articlesOmitted?: number;
}

/** The language the text was processed as. */
export interface PrecisLanguage {
  /** ISO 639 code, "und" when undetermined. */
  code: string;
  confidence: number;
  source: 'detected' | 'user';
}

/** One article of a digest ({"digest": true}). */
export interface PrecisArticle {
  index: number;
  title: string;
  byteStart: number;
  byteEnd: number;
  utf16Start: number;
  utf16End: number;
  sentences: number;
  words: number;
  dates: string[];
  /** false: about another event, left out of summary, facts and keywords. */
  sameEvent: boolean;
  reason: string;
}

export interface PrecisSuccess {
  ok: true;
  version: string;
  language: PrecisLanguage;
  summary: PrecisSentence[];
  keywords: PrecisKeyword[];
  facts: PrecisFact[];
  removed: PrecisRemoved[];
  /** Only with {"includeSentences": true}. */
  sentences?: PrecisSentence[];
  /** Digests only. */
  articles?: PrecisArticle[];
  stats: PrecisStats;
}

export interface PrecisFailure {
  ok: false;
  version: string;
  error: { code: PrecisErrorCode; message: string };
}

/** What summarize() returns, once parsed with JSON.parse. */
export type PrecisEnvelope = PrecisSuccess | PrecisFailure;

/** The options object, to be passed JSON.stringify'd. Every key is optional;
 *  unknown keys are an error; give at most one of sentences, ratio, words. */
export interface PrecisOptions {
  sentences?: number;
  ratio?: number;
  words?: number;
  keywords?: number;
  facts?: number;
  removeJunk?: boolean;
  includeSentences?: boolean;
}

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
   * error code is then "cancelled".
   */
  summarize(text: string, optionsJson: string | null | undefined,
            onProgress: (stage: string, fraction: number) => boolean | void): string;
  /** The core's version, e.g. "0.1.0". */
  version(): string;
}

declare function createPrecisModule(options?: PrecisModuleOptions): Promise<PrecisModule>;
export default createPrecisModule;
