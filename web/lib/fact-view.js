// Key facts on the page and in the extension: bullets under their subject
// headings (an article organised by subject: "Korea", "Japan") and the typed
// values inside each bullet set in bold. The pure helpers run in node too
// (tests/js/facts.test.mjs). Text goes in with textContent only.

import {groupFacts} from './markdown.js';

// Kinds set in bold: the values a reader scans for. Names and quotes stay
// plain (a bullet is mostly names).
const VALUE_KINDS = new Set(['money', 'percent', 'quantity', 'date']);

// The bullet's text cut into pieces: [{text, kind}] where kind is a value
// kind for a typed value and null for the words around it. Each span says
// where it stands in the bullet (`inText`, UTF-16 offsets from the engine);
// a span without a valid place, or overlapping one already set, is skipped,
// so the pieces always join to the text.
export function factPieces(fact) {
  const text = String(fact.text ?? '');
  const pieces = [];
  let cursor = 0;
  for (const span of Array.isArray(fact.spans) ? fact.spans : []) {
    if (!VALUE_KINDS.has(span?.kind)) continue;
    const start = span.inText?.utf16Start;
    const end = span.inText?.utf16End;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < cursor || end <= start ||
        end > text.length) {
      continue;
    }
    if (start > cursor) pieces.push({text: text.slice(cursor, start), kind: null});
    pieces.push({text: text.slice(start, end), kind: span.kind});
    cursor = end;
  }
  if (cursor < text.length) pieces.push({text: text.slice(cursor), kind: null});
  return pieces;
}

// <li><span class="fact-text">words <b class="value money">$3.64 billion</b> …</span>
// <span class="kinds">…</span></li>
function factItem(fact) {
  const li = document.createElement('li');
  const words = document.createElement('span');
  words.className = 'fact-text';
  for (const piece of factPieces(fact)) {
    if (!piece.kind) {
      words.append(document.createTextNode(piece.text));
      continue;
    }
    const b = document.createElement('b');
    b.className = `value ${piece.kind}`;
    b.dataset.kind = piece.kind;
    b.textContent = piece.text;
    words.append(b);
  }
  li.append(words);
  if (fact.kinds?.length) {
    const kinds = document.createElement('span');
    kinds.className = 'kinds';
    for (const k of fact.kinds) {
      const tag = document.createElement('span');
      tag.className = 'kind';
      tag.textContent = k;
      kinds.append(tag);
    }
    li.append(kinds);
  }
  return li;
}

// Fills `list` (a <ul>) with the facts; a subject becomes an item holding
// its heading and a nested list. Returns the facts' own <li> elements in the
// order of `facts`.
export function renderFacts(facts, list) {
  const items = facts.map(factItem);
  const nodes = [];
  for (const {group, indices} of groupFacts(facts)) {
    if (!group) {
      for (const i of indices) nodes.push(items[i]);
      continue;
    }
    const li = document.createElement('li');
    li.className = 'fact-group';
    const heading = document.createElement('h4');
    heading.textContent = group;
    const ul = document.createElement('ul');
    ul.append(...indices.map((i) => items[i]));
    li.append(heading, ul);
    li.dataset.group = group;
    nodes.push(li);
  }
  list.replaceChildren(...nodes);
  return items;
}
