// Injected into the tab (chrome.scripting.executeScript, isolated world) after
// Readability and web/lib/dom-text.js (blockText, documentText), which
// build-extension.mjs bundles in front of this file. Reads
// the page and returns plain text; it changes nothing in the page: Readability
// runs on a clone of the document.
//
//   precisExtract('article')   -> {text, title, url, lang, source}
//   precisExtract('selection') -> the same for the selected text
// source is 'article' (Readability found one), 'page' (the body's text, when
// it did not) or 'selection'.
/* global Readability, blockText, documentText, PRECIS_MAX_INPUT_BYTES */
(() => {
  'use strict';
  if (typeof globalThis.precisExtract === 'function') return;

  // The engine refuses more (precis::Limits::kMaxInputBytes; build-extension.mjs
  // defines the constant from the core's contract); longer pages are cut at
  // a paragraph.
  const MAX_CHARS = PRECIS_MAX_INPUT_BYTES;

  function selectionText() {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return '';
    const texts = [];
    for (let i = 0; i < selection.rangeCount; i++) {
      const fragment = selection.getRangeAt(i).cloneContents();
      texts.push(blockText(fragment, MAX_CHARS));
    }
    const text = texts.filter(Boolean).join('\n\n');
    // Text selected inside a text box is not part of the DOM selection.
    return text || selection.toString().trim();
  }

  globalThis.precisExtract = (mode) => {
    const base = {title: document.title || '', url: location.href,
      lang: document.documentElement.lang || ''};
    if (mode === 'selection') {
      return {...base, text: selectionText(), source: 'selection'};
    }
    const found = documentText(document, typeof Readability === 'function' ? Readability : null,
      {maxChars: MAX_CHARS});
    return {...base, text: found.text, title: found.title || base.title, source: found.source};
  };
})();
