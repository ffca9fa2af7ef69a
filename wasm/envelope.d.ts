// The JSON envelope of the engine: what summarize() returns (parsed) and the
// options it takes. Shared by the module's types (precis.d.ts) and the npm
// package's (web/package/index.d.ts, which ships a copy of this file).

/** The stable error codes of a failed envelope. */
export type PrecisEngineErrorCode =
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

/** A typed piece of a key fact: "$3.64 billion", "January 4 to 9". */
export interface PrecisTypedSpan extends PrecisSpan {
  kind: 'money' | 'percent' | 'quantity' | 'date' | 'person' | 'place' | 'organization' | 'quote';
  /** As it reads in the fact's text: its first occurrence after the previous
   *  span's text or, failing that, at or after that text's start (a name
   *  inside a quote). The offsets are those of its words in the input. */
  text: string;
  /** Quotes only: who says it (the person, else the organisation, named
   *  nearest to the quote in its sentence); "" when none is named. */
  speaker?: string;
  /** Where `text` stands in the fact's text (offsets into the bullet, not the
   *  input): `fact.text.slice(inText.utf16Start, inText.utf16End) === text`. */
  inText: PrecisSpan;
}

export interface PrecisFact extends PrecisSpan {
  text: string;
  kinds: string[];
  /** The typed pieces of `text`, in order. */
  spans: PrecisTypedSpan[];
  /** The subject the fact is grouped under when the article is organised by
   *  subject (headings such as "Korea", "Japan"); "" otherwise. */
  group: string;
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
  /**
   * The opening news sentence (else the most central one) compressed to its
   * main clause: at most 12 words, no ellipsis; "" for a digest.
   */
  headline: string;
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
  error: { code: PrecisEngineErrorCode; message: string };
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
  /** "auto" (the default: detected) or an ISO 639 code such as "fr". */
  language?: string;
  /** Several articles separated by lines of "---", summarized as one digest. */
  digest?: boolean;
}
