// Types of precis-summarizer (browser entry "index.js" and node entry
// "node.js"; both export this API). The engine's envelope and options are in
// envelope.d.ts (the same file as the WebAssembly module's).

export * from './envelope.js';
import type {PrecisEngineErrorCode, PrecisKeyword, PrecisLanguage, PrecisOptions, PrecisSuccess}
  from './envelope.js';

export type SummarizerType = 'key-points' | 'tldr' | 'teaser' | 'headline';
export type SummarizerLength = 'short' | 'medium' | 'long';
export type SummarizerFormat = 'markdown' | 'plain-text';
export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export const TYPES: readonly SummarizerType[];
export const LENGTHS: readonly SummarizerLength[];
export const FORMATS: readonly SummarizerFormat[];
/** The ISO 639 codes the engine takes (e.g. "en", "fr"); tags such as
 *  "en-GB" count by their primary subtag. */
export const SUPPORTED_LANGUAGES: readonly string[];
/** The input quota: 4 MiB, counted in bytes of UTF-8. */
export const INPUT_QUOTA: number;

/** The monitor gets one 'downloadprogress' event (loaded 1): nothing is downloaded. */
export interface CreateMonitor extends EventTarget {}

export interface SummarizerCreateCoreOptions {
  type?: SummarizerType;
  length?: SummarizerLength;
  format?: SummarizerFormat;
  /** Only languages in SUPPORTED_LANGUAGES are available. Exactly one is
   *  passed to the engine as the article's language; otherwise it detects it. */
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  /** A summary is in the article's language (no translation): it must be one
   *  of expectedInputLanguages, and without those summarize() rejects with
   *  NotSupportedError for an article detected in another language. */
  outputLanguage?: string;
}

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  /** Kept for the API's shape; an extractive engine cannot use it. */
  sharedContext?: string;
  monitor?: (monitor: CreateMonitor) => void;
  signal?: AbortSignal;
  /** Browser entry only: folder URL holding precis-worker.js and precis.wasm,
   *  for bundlers that do not copy files referenced with new URL(…, import.meta.url). */
  assetsUrl?: string | URL;
}

export interface SummarizeOptions {
  /** Kept for the API's shape; an extractive engine cannot use it. */
  context?: string;
  signal?: AbortSignal;
}

/** One bullet or sentence of a summary, with its place in the input. */
export interface SummaryPiece {
  text: string;
  /**
   * 'fact': a key fact (possibly compressed); 'sentence': a whole sentence;
   * 'headline': the engine's headline (at most 12 words, no ellipsis).
   */
  kind: 'fact' | 'sentence' | 'headline';
  /** UTF-16 offsets of the source sentence: input.slice(utf16Start, utf16End). */
  utf16Start: number;
  utf16End: number;
  sentenceIndex: number;
  score?: number;
  kinds?: string[];
}

export interface DetailedSummary {
  type: SummarizerType;
  length: SummarizerLength;
  format: SummarizerFormat;
  /** What summarize() returns. */
  output: string;
  /** What summarizeStreaming() yields; joined they make output. */
  chunks: string[];
  pieces: SummaryPiece[];
  keywords: PrecisKeyword[];
  /** The language the article was read as. */
  language: PrecisLanguage;
  envelope: PrecisSuccess;
}

export declare class PrecisSummarizer {
  private constructor();
  readonly type: SummarizerType;
  readonly length: SummarizerLength;
  readonly format: SummarizerFormat;
  readonly sharedContext: string;
  readonly expectedInputLanguages: readonly string[] | null;
  readonly expectedContextLanguages: readonly string[] | null;
  readonly outputLanguage: string | null;
  /** 4 MiB: inputs are measured in bytes of UTF-8. */
  readonly inputQuota: number;
  summarize(input: string, options?: SummarizeOptions): Promise<string>;
  summarizeStreaming(input: string, options?: SummarizeOptions): ReadableStream<string>;
  summarizeDetailed(input: string, options?: SummarizeOptions): Promise<DetailedSummary>;
  measureInputUsage(input: string, options?: SummarizeOptions): Promise<number>;
  destroy(): void;
}

/** A summarizer with the Summarizer API's members, precis's or the platform's. */
export interface SummarizerLike {
  summarize(input: string, options?: SummarizeOptions): Promise<string>;
  summarizeStreaming(input: string, options?: SummarizeOptions): ReadableStream<string>;
  measureInputUsage(input: string, options?: SummarizeOptions): Promise<number>;
  destroy(): void;
  readonly inputQuota: number;
}

export declare const Summarizer: {
  availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  create(options?: SummarizerCreateOptions): Promise<PrecisSummarizer>;
};

export declare function createSummarizer(options?: SummarizerCreateOptions): Promise<PrecisSummarizer>;
/** globalThis.Summarizer when its availability() is 'available', else precis. */
export declare function createBestSummarizer(options?: SummarizerCreateOptions): Promise<SummarizerLike>;
/** Browser entry: where precis-worker.js and precis.wasm are, for everything
 *  made afterwards without its own assetsUrl (a running worker is stopped).
 *  Node entry: does nothing. */
export declare function configure(options?: {assetsUrl?: string | URL | null}): void;
/** The engine's version, e.g. "0.1.0". */
export declare function version(): Promise<string>;
/** The engine's JSON envelope; rejects with PrecisError. */
export declare function summarizeEnvelope(text: string, engineOptions?: PrecisOptions,
  callOptions?: {signal?: AbortSignal; timeoutMs?: number}): Promise<PrecisSuccess>;
/** Node entry only: the envelope as the exact JSON text of `precis --format json`. */
export declare function summarizeJson(text: string, engineOptions?: PrecisOptions): Promise<string>;

/** The engine's codes and the client's own. */
export type PrecisErrorCode = PrecisEngineErrorCode | 'aborted' | 'timeout' | 'worker_failed';
export declare const ERROR_CODES: readonly PrecisErrorCode[];
export declare class PrecisError extends Error {
  constructor(code: PrecisErrorCode, message: string, options?: {cause?: unknown});
  readonly name: 'PrecisError';
  code: PrecisErrorCode;
}
