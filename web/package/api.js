// The Summarizer-API-shaped interface of the precis package, apart from how
// the engine runs (a worker in browsers, the module itself in node).
//
// An "engine" is {run(text, engineOptions, {signal}) -> Promise<envelope>}:
// it resolves to the precis JSON envelope ({ok: true, summary, keywords,
// facts, ...}) and rejects with an Error (a PrecisError from the client).
//
// The mapping of the Summarizer API's types to what an extractive engine can
// honestly do (see README "Summarizer API mapping"):
//   key-points  key-fact bullets (3 / 5 / 7) chosen to be read alone
//               (factsAlone: they lead with the main news), filled up with
//               the best summary sentences when the article has fewer facts
//   tldr        the top 1 / 3 / 5 sentences, in article order, as a paragraph
//   teaser      the opening sentence plus the 1 / 2 / 3 most central ones
//   headline    the engine's headline: the opening news sentence (else the
//               most central one) compressed to its main clause, at most 12
//               words, never cut with an ellipsis
// `context` and `sharedContext` are kept but cannot steer an extractive
// engine. Languages are the engine's (SUPPORTED_LANGUAGES); one expected
// input language is passed to the engine, otherwise it detects the language;
// `outputLanguage` must be an input language (no translation).

import {CONTRACT} from './lib/contract.js';
import {utf8Length} from './lib/dom-text.js';
import {escapeMarkdown} from './lib/markdown.js';

export {escapeMarkdown};

export const TYPES = Object.freeze(['key-points', 'tldr', 'teaser', 'headline']);
export const LENGTHS = Object.freeze(['short', 'medium', 'long']);
export const FORMATS = Object.freeze(['markdown', 'plain-text']);
// The languages the engine takes (precis::SupportedLanguages()): ISO 639-1
// codes, from the core's contract.
export const SUPPORTED_LANGUAGES = CONTRACT.languages;
// The engine refuses more than this many bytes of UTF-8 (4 MiB); usage is
// counted in bytes.
export const INPUT_QUOTA = CONTRACT.limits.maxInputBytes;

const COUNTS = {
  'key-points': {short: 3, medium: 5, long: 7},
  tldr: {short: 1, medium: 3, long: 5},
  teaser: {short: 1, medium: 2, long: 3},
  headline: {short: 12, medium: 12, long: 12},  // words
};

// DOMException exists in browsers and node 17+.
function domError(name, message) {
  return new DOMException(message, name);
}

function abortReason(signal) {
  const reason = signal?.reason;
  if (reason !== undefined) return reason;
  return domError('AbortError', 'the operation was aborted');
}

function checkEnum(name, value, allowed, fallback) {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new TypeError(`${name} must be one of ${allowed.map((v) => `'${v}'`).join(', ')}`);
  }
  return value;
}

// "en-GB" -> "en"; Norwegian Bokmål and Nynorsk -> "no".
function primaryLanguage(tag) {
  const code = String(tag).toLowerCase().split(/[-_]/)[0];
  return code === 'nb' || code === 'nn' ? 'no' : code;
}

// A sequence<DOMString> as WebIDL converts it: an iterable object (not a
// string), each item a string.
function checkLanguages(name, list) {
  if (list === undefined) return undefined;
  if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    throw new TypeError(`${name} must be an array of language tags`);
  }
  const tags = [...list].map(String);
  return Object.freeze(tags);
}

// Validated create() options, or a thrown TypeError. As WebIDL converts a
// dictionary (and so the browser's Summarizer), null and undefined are the
// defaults and anything else that is not an object is a TypeError.
/** @param {any} [options] */
export function normalizeOptions(options = {}) {
  if (options === null || options === undefined) return normalizeOptions({});
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new TypeError('the options must be an object');
  }
  if (options.monitor !== undefined && typeof options.monitor !== 'function') {
    throw new TypeError('monitor must be a function');
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
    throw new TypeError('signal must be an AbortSignal');
  }
  const sharedContext = options.sharedContext === undefined ? '' : String(options.sharedContext);
  return {
    type: checkEnum('type', options.type, TYPES, 'key-points'),
    length: checkEnum('length', options.length, LENGTHS, 'short'),
    format: checkEnum('format', options.format, FORMATS, 'markdown'),
    sharedContext,
    expectedInputLanguages: checkLanguages('expectedInputLanguages', options.expectedInputLanguages),
    expectedContextLanguages: checkLanguages('expectedContextLanguages', options.expectedContextLanguages),
    outputLanguage: options.outputLanguage === undefined ? undefined : String(options.outputLanguage),
  };
}

// Why these options cannot be served (a message), or undefined. A language
// must be one the engine takes; and since an extractive summary is in the
// article's language (precis does not translate), an outputLanguage must be
// one of the expected input languages when those are given.
function unsupportedLanguage(opts) {
  const tags = [...(opts.expectedInputLanguages ?? []), ...(opts.expectedContextLanguages ?? [])];
  if (opts.outputLanguage !== undefined) tags.push(opts.outputLanguage);
  const bad = tags.find((t) => !SUPPORTED_LANGUAGES.includes(primaryLanguage(t)));
  if (bad !== undefined) {
    return `the language "${bad}" is not supported (supported: ${SUPPORTED_LANGUAGES.join(', ')})`;
  }
  const inputs = opts.expectedInputLanguages;
  if (opts.outputLanguage !== undefined && inputs?.length
      && !inputs.some((t) => primaryLanguage(t) === primaryLanguage(opts.outputLanguage))) {
    return `outputLanguage "${opts.outputLanguage}" is not one of expectedInputLanguages `
      + `(${inputs.join(', ')}): a summary is in the article's language, precis does not translate`;
  }
  return undefined;
}

// The summary's language must be outputLanguage, when one is asked for: an
// article detected in another language is refused rather than summarized
// in a language the caller did not ask for.
function checkOutputLanguage(opts, envelope) {
  const code = envelope.language?.code;
  if (opts.outputLanguage === undefined || !code || !SUPPORTED_LANGUAGES.includes(code)) return;
  if (code !== primaryLanguage(opts.outputLanguage)) {
    throw domError('NotSupportedError', `the input is in "${code}" but outputLanguage is `
      + `"${opts.outputLanguage}": a summary is in the article's language, precis does not translate`);
  }
}

// The engine's "language" option: the one expected input language, when
// exactly one is given; otherwise the engine detects it.
function languageOption(opts) {
  const inputs = opts.expectedInputLanguages;
  return inputs?.length === 1 ? {language: primaryLanguage(inputs[0])} : {};
}

// What Summarizer.availability() answers for these options.
export function availabilityFor(options) {
  let opts;
  try {
    opts = normalizeOptions(options ?? {});
  } catch (error) {
    return Promise.reject(error);
  }
  return Promise.resolve(unsupportedLanguage(opts) === undefined ? 'available' : 'unavailable');
}

// ---- formatting -------------------------------------------------------

function collapse(text) {
  return text.replace(/\s+/gu, ' ').trim();
}

// Words a cut headline should not end on.
const WEAK_ENDINGS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or',
  'but', 'with', 'by', 'from', 'as', 'that', 'which', 'who', 'is', 'are', 'was', 'were', 'its',
  'their', 'his', 'her', 'into', 'than', 'after', 'before', 'over', 'under', 'about']);

// At most `max` words, without an ellipsis and without a weak last word (for
// an envelope without a headline).
function cutWords(text, max) {
  const words = text.split(' ');
  if (words.length <= max) return text;
  const kept = words.slice(0, max);
  while (kept.length > 1 && WEAK_ENDINGS.has(kept[kept.length - 1].toLowerCase().replace(/[^\p{L}\p{N}']/gu, ''))) kept.pop();
  return kept.join(' ').replace(/[\s,;:–—-]+$/u, '');
}

// The words of `text`, lower-cased, without the punctuation around them.
function bareWords(text) {
  return text.toLowerCase().split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

// The sentence a headline comes from: the first that holds the headline's
// words in order (the engine drops asides and titles from the sentence:
// "ABN Amro, the Netherlands' largest bank, is to cut ..." gives "ABN Amro
// is to cut ..."), else the first that holds its opening words.
function headlineSource(pool, headline) {
  const wanted = bareWords(headline);
  const holds = (s) => {
    let i = 0;
    for (const w of bareWords(s.text)) if (i < wanted.length && w === wanted[i]) i += 1;
    return wanted.length > 0 && i === wanted.length;
  };
  const opening = headline.split(' ').slice(0, 3).join(' ');
  return pool.find(holds) ?? pool.find((s) => collapse(s.text).includes(opening)) ?? pool[0];
}

// The pieces of a summary, each {text, utf16Start, utf16End, ...}, from an
// envelope of a call made with engineOptionsFor(type, length).
export function piecesFor(type, length, envelope) {
  const n = COUNTS[type][length];
  const span = (x) => ({utf16Start: x.utf16Start, utf16End: x.utf16End});
  const sentences = envelope.sentences ?? envelope.summary;
  const byScore = [...sentences].sort((a, b) => b.score - a.score || a.index - b.index);
  if (type === 'key-points') {
    const points = envelope.facts.slice(0, n).map((f) => ({
      text: collapse(f.text), kind: 'fact', kinds: f.kinds, sentenceIndex: f.sentenceIndex, ...span(f)}));
    const used = new Set(points.map((p) => p.sentenceIndex));
    for (const s of byScore) {
      if (points.length >= n) break;
      if (used.has(s.index) || s.heading) continue;
      used.add(s.index);
      points.push({text: collapse(s.text), kind: 'sentence', score: s.score, sentenceIndex: s.index, ...span(s)});
    }
    return points.sort((a, b) => a.utf16Start - b.utf16Start);
  }
  if (type === 'tldr') {
    return envelope.summary.map((s) => ({text: collapse(s.text), kind: 'sentence', score: s.score,
      sentenceIndex: s.index, ...span(s)}));
  }
  const body = sentences.filter((s) => !s.heading);
  const pool = body.length ? body : sentences;
  if (pool.length === 0) return [];
  const central = [...pool].sort((a, b) => b.score - a.score || a.index - b.index);
  if (type === 'teaser') {
    const chosen = new Map([[pool[0].index, pool[0]]]);
    for (const s of central) {
      if (chosen.size > n) break;
      chosen.set(s.index, s);
    }
    return [...chosen.values()].sort((a, b) => a.index - b.index).map((s) => ({
      text: collapse(s.text), kind: 'sentence', score: s.score, sentenceIndex: s.index, ...span(s)}));
  }
  // headline: the engine's, else the top sentence cut to 12 words
  if (typeof envelope.headline === 'string' && envelope.headline !== '') {
    const source = headlineSource(pool, envelope.headline);
    return [{text: envelope.headline, kind: 'headline', score: source.score, sentenceIndex: source.index,
      ...span(source)}];
  }
  const top = central[0];
  return [{text: cutWords(collapse(top.text), n), kind: 'sentence', score: top.score,
    sentenceIndex: top.index, ...span(top)}];
}

// The engine options for a type and length.
export function engineOptionsFor(type, length) {
  const n = COUNTS[type][length];
  if (type === 'key-points') return {sentences: n, facts: n, factsAlone: true};
  if (type === 'tldr') return {sentences: n, facts: 0};
  return {sentences: 1, facts: 20, includeSentences: true};
}

// The chunks of the output string; summarize() returns them joined.
export function formatPieces(type, format, pieces) {
  const md = format === 'markdown';
  const text = (p) => (md ? escapeMarkdown(p.text) : p.text);
  if (pieces.length === 0) return [];
  if (type === 'key-points') {
    return pieces.map((p, i) => `${i ? '\n' : ''}${md ? '- ' : '• '}${text(p)}`);
  }
  if (type === 'headline') return [text(pieces[0])];
  return pieces.map((p, i) => `${i ? ' ' : ''}${text(p)}`);
}

// ---- the Summarizer ---------------------------------------------------

function checkInput(input) {
  if (typeof input !== 'string') throw new TypeError('the input must be a string');
}

export class PrecisSummarizer {
  #engine;
  #options;
  #destroyed = false;
  #controller = new AbortController();

  // Use PrecisSummarizer.create() (or the entry point's create()).
  constructor(engine, options) {
    this.#engine = engine;
    this.#options = options;
  }

  get type() { return this.#options.type; }
  get length() { return this.#options.length; }
  get format() { return this.#options.format; }
  get sharedContext() { return this.#options.sharedContext; }
  get expectedInputLanguages() { return this.#options.expectedInputLanguages ?? null; }
  get expectedContextLanguages() { return this.#options.expectedContextLanguages ?? null; }
  get outputLanguage() { return this.#options.outputLanguage ?? null; }
  get inputQuota() { return INPUT_QUOTA; }

  // The summary as a string.
  async summarize(input, options = {}) {
    const detailed = await this.summarizeDetailed(input, options);
    return detailed.output;
  }

  // The summary with precis's own detail: {output, chunks, pieces (each with
  // its utf16 offsets into the input), keywords, envelope}.
  async summarizeDetailed(input, options = {}) {
    const signal = this.#signalFor(options?.signal);
    this.#checkUsable(signal);
    checkInput(input);
    const usage = utf8Length(input);
    if (usage > INPUT_QUOTA) {
      throw domError('QuotaExceededError',
        `the input is ${usage} bytes of UTF-8, over the quota of ${INPUT_QUOTA}`);
    }
    const {type, length, format} = this.#options;
    let envelope;
    try {
      envelope = await this.#engine.run(input,
        {...engineOptionsFor(type, length), ...languageOption(this.#options)}, {signal});
    } catch (error) {
      if (signal.aborted) throw abortReason(signal);
      if (this.#destroyed) throw domError('AbortError', 'the summarizer was destroyed');
      throw error;
    }
    if (signal.aborted) throw abortReason(signal);
    checkOutputLanguage(this.#options, envelope);
    const pieces = piecesFor(type, length, envelope);
    const chunks = formatPieces(type, format, pieces);
    return {type, length, format, output: chunks.join(''), chunks, pieces,
      keywords: envelope.keywords, language: envelope.language, envelope};
  }

  // A ReadableStream of string chunks (one per bullet or sentence) that
  // together make summarize()'s string.
  summarizeStreaming(input, options = {}) {
    let chunks = null;
    let pending = null;
    return new ReadableStream({
      start: () => {
        pending = this.summarizeDetailed(input, options).then((d) => { chunks = [...d.chunks]; });
        return pending;
      },
      pull: (controller) => {
        if (chunks.length) controller.enqueue(chunks.shift());
        if (!chunks.length) controller.close();
      },
    });
  }

  // Bytes of UTF-8 the input uses of inputQuota.
  async measureInputUsage(input, options = {}) {
    const signal = this.#signalFor(options?.signal);
    this.#checkUsable(signal);
    checkInput(input);
    return utf8Length(input);
  }

  // Calls made after this reject; running ones are cancelled.
  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#controller.abort(domError('AbortError', 'the summarizer was destroyed'));
  }

  #checkUsable(signal) {
    if (this.#destroyed) throw domError('InvalidStateError', 'the summarizer has been destroyed');
    if (signal.aborted) throw abortReason(signal);
  }

  #signalFor(signal) {
    if (signal === undefined || signal === null) return this.#controller.signal;
    if (typeof AbortSignal.any === 'function') return AbortSignal.any([signal, this.#controller.signal]);
    const both = new AbortController();
    const forward = (s) => () => both.abort(s.reason);
    if (signal.aborted) both.abort(signal.reason);
    signal.addEventListener('abort', forward(signal), {once: true});
    this.#controller.signal.addEventListener('abort', forward(this.#controller.signal), {once: true});
    return both.signal;
  }
}

// A minimal CreateMonitor: an EventTarget that gets one 'downloadprogress'
// event (loaded 1) once the engine is ready; nothing is downloaded.
function notifyMonitor(monitor) {
  if (typeof monitor !== 'function') return;
  const target = new EventTarget();
  monitor(target);
  const event = new Event('downloadprogress');
  Object.assign(event, {loaded: 1, total: 1});
  target.dispatchEvent(event);
}

// create() over an engine factory (getEngine() -> engine, may be async).
export async function createWith(getEngine, options = {}) {
  const opts = normalizeOptions(options ?? {});
  const signal = options?.signal;
  if (signal?.aborted) throw abortReason(signal);
  const bad = unsupportedLanguage(opts);
  if (bad !== undefined) throw domError('NotSupportedError', bad);
  const engine = await getEngine();
  if (signal?.aborted) throw abortReason(signal);
  notifyMonitor(options?.monitor);
  return new PrecisSummarizer(engine, opts);
}

// Uses the platform's own Summarizer (globalThis.Summarizer) when it says
// 'available' for these options, precis otherwise. Resolves to the summarizer.
export async function createBestWith(createPrecis, options = {}) {
  const native = globalThis.Summarizer;
  if (native && typeof native.availability === 'function' && typeof native.create === 'function') {
    let availability;
    try {
      availability = await native.availability(options);
    } catch {
      availability = 'unavailable';
    }
    if (availability === 'available') return native.create(options);
  }
  return createPrecis(options);
}
