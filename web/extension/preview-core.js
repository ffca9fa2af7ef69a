// A link preview from a fetched page's HTML: parsed with DOMParser (which runs
// no scripts), the article found with web/lib/dom-text.js and Readability
// (the extraction of the page's import and of the content script) and three
// key points from the WebAssembly engine. Used by the card (preview.js) and
// by scripts/bench-preview.mjs, which times it on saved news pages.
import {documentText} from './lib/dom-text.js';
import {MAX_INPUT_BYTES} from './lib/summarizer.js';

export const KEY_POINTS = 3;
// Reading speed for the reading time, in words a minute.
export const WORDS_PER_MINUTE = 230;

const meta = (doc, selector) => String(doc.querySelector(selector)?.getAttribute('content') ?? '').trim();

// The site's name: the page's og:site_name or application-name, else the
// link's host name without "www.".
export function siteName(doc, url) {
  const named = meta(doc, 'meta[property="og:site_name"]') || meta(doc, 'meta[name="application-name"]');
  if (named) return named.slice(0, 80);
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

// Minutes to read `text` (at least 1).
export function readingMinutes(text) {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // Scripts written without spaces: about two characters a word.
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ?? 0;
  return Math.max(1, Math.round((words + cjk / 2) / WORDS_PER_MINUTE));
}

// The article of an HTML page: {title, site, text, source, minutes}.
export function readArticle(html, url, Readability) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const found = documentText(doc, Readability, {maxBytes: MAX_INPUT_BYTES});
  const title = found.title || meta(doc, 'meta[property="og:title"]') || String(doc.title ?? '').trim();
  return {title, site: siteName(doc, url), text: found.text, source: found.source,
    minutes: readingMinutes(found.text)};
}

// The preview of an HTML page: {title, site, minutes, points: [sentence],
// source, ms: {parse, summarize}}. `summarizer` is a web/lib Summarizer.
export async function previewFromHtml(html, url,
  /** @type {{Readability: any, summarizer: any, signal?: AbortSignal}} */ {Readability, summarizer, signal = undefined}) {
  const t0 = performance.now();
  const article = readArticle(html, url, Readability);
  const t1 = performance.now();
  let points = [];
  if (article.text.trim()) {
    const result = await summarizer.summarize(article.text, {sentences: KEY_POINTS, keywords: 0, facts: 0},
      {signal});
    points = result.summary.map((s) => s.text.replace(/\s+/g, ' ').trim());
  }
  const t2 = performance.now();
  return {title: article.title, site: article.site, minutes: article.minutes, points,
    source: article.source, ms: {parse: t1 - t0, summarize: t2 - t1}};
}
