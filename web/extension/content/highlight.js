// Injected into the tab (chrome.scripting.executeScript, isolated world):
// finds the summary's sentences in the live page, including open shadow roots
// and same-origin frames, and highlights them, with the CSS Custom Highlight
// API where the browser has it (the page's DOM is left alone) and
// <mark class="precis-mark"> elements otherwise. Styles come from
// highlight.css (chrome.scripting.insertCSS, which the page's CSP does not
// block) and, inside shadow roots and frames, from a constructed style sheet
// with the same rules.
//
// The highlighter is kept under a symbol key of the isolated world
// (globalThis[Symbol.for('precis.highlighter')]), which no element id or name
// of the page can stand in for:
//   show(sentences, {marks}) -> {found: [bool, ...], mode}
//   scrollTo(i)              -> whether sentence i is in the page
//   clear()
//   state()                  -> {mode, ranges, active, texts}
(() => {
  'use strict';
  const KEY = Symbol.for('precis.highlighter');
  const existing = globalThis[KEY];
  if (existing && typeof existing.show === 'function') return;

  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
  const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL',
    'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
    'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
  const HIGHLIGHT = 'precis-summary';
  const ACTIVE = 'precis-active';
  const MARK_CLASS = 'precis-mark';
  // The rules of highlight.css, for shadow roots and frames (which a
  // document's style sheet does not reach).
  const RULES = `::highlight(${HIGHLIGHT}) { background-color: #fff1a8; color: inherit; }
::highlight(${ACTIVE}) { background-color: #f2c94c; color: #000; }
mark.${MARK_CLASS} { background-color: #fff1a8; color: inherit; padding: 0; }
mark.${MARK_CLASS}.${MARK_CLASS}-active { background-color: #f2c94c; color: #000; }`;

  let ranges = [];     // one Range (or null) per sentence
  let marks = [];      // per sentence, its <mark> elements (marks mode)
  let mode = 'none';
  let active = -1;
  let highlightWindows = new Set();  // the windows (page, frames) whose CSS.highlights are used
  const styled = new WeakSet();  // shadow roots and frame documents given RULES

  const collapse = (s) => s.replace(/\s+/g, ' ').trim();

  // Adds RULES to a shadow root or a frame's document (once).
  function style(target) {
    if (styled.has(target)) return;
    styled.add(target);
    try {
      const win = (target.ownerDocument ?? target).defaultView;
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(RULES);
      target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    } catch {
      // No constructed style sheets: the highlights are there, unstyled.
    }
  }

  // The roots to search, in document order: the body, then, where an element
  // has one, its open shadow root and a same-origin frame's body, each
  // searched in turn (with the elements after it).
  function* textNodes(start) {
    const stack = [start];
    while (stack.length) {
      const node = stack.pop();
      if (node.nodeType === 3) {
        yield node;
        continue;
      }
      if (node.nodeType === 1) {
        const tag = node.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'IFRAME' || tag === 'FRAME') {
          let doc = null;
          try {
            doc = node.contentDocument;
          } catch {
            doc = null;
          }
          if (doc?.body) {
            style(doc);
            stack.push(doc.body);
          }
          continue;
        }
      }
      const children = [...node.childNodes];
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
      if (node.nodeType === 1 && node.shadowRoot) {
        style(node.shadowRoot);
        stack.push(node.shadowRoot);
      }
    }
  }

  function blockOf(node) {
    for (let el = node.parentElement; el; el = el.parentElement) {
      if (BLOCKS.has(el.tagName.toUpperCase())) return el;
    }
    return node.parentNode;
  }

  // The page's visible text with whitespace runs collapsed to one space, and
  // where each of its characters is: segments [{start, node, offsets}], one
  // per text node, offsets[k] the node offset of text[start + k].
  function indexPage() {
    const segments = [];
    let text = '';
    if (!document.body) return {text, segments};
    let lastBlock = null;
    let lastSpace = true;
    for (const node of textNodes(document.body)) {
      const data = /** @type {Text} */ (node).data;
      const block = blockOf(node);
      let piece = '';
      const offsets = [];
      if (block !== lastBlock && !lastSpace) {
        // A new paragraph: a separator that belongs to no character.
        piece += ' ';
        offsets.push(0);
        lastSpace = true;
      }
      lastBlock = block;
      for (let k = 0; k < data.length; k++) {
        const c = data[k];
        if (/\s/.test(c)) {
          if (lastSpace) continue;
          piece += ' ';
          lastSpace = true;
        } else if (c === '\u00ad' || c === '\u200b') {
          continue;
        } else {
          piece += c;
          lastSpace = false;
        }
        offsets.push(k);
      }
      if (piece) {
        segments.push({start: text.length, node, offsets});
        text += piece;
      }
    }
    return {text, segments};
  }

  function locate(segments, pos) {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].start <= pos) lo = mid; else hi = mid - 1;
    }
    const seg = segments[lo];
    return {node: seg.node, offset: seg.offsets[pos - seg.start]};
  }

  // A range over text[start, start + length), or null when it would cross
  // into another shadow root or frame (a range cannot).
  function rangeFor(index, start, length) {
    const first = locate(index.segments, start);
    const last = locate(index.segments, start + length - 1);
    if (first.node.getRootNode() !== last.node.getRootNode()) return null;
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, Math.min(last.offset + 1, last.node.data.length));
    return range;
  }

  // Finds each sentence after the previous one (they come in document order),
  // else anywhere; a sentence whose whole text is not in the page (Readability
  // dropped something inside it) is looked up by its beginning.
  function findRanges(sentences) {
    const index = indexPage();
    const lower = index.text.toLowerCase();
    let from = 0;
    return sentences.map((sentence) => {
      const needle = collapse(String(sentence));
      if (!needle || !index.text) return null;
      let at = index.text.indexOf(needle, from);
      if (at < 0) at = index.text.indexOf(needle);
      let length = needle.length;
      if (at < 0) at = lower.indexOf(needle.toLowerCase());
      if (at < 0 && needle.length > 40) {
        const head = needle.slice(0, 40);
        at = index.text.indexOf(head, from);
        if (at < 0) at = index.text.indexOf(head);
        length = Math.min(needle.length, index.text.length - at);
      }
      if (at < 0) return null;
      from = at + length;
      return rangeFor(index, at, length);
    });
  }

  function wrapRange(range) {
    const created = [];
    const nodes = [];
    const root = range.commonAncestorContainer;
    if (root.nodeType === 3) {
      nodes.push(root);
    } else {
      const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (range.intersectsNode(n)) nodes.push(n);
      }
    }
    for (const node of nodes) {
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.data.length;
      if (end <= start || !node.data.slice(start, end).trim()) continue;
      if (node.parentElement && SKIP.has(node.parentElement.tagName.toUpperCase())) continue;
      let target = node;
      if (end < target.data.length) target.splitText(end);
      if (start > 0) target = target.splitText(start);
      const mark = node.ownerDocument.createElement('mark');
      mark.className = MARK_CLASS;
      target.parentNode.insertBefore(mark, target);
      mark.appendChild(target);
      created.push(mark);
    }
    return created;
  }

  // The highlight registry of a range's document (the page's or a frame's).
  const windowOf = (range) => range.startContainer.ownerDocument.defaultView;

  // Sets highlight `name` to `list` (ranges) in each document they are in.
  function setHighlight(name, list) {
    const byDocument = new Map();
    for (const range of list) {
      const win = windowOf(range);
      if (!byDocument.has(win)) byDocument.set(win, []);
      byDocument.get(win).push(range);
    }
    for (const win of highlightWindows) win.CSS.highlights.delete(name);
    for (const [win, group] of byDocument) {
      win.CSS.highlights.set(name, new win.Highlight(...group));
      highlightWindows.add(win);
    }
  }

  function clear() {
    if (typeof CSS !== 'undefined' && CSS.highlights) {
      highlightWindows.add(window);
      for (const win of highlightWindows) {
        try {
          win.CSS.highlights.delete(HIGHLIGHT);
          win.CSS.highlights.delete(ACTIVE);
        } catch {
          // A frame that has gone away.
        }
      }
    }
    highlightWindows = new Set();
    for (const list of marks) {
      for (const mark of list) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parent.normalize();
      }
    }
    ranges = [];
    marks = [];
    mode = 'none';
    active = -1;
  }

  function show(sentences, options = {}) {
    clear();
    if (!Array.isArray(sentences)) return {found: [], mode};
    const found = findRanges(sentences.slice(0, 200));
    const canHighlight = typeof CSS !== 'undefined' && CSS.highlights
      && typeof Highlight === 'function' && !options.marks;
    if (canHighlight) {
      mode = 'highlight';
      ranges = found;
      setHighlight(HIGHLIGHT, found.filter(Boolean));
    } else {
      mode = 'marks';
      // Wrapping changes the text nodes, so it goes from the last sentence
      // to the first; each sentence's range stays valid until it is wrapped.
      marks = found.map(() => []);
      for (let i = found.length - 1; i >= 0; i--) {
        if (found[i]) marks[i] = wrapRange(found[i]);
      }
      ranges = marks.map((list) => {
        if (!list.length) return null;
        const r = list[0].ownerDocument.createRange();
        r.setStartBefore(list[0]);
        r.setEndAfter(list[list.length - 1]);
        return r;
      });
    }
    return {found: ranges.map(Boolean), mode};
  }

  function scrollTo(i) {
    const range = ranges[i];
    if (!range) return false;
    active = i;
    if (mode === 'highlight') {
      setHighlight(ACTIVE, [range]);
    } else {
      marks.forEach((list, k) => list.forEach((m) => m.classList.toggle(MARK_CLASS + '-active', k === i)));
    }
    const target = range.startContainer.nodeType === 1
      ? range.startContainer.childNodes[range.startOffset] ?? range.startContainer
      : range.startContainer.parentElement;
    const el = target && target.nodeType === 1 ? target : target?.parentElement;
    if (el) el.scrollIntoView({block: 'center', inline: 'nearest'});
    return true;
  }

  function state() {
    return {mode, active, ranges: ranges.filter(Boolean).length,
      texts: ranges.map((r) => (r ? collapse(r.toString()) : null))};
  }

  Object.defineProperty(globalThis, KEY, {value: Object.freeze({show, scrollTo, clear, state}),
    configurable: true});
})();
