// Plain text of a parsed HTML document: the walker that turns a DOM subtree
// into paragraphs, and the article found by Readability. One version for the
// page (web/app/text-import.js, DOMParser), the extension's content script
// (web/extension/content/extract.js, the tab's document; build-extension.mjs
// inlines this file there) and the npm package's CLI (web/package/text.js,
// linkedom), so that one page gives one text everywhere. It only reads the
// DOM it is given and needs nothing else from its environment.

// Elements whose text starts on a new paragraph.
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
// Elements whose content is not prose.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT',
  'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

// The text of a DOM subtree (an element, a document or a fragment) with
// paragraphs separated by blank lines. Walks with an explicit stack, so a
// deeply nested page cannot overflow it. With maxChars (UTF-16 units) or
// maxBytes (bytes of UTF-8, the engine's unit), the walk stops once that much
// text is read and the text is cut at a paragraph.
export function blockText(root, maxChars = Infinity, {maxBytes = Infinity} = {}) {
  const parts = [];
  /** @type {{node: any, pre: boolean, block: boolean}[]} */
  const stack = [{node: root.firstChild, pre: false, block: false}];
  let length = 0;
  let bytes = 0;
  let space = false;  // the text so far ends in a collapsed space
  while (stack.length && length < maxChars && bytes < maxBytes) {
    const top = stack[stack.length - 1];
    const node = top.node;
    if (!node) {
      stack.pop();
      if (top.block) {
        parts.push('\n\n');
        space = false;
      }
      continue;
    }
    top.node = node.nextSibling;
    if (node.nodeType === 3) {
      let t = node.data;
      if (!top.pre) {
        // White space collapses across neighbouring text nodes too.
        t = t.replace(/\s+/g, ' ');
        if (space && t.startsWith(' ')) t = t.slice(1);
        if (t) space = t.endsWith(' ');
      } else if (t) {
        space = false;
      }
      parts.push(t);
      length += t.length;
      if (maxBytes !== Infinity) bytes += utf8Length(t);
      continue;
    }
    if (node.nodeType === 1) {
      const tag = node.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        parts.push('\n');
        space = false;
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) {
        parts.push('\n\n');
        space = false;
      }
      stack.push({node: node.firstChild, pre: top.pre || tag === 'PRE', block});
    } else if (node.nodeType === 11) {
      stack.push({node: node.firstChild, pre: top.pre, block: false});
    }
  }
  const text = parts.join('')
    .split('\n').map((line) => line.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, '')).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return cutText(text, maxChars, maxBytes);
}

// The number of bytes of `s` in UTF-8 (a lone surrogate counts 3, as
// TextEncoder writes U+FFFD for it).
export function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length
      && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else {
      n += 3;
    }
  }
  return n;
}

// `text` cut to at most maxChars UTF-16 units and maxBytes bytes of UTF-8,
// at the last paragraph break before the limit (else at the limit, never
// inside a surrogate pair).
export function cutText(text, maxChars = Infinity, maxBytes = Infinity) {
  let limit = Math.min(text.length, maxChars);
  if (maxBytes !== Infinity && limit > maxBytes / 3) {
    let n = 0;
    for (let i = 0; i < limit; i++) {
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
      if (n + size > maxBytes) {
        limit = i;
        break;
      }
      n += size;
      if (pair) i++;
    }
  }
  if (limit >= text.length) return text;
  const cut = text.lastIndexOf('\n\n', limit);
  if (cut > 0) return text.slice(0, cut);
  const c = text.charCodeAt(limit - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit);
}

// Readability's article is used when it has at least this many characters
// (or half the body's text).
const MIN_ARTICLE_CHARS = 200;
// Readability's work grows with the depth of the tree times its size;
// deeper pages (browsers' parsers stop nesting at about 512) are read
// without it.
const MAX_READABILITY_DEPTH = 512;

// Whether the tree under `root` is deeper than `limit` elements.
function deeperThan(root, limit) {
  const stack = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop();
    if (depth > limit) return true;
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return false;
}

// The article text of a parsed document: {text, title, source} where source
// is 'article' when Readability (the class, passed in; null to skip it)
// found one, else 'page' (the body's text). The document is not changed:
// Readability reads a clone. Options: maxChars, maxBytes (see blockText); withTitle
// puts the article's title in front of its text when the text does not
// start with it.
export function documentText(doc, Readability, {maxChars = Infinity, maxBytes = Infinity, withTitle = false} = {}) {
  let bodyText = null;
  const body = () => (bodyText ??= doc.body ? blockText(doc.body, maxChars, {maxBytes}) : '');
  if (typeof Readability === 'function' && !(doc.body && deeperThan(doc.body, MAX_READABILITY_DEPTH))) {
    let article = null;
    try {
      // The serializer hands back the element: its text is read here,
      // without serializing and reparsing HTML.
      article = new Readability(doc.cloneNode(true),
        {charThreshold: MIN_ARTICLE_CHARS, serializer: (el) => el}).parse();
    } catch {
      // A page Readability cannot read falls back to the body's text.
      article = null;
    }
    if (article && article.content) {
      const text = blockText(article.content, maxChars, {maxBytes});
      if (text.length >= MIN_ARTICLE_CHARS || text.length >= body().length * 0.5) {
        const title = String(article.title ?? '').trim();
        const full = withTitle && title && !text.startsWith(title)
          ? cutText(`${title}\n\n${text}`, maxChars, maxBytes) : text;
        return {text: full, title, source: 'article'};
      }
    }
  }
  return {text: body(), title: String(doc.title ?? '').trim(), source: 'page'};
}
