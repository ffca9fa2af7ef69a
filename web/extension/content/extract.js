// Injected into the tab (chrome.scripting.executeScript, isolated world) after
// Readability and web/lib/dom-text.js (blockText, documentText), which
// build-extension.mjs bundles in front of this file. Reads
// the page and returns plain text; it changes nothing in the page: Readability
// runs on a clone of the document.
//
// The extractor is kept under a symbol key of the isolated world, which no
// element id or name of the page can stand in for:
//   globalThis[Symbol.for('precis.extract')]('article')   -> {text, title, url, lang, source}
//   globalThis[Symbol.for('precis.extract')]('selection') -> the same for the selected text
// source is 'article' (Readability found one), 'page' (the body's text, when
// it did not) or 'selection'.
/* global Readability, blockText, cutText, documentText, PRECIS_MAX_INPUT_BYTES */
(() => {
  'use strict';
  const KEY = Symbol.for('precis.extract');
  if (typeof globalThis[KEY] === 'function') return;

  // The engine refuses more bytes of UTF-8 (precis::Limits::kMaxInputBytes;
  // build-extension.mjs defines the constant from the core's contract);
  // longer pages are cut at a paragraph, measured in the same unit.
  const LIMIT = {maxBytes: PRECIS_MAX_INPUT_BYTES};

  function selectionText() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return '';
    const texts = [];
    for (let i = 0; i < selection.rangeCount; i++) {
      const fragment = selection.getRangeAt(i).cloneContents();
      texts.push(blockText(fragment, Infinity, LIMIT));
    }
    const text = texts.filter(Boolean).join('\n\n');
    // Text selected inside a text box is not part of the DOM selection.
    return cutText(text || selection.toString().trim(), Infinity, LIMIT.maxBytes);
  }

  function article() {
    return documentText(document, typeof Readability === 'function' ? Readability : null, LIMIT);
  }

  // Both modes give the article's title as Readability finds it (without the
  // site's name that document.title often carries).
  const extract = (mode) => {
    const base = {title: document.title || '', url: location.href,
      lang: document.documentElement.lang || ''};
    if (mode === 'selection') {
      const text = selectionText();
      const title = text ? article().title : '';
      return {...base, text, title: title || base.title, source: 'selection'};
    }
    const found = article();
    return {...base, text: found.text, title: found.title || base.title, source: found.source};
  };
  Object.defineProperty(globalThis, KEY, {value: extract, configurable: true});
})();
