// Turning what people paste or drop into plain article text: HTML through
// Readability (bundled into vendor/ by build-site.mjs) and lib/dom-text.js,
// Markdown through lib/markdown-text.js; the npm package's CLI reads files
// with the same two modules. Parsed HTML is never attached to the page:
// DOMParser builds an inert document (no scripts run, nothing is fetched)
// and only text leaves.
import {CONTRACT} from './lib/contract.js';
import {documentText, hostileHtml, htmlSourceText} from './lib/dom-text.js';
import {markdownToText} from './lib/markdown-text.js';
import {looksLikeHtml} from './looks-like-html.js';

export {looksLikeHtml, markdownToText};

// The page imports this module when a file is opened or HTML is pasted;
// Readability is loaded when first needed, by the same path.
let readability = null;
export function loadReadability() {
  // @ts-ignore: vendor/readability.js is made by web/build-site.mjs
  readability ??= import('./vendor/readability.js').then((m) => m.Readability);
  return readability;
}

// Article text of an HTML document (with the article's title in front).
// Resolves to {text, title, usedReadability}. Falls back to the whole
// body's text when Readability finds no article (or cannot be loaded).
// Source nested too deeply for the browser's parser to read in reasonable
// time (see dom-text.js scanHtml) is read as text without parsing.
export async function htmlToText(html) {
  if (hostileHtml(html)) return {text: htmlSourceText(html), title: '', usedReadability: false};
  let Readability = null;
  try {
    Readability = await loadReadability();
  } catch {
    readability = null;  // try again next time
  }
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const {text, title, source} = documentText(doc, Readability, {withTitle: true});
  return {text, title, usedReadability: source === 'article'};
}

// Text and Markdown go to the engine as they are, so they share its limit
// (precis::Limits::kMaxInputBytes); an HTML page may be larger, since only
// its article text is summarized.
export const MAX_TEXT_FILE_BYTES = CONTRACT.limits.maxInputBytes;
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export class ImportError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ImportError';
  }
}

function kindOf(file) {
  const name = (file.name ?? '').toLowerCase();
  if (/\.(html?|xhtml)$/.test(name) || file.type === 'text/html') return 'html';
  if (/\.(md|markdown)$/.test(name) || file.type === 'text/markdown') return 'markdown';
  return 'text';
}

// Reads a dropped or opened File. Resolves to {text, note}; rejects with an
// ImportError whose message can be shown as is.
export async function readArticleFile(file) {
  const html = kindOf(file) === 'html';
  const limit = html ? MAX_FILE_BYTES : MAX_TEXT_FILE_BYTES;
  if (file.size > limit) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    throw new ImportError(`“${file.name}” is ${mb} MB; precis summarizes ${html ? 'web pages' : 'text files'} up to ${limit / 1024 / 1024} MB.`);
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.subarray(0, 4096).includes(0)) {
    throw new ImportError(`“${file.name}” does not look like a text file.`);
  }
  const raw = new TextDecoder('utf-8').decode(bytes);
  const kind = kindOf(file);
  if (kind === 'html' || (kind === 'text' && looksLikeHtml(raw))) {
    const {text, usedReadability} = await htmlToText(raw);
    const how = usedReadability ? 'the article text' : 'the page text';
    return {text, note: `Extracted ${how} from “${file.name}”.`};
  }
  if (kind === 'markdown') {
    return {text: markdownToText(raw), note: `Opened “${file.name}” (Markdown formatting removed).`};
  }
  return {text: raw, note: `Opened “${file.name}”.`};
}
