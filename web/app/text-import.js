// Turning what people paste or drop into plain article text: HTML through
// Readability (bundled into vendor/ by build-site.mjs), Markdown by removing
// its markup. Parsed HTML is never attached to the page: DOMParser builds an
// inert document (no scripts run, nothing is fetched) and only text leaves.
import {CONTRACT} from './lib/contract.js';

// Readability is loaded when first needed (the page prefetches it once the
// first summary is shown, so that it is ready and cached for offline use).
let readability = null;
export function loadReadability() {
  readability ??= import('./vendor/readability.js').then((m) => m.Readability);
  return readability;
}

// Block elements whose text starts on a new paragraph.
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT',
  'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

// Text of a DOM subtree with paragraphs separated by blank lines.
export function blockText(root) {
  const parts = [];
  const walk = (node, inPre) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(inPre ? child.data : child.data.replace(/\s+/g, ' '));
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') { parts.push('\n'); continue; }
        const block = BLOCKS.has(tag);
        if (block) parts.push('\n\n');
        walk(child, inPre || tag === 'PRE');
        if (block) parts.push('\n\n');
      }
    }
  };
  walk(root, false);
  return parts.join('')
    .split('\n').map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '')).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Whether pasted plain text is HTML source rather than prose.
export function looksLikeHtml(text) {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  if (!head.startsWith('<')) return false;
  const tags = text.slice(0, 20000).match(/<\/?(p|div|h[1-6]|article|section|span|a|li|body|br)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

// Article text of an HTML document. Resolves to {text, title,
// usedReadability}. Falls back to the whole body's text when Readability
// finds no article (or cannot be loaded).
export async function htmlToText(html) {
  let Readability = null;
  try {
    Readability = await loadReadability();
  } catch {
    readability = null;  // try again next time
  }
  const parser = new DOMParser();
  const doc = parser.parseFromString(html, 'text/html');
  const bodyText = () => blockText(doc.body ?? doc.documentElement);
  let article = null;
  if (Readability) {
    try {
      // Readability changes the document it reads, so it gets a copy.
      article = new Readability(doc.cloneNode(true), {charThreshold: 200}).parse();
    } catch {
      article = null;
    }
  }
  if (article && article.content) {
    const content = parser.parseFromString(article.content, 'text/html');
    const text = blockText(content.body);
    if (text.length >= 200 || text.length >= bodyText().length * 0.5) {
      const title = (article.title ?? '').trim();
      const withTitle = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
      return {text: withTitle, title, usedReadability: true};
    }
  }
  return {text: bodyText(), title: (doc.title ?? '').trim(), usedReadability: false};
}

// Prose of a Markdown document: headings, emphasis, links, images, code
// fences and list markers become plain text.
export function markdownToText(markdown) {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^```[^\n]*\n([\s\S]*?)^```[ \t]*$/gm, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^\[[^\]]+\]:\s+\S+.*$/gm, '')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm, '$1')
    .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/^ {0,3}>[ \t]?/gm, '')
    .replace(/^([ \t]*)[-*+][ \t]+/gm, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/<[^>\n]+>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Text and Markdown go to the engine as they are, so they share its limit
// (precis::Limits::kMaxInputBytes); an HTML page may be larger, since only
// its article text is summarized.
export const MAX_TEXT_FILE_BYTES = CONTRACT.limits.maxInputBytes;
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export class ImportError extends Error {}

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
