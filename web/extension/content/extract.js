// Injected into the tab (chrome.scripting.executeScript, isolated world) after
// Readability, which build-extension.mjs bundles in front of this file. Reads
// the page and returns plain text; it changes nothing in the page: Readability
// runs on a clone of the document.
//
//   precisExtract('article')   -> {text, title, url, lang, source}
//   precisExtract('selection') -> the same for the selected text
// source is 'article' (Readability found one), 'page' (the body's text, when
// it did not) or 'selection'.
/* global Readability, PRECIS_MAX_INPUT_BYTES */
(() => {
  'use strict';
  if (typeof globalThis.precisExtract === 'function') return;

  // Elements whose text starts on a new paragraph.
  const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT',
    'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
    'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT',
    'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);
  // The engine refuses more (precis::Limits::kMaxInputBytes; build-extension.mjs
  // defines the constant from the core's contract); longer pages are cut at
  // a paragraph.
  const MAX_CHARS = PRECIS_MAX_INPUT_BYTES;

  // Text of a DOM subtree with paragraphs separated by blank lines. Walks
  // with an explicit stack, so a deeply nested page cannot overflow it.
  function blockText(root) {
    const parts = [];
    const stack = [{node: root.firstChild, pre: false}];
    let length = 0;
    while (stack.length && length < MAX_CHARS) {
      const top = stack[stack.length - 1];
      const node = top.node;
      if (!node) {
        stack.pop();
        if (top.block) parts.push('\n\n');
        continue;
      }
      top.node = node.nextSibling;
      if (node.nodeType === 3) {
        const t = top.pre ? node.data : node.data.replace(/\s+/g, ' ');
        parts.push(t);
        length += t.length;
      } else if (node.nodeType === 1) {
        const tag = node.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') { parts.push('\n'); continue; }
        const block = BLOCKS.has(tag);
        if (block) parts.push('\n\n');
        stack.push({node: node.firstChild, pre: top.pre || tag === 'PRE', block});
      } else if (node.nodeType === 11) {
        stack.push({node: node.firstChild, pre: top.pre, block: false});
      }
    }
    let text = parts.join('')
      .split('\n').map((line) => line.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, '')).join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (text.length > MAX_CHARS) {
      const cut = text.lastIndexOf('\n\n', MAX_CHARS);
      text = text.slice(0, cut > 0 ? cut : MAX_CHARS);
    }
    return text;
  }

  function selectionText() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return '';
    const texts = [];
    for (let i = 0; i < selection.rangeCount; i++) {
      const fragment = selection.getRangeAt(i).cloneContents();
      texts.push(blockText(fragment));
    }
    const text = texts.filter(Boolean).join('\n\n');
    // Text selected inside a text box is not part of the DOM selection.
    return text || selection.toString().trim();
  }

  function articleText() {
    if (typeof Readability === 'function') {
      try {
        // Readability changes the document it reads, so it gets a clone. The
        // serializer hands back the element: its text is read here, without
        // serializing and reparsing HTML.
        const clone = document.cloneNode(true);
        const article = new Readability(clone, {serializer: (el) => el}).parse();
        if (article && article.content) {
          const text = blockText(article.content);
          if (text.length >= 200) return {text, title: article.title || '', source: 'article'};
        }
      } catch (error) {
        // A page Readability cannot read falls back to the body's text.
        void error;
      }
    }
    return {text: document.body ? blockText(document.body) : '', title: '', source: 'page'};
  }

  globalThis.precisExtract = (mode) => {
    const base = {title: document.title || '', url: location.href,
      lang: document.documentElement.lang || ''};
    if (mode === 'selection') {
      return {...base, text: selectionText(), source: 'selection'};
    }
    const found = articleText();
    return {...base, text: found.text, title: found.title || base.title, source: found.source};
  };
})();
