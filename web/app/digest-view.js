// Multi-article digests on the page: the extra article inputs ("Add another
// article"), the choice between one article and a digest, and the parts of
// the results that only a digest has (support counts, the list of articles,
// the note about articles on another event). The pure helpers at the top
// run in node too (tests/js/digest-view.test.mjs). Everything the user gave
// is shown with textContent.

import {supportLabel} from './lib/markdown.js';

// What joins the inputs: the engine splits at lines that are exactly "---".
export const SEPARATOR = '\n---\n';
const SEPARATOR_LINE = /^[ \t]*---[ \t]*\r?$/;

// A pasted text counts as several articles (in automatic mode) when at least
// two of its parts have this many non-space characters: a Markdown rule
// between two short bits of one article does not.
const MIN_AUTO_PART = 200;

// The parts of `text` between separator lines, as the engine splits them:
// trimmed, blank ones dropped.
export function splitArticles(text) {
  const parts = [];
  let current = [];
  const flush = () => {
    const part = current.join('\n').trim();
    if (part) parts.push(part);
    current = [];
  };
  for (const line of String(text).split('\n')) {
    if (SEPARATOR_LINE.test(line)) flush();
    else current.push(line);
  }
  flush();
  return parts;
}

export function looksLikeSeveralArticles(text) {
  if (!/^[ \t]*---[ \t]*\r?$/m.test(text)) return false;
  const long = splitArticles(text).filter((p) => p.replace(/\s+/g, '').length >= MIN_AUTO_PART);
  return long.length >= 2;
}

// The texts of several inputs as one input for the engine.
export function joinArticles(texts) {
  return texts.filter((t) => t.trim() !== '').join(SEPARATOR);
}

// The id of a sentence's highlight in the original view: sentence indices
// restart in every article of a digest.
export function sentenceKey(s) {
  return s.article === undefined ? String(s.index) : `${s.article}-${s.index}`;
}

// ---- the page (browser only) ---------------------------------------------------

// The extra article inputs. `list` is the container, `onInput` is called
// (with no argument) whenever a text changes or an input goes away.
export function createDigestInputs({list, addButton, onInput, onCountChange}) {
  const inputs = [];  // {box, area}

  function renumber() {
    inputs.forEach(({box, area}, i) => {
      const n = i + 2;
      box.querySelector('label').textContent = `Article ${n}`;
      box.querySelector('button').setAttribute('aria-label', `Remove article ${n}`);
      area.setAttribute('aria-label', `Text of article ${n}`);
    });
    list.hidden = inputs.length === 0;
    onCountChange?.(inputs.length);
  }

  function add(text = '') {
    const box = document.createElement('div');
    box.className = 'extra-article';
    const id = `article-extra-${Date.now().toString(36)}-${inputs.length}`;
    const head = document.createElement('div');
    head.className = 'extra-head';
    const label = document.createElement('label');
    label.htmlFor = id;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'link-button';
    remove.textContent = 'Remove';
    head.append(label, remove);
    const area = document.createElement('textarea');
    area.id = id;
    area.spellcheck = false;
    area.autocomplete = 'off';
    area.placeholder = 'Paste another article about the same story.';
    area.value = text;
    box.append(head, area);
    list.append(box);
    const entry = {box, area};
    inputs.push(entry);
    area.addEventListener('input', () => onInput());
    remove.addEventListener('click', () => {
      const at = inputs.indexOf(entry);
      if (at >= 0) inputs.splice(at, 1);
      box.remove();
      renumber();
      onInput();
      addButton.focus();
    });
    renumber();
    return area;
  }

  addButton.addEventListener('click', () => add().focus());

  return {
    add,
    texts: () => inputs.map(({area}) => area.value),
    count: () => inputs.length,
    clear() {
      for (const {box} of inputs) box.remove();
      inputs.length = 0;
      renumber();
    },
  };
}

// The digest parts of the results; hides them for a single-article result.
//   summaryItems / factItems: the <li> elements rendered for result.summary
//   and result.facts, in the same order.
//   onIncludeArticle(index): called by the "Include anyway" button of an
//   article left out as another event (no button when it is not given).
export function renderDigest(result,
  {summaryItems, factItems, section, list, note, onShowArticle, onIncludeArticle}) {
  const articles = result.articles;
  if (!Array.isArray(articles)) {
    section.hidden = true;
    note.hidden = true;
    list.replaceChildren();
    return;
  }
  const same = articles.filter((a) => a.sameEvent).length;
  result.summary.forEach((s, i) => {
    const li = summaryItems[i];
    if (!li || s.article === undefined) return;
    li.dataset.article = String(s.article);
    li.classList.add(`art-${s.article % 6}`);
    const tag = document.createElement('span');
    tag.className = 'article-tag';
    tag.textContent = String(s.article + 1);
    tag.title = `From article ${s.article + 1}`;
    tag.setAttribute('aria-label', `from article ${s.article + 1}`);
    li.prepend(tag);
  });
  result.facts.forEach((f, i) => {
    const li = factItems[i];
    if (!li || !Array.isArray(f.articles)) return;
    const badge = document.createElement('span');
    badge.className = f.singleSource ? 'support single' : 'support';
    badge.textContent = supportLabel(f, same);
    li.dataset.support = String(f.support ?? f.articles.length);
    li.append(badge);
  });

  section.hidden = false;
  list.replaceChildren(...articles.map((a) => {
    const li = document.createElement('li');
    li.className = a.sameEvent ? `same-event art-${a.index % 6}` : 'different-event';
    li.dataset.article = String(a.index);
    const title = document.createElement('button');
    title.type = 'button';
    title.className = 'link-button article-title';
    title.textContent = a.title || '(no text)';
    title.title = 'Show in the original';
    title.addEventListener('click', () => onShowArticle(a));
    const meta = document.createElement('span');
    meta.className = 'meta';
    const bits = [`${a.sentences} ${a.sentences === 1 ? 'sentence' : 'sentences'}`];
    if (a.dates?.length) bits.push(`dates: ${a.dates.slice(0, 4).join(', ')}`);
    meta.textContent = bits.join(' · ');
    const reason = document.createElement('span');
    reason.className = 'article-reason';
    reason.textContent = a.reason;
    li.append(title, reason, meta);
    if (!a.sameEvent && a.sentences > 0 && onIncludeArticle) {
      const include = document.createElement('button');
      include.type = 'button';
      include.className = 'link-button include-article';
      include.textContent = 'Include anyway';
      include.setAttribute('aria-label', `Include article ${a.index + 1} anyway`);
      include.addEventListener('click', () => onIncludeArticle(a.index));
      li.append(include);
    }
    return li;
  }));

  const others = articles.filter((a) => !a.sameEvent);
  note.hidden = others.length === 0;
  note.textContent = others.length === 0 ? ''
    : `${others.length === 1 ? 'Article' : 'Articles'} ${others.map((a) => a.index + 1).join(', ')} `
      + `${others.length === 1 ? 'is' : 'are'} about a different event and left out of this digest.`;
}

// Spans the original view draws for a digest: the articles on another event
// as one dimmed block each (drawn before anything inside them).
export function digestSourceSpans(result) {
  if (!Array.isArray(result.articles)) return [];
  return result.articles.filter((a) => !a.sameEvent).map((a) => ({
    start: a.utf16Start, end: a.utf16End, kind: 'other', article: a.index, reason: a.reason,
  }));
}
