// <precis-summary>: a summary box for the article on the page.
//
//   <script type="module" src="/node_modules/precis-summarizer/element.js"></script>
//   <precis-summary for="article" type="key-points" length="short"></precis-summary>
//   <article id="article">…</article>
//
// Attributes: for (the id of the element to summarize; default the closest
// <article>, else <main>), type, length (as Summarizer.create()), label (the
// box's title, default by type: "Key points", "TL;DR", "Summary", "In one
// line"), loading ("lazy", the default: summarize when the box scrolls into
// view; "eager": at once).
// Placed inside the article after its opening paragraphs, the box leaves out
// what the reader has just read: a key point or sentence that starts in the
// article's text above the box is skipped (the next ones take its place);
// when everything is above it, nothing is skipped.
// The summary runs in the package's worker; nothing is fetched but the
// package's own files. Text is rendered as text, never as markup.
// Theme: CSS custom properties --precis-background, --precis-color,
// --precis-accent, --precis-border, --precis-muted, --precis-font,
// --precis-font-size, --precis-radius, --precis-padding and the parts box,
// title, status, list, item,
// text, error, button (the "Show summary" button shown until the box has
// been in view or clicked). The element's state is in its data-state attribute: idle,
// loading, ready or error.
// Colours follow the page: dark defaults only where the page declares dark
// support (CSS color-scheme or <meta name="color-scheme">): always on a
// dark-only page, under prefers-color-scheme: dark on a light-and-dark page,
// never on a light-only one.
import {createSummarizer, LENGTHS, TYPES} from './index.js';

const CSS = `
:host {
  display: block;
  margin: 1em 0;
}
.box {
  --_bg: var(--precis-background, #f6f8fa);
  --_fg: var(--precis-color, #1f2328);
  --_accent: var(--precis-accent, #0b61d8);
  --_border: var(--precis-border, #d0d7de);
  --_muted: var(--precis-muted, #59636e);
}
.box[data-scheme="dark"] {
  --_bg: var(--precis-background, #161b22);
  --_fg: var(--precis-color, #e6edf3);
  --_accent: var(--precis-accent, #58a6ff);
  --_border: var(--precis-border, #30363d);
  --_muted: var(--precis-muted, #9198a1);
}
@media (prefers-color-scheme: dark) {
  .box[data-scheme="light dark"] {
    --_bg: var(--precis-background, #161b22);
    --_fg: var(--precis-color, #e6edf3);
    --_accent: var(--precis-accent, #58a6ff);
    --_border: var(--precis-border, #30363d);
    --_muted: var(--precis-muted, #9198a1);
  }
}
:host([hidden]) { display: none; }
.box {
  background: var(--_bg);
  color: var(--_fg);
  border: 1px solid var(--_border);
  border-left: 4px solid var(--_accent);
  border-radius: var(--precis-radius, 6px);
  padding: var(--precis-padding, 0.75em 1em);
  font-family: var(--precis-font, inherit);
  font-size: var(--precis-font-size, inherit);
  line-height: 1.5;
}
.title { margin: 0 0 0.4em; font-size: 1em; font-weight: 700; color: var(--_accent); }
.status { margin: 0; color: var(--_muted); font-style: italic; }
.error { margin: 0; color: var(--_fg); }
.list { margin: 0; padding-left: 1.25em; }
.item + .item { margin-top: 0.25em; }
.text { margin: 0; }
.show {
  font: inherit; color: var(--_accent); background: transparent;
  border: 1px solid var(--_accent); border-radius: var(--precis-radius, 6px); padding: 0.2em 0.8em;
  cursor: pointer;
}
.show:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
[hidden] { display: none !important; }
`;

let sheet = null;
function styleSheet() {
  if (sheet === null && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

let nextId = 1;

const TITLES = {'key-points': 'Key points', tldr: 'TL;DR', teaser: 'Summary', headline: 'In one line'};
// Pieces per length, as api.js gives them (a teaser: the opening sentence
// plus 1 / 2 / 3).
const COUNTS = {'key-points': [3, 5, 7], tldr: [1, 3, 5], teaser: [2, 3, 4], headline: [1, 1, 1]};

const solid = (text) => String(text).replace(/\s+/gu, '');

// The colour schemes the page supports, as "light", "dark" or "light dark":
// the color-scheme the element inherits, else the page's <meta>.
function pageSchemes(element) {
  const css = getComputedStyle(element).colorScheme ?? '';
  const meta = element.ownerDocument.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
  const declared = /\b(light|dark)\b/.test(css) ? css : meta;
  const dark = /\bdark\b/.test(declared);
  const light = /\blight\b/.test(declared);
  if (dark && !light) return 'dark';
  return dark ? 'light dark' : 'light';
}

export class PrecisSummaryElement extends HTMLElement {
  static observedAttributes = ['for', 'type', 'length', 'label'];

  #root;
  #box;
  #title;
  #status;
  #error;
  #content;
  #show;
  #observer = null;
  #controller = null;
  #connected = false;
  #started = false;

  constructor() {
    super();
    this.#root = this.attachShadow({mode: 'open'});
    const s = styleSheet();
    if (s) this.#root.adoptedStyleSheets = [s];
    const id = `precis-summary-title-${nextId++}`;
    this.#box = document.createElement('section');
    this.#box.className = 'box';
    this.#box.setAttribute('part', 'box');
    this.#box.setAttribute('role', 'region');
    this.#box.setAttribute('aria-labelledby', id);
    this.#title = document.createElement('h2');
    this.#title.className = 'title';
    this.#title.id = id;
    this.#title.setAttribute('part', 'title');
    this.#status = document.createElement('p');
    this.#status.className = 'status';
    this.#status.setAttribute('part', 'status');
    this.#status.setAttribute('role', 'status');
    this.#error = document.createElement('p');
    this.#error.className = 'error';
    this.#error.setAttribute('part', 'error');
    this.#error.setAttribute('role', 'alert');
    this.#error.hidden = true;
    this.#show = document.createElement('button');
    this.#show.type = 'button';
    this.#show.className = 'show';
    this.#show.setAttribute('part', 'button');
    this.#show.textContent = 'Show summary';
    this.#show.addEventListener('click', () => { this.refresh(); });
    this.#content = document.createElement('div');
    this.#box.append(this.#title, this.#status, this.#show, this.#error, this.#content);
    this.#root.append(this.#box);
    this.#renderTitle();
    this.#setState('idle', '');
  }

  connectedCallback() {
    this.#connected = true;
    this.#box.dataset.scheme = pageSchemes(this);
    this.#renderTitle();
    this.#schedule();
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#controller?.abort();
    this.#controller = null;
    if (this.dataset.state === 'loading') this.#started = false;
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'label' || name === 'type') this.#renderTitle();
    if (name === 'label') return;
    if (this.#started) {
      // A new target or form: summarize again when it is next in view.
      this.#controller?.abort();
      this.#started = false;
      this.#schedule();
    }
  }

  // Summarizes now, whether or not the box is in view. Resolves when done.
  refresh() {
    this.#observer?.disconnect();
    this.#observer = null;
    return this.#run();
  }

  #renderTitle() {
    this.#title.textContent = this.getAttribute('label')
      || TITLES[this.#option('type', TYPES, 'key-points')];
  }

  #schedule() {
    if (!this.#connected || this.#started) return;
    const eager = this.getAttribute('loading') === 'eager';
    if (eager || typeof IntersectionObserver !== 'function') {
      queueMicrotask(() => { if (this.#connected && !this.#started) this.#run(); });
      return;
    }
    this.#observer?.disconnect();
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#observer?.disconnect();
      this.#observer = null;
      this.#run();
    }, {rootMargin: '200px'});
    this.#observer.observe(this);
  }

  #target() {
    const id = this.getAttribute('for');
    if (id) return this.ownerDocument.getElementById(id);
    return this.closest('article') ?? this.ownerDocument.querySelector('article, main');
  }

  #option(name, allowed, fallback) {
    const value = this.getAttribute(name);
    return value && allowed.includes(value) ? value : fallback;
  }

  async #run() {
    this.#started = true;
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const type = this.#option('type', TYPES, 'key-points');
    const length = this.#option('length', LENGTHS, 'short');
    this.#setState('loading', 'Summarizing…');
    try {
      const target = this.#target();
      if (!target) {
        const id = this.getAttribute('for');
        throw new Error(id ? `there is no element with id "${id}" to summarize` : 'there is no article to summarize');
      }
      const text = (target.innerText || target.textContent || '').trim();
      if (!text) throw new Error('the article has no text to summarize');
      this.#box.dataset.scheme = pageSchemes(this);
      const above = this.#textAbove(target);
      // With text above the box, ask for more, so that skipped pieces are replaced.
      const index = LENGTHS.indexOf(length);
      const asked = above && type !== 'headline' ? LENGTHS[Math.min(index + 1, LENGTHS.length - 1)] : length;
      const summarizer = await createSummarizer({type, length: asked, format: 'plain-text'});
      const detailed = await summarizer.summarizeDetailed(text, {signal: controller.signal});
      if (controller.signal.aborted) return;
      detailed.pieces = this.#unread(text, above, detailed.pieces).slice(0, COUNTS[type][index]);
      this.#render(type, detailed.pieces);
      this.#setState('ready', '');
      this.dispatchEvent(new CustomEvent('precis-summary', {detail: detailed}));
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#setState('error', '');
      this.#error.textContent = `No summary: ${error?.message ?? error}`;
      this.#error.hidden = false;
      this.dispatchEvent(new CustomEvent('precis-error', {detail: error}));
    }
  }

  // The article's text above the box without white space ('' when the box
  // is not inside the article).
  #textAbove(target) {
    if (target === this || !target.contains(this)) return '';
    const range = this.ownerDocument.createRange();
    range.setStart(target, 0);
    range.setEndBefore(this);
    return solid(range.toString());
  }

  // The pieces that start below the box: a piece starts above it when the
  // article's text before it (white space aside) ends within the text above.
  // White space is left out of the comparison because the DOM's text and
  // the rendered text the summary is made of space blocks differently.
  #unread(text, above, pieces) {
    if (!above) return pieces;
    const tail = above.slice(-40);
    const at = solid(text).lastIndexOf(tail, above.length);
    if (at < 0) return pieces;
    const boundary = at + tail.length;
    const unread = pieces.filter((p) => solid(text.slice(0, p.utf16Start)).length >= boundary);
    return unread.length ? unread : pieces;
  }

  #render(type, pieces) {
    this.#content.replaceChildren();
    if (pieces.length === 0) {
      const p = document.createElement('p');
      p.className = 'text';
      p.setAttribute('part', 'text');
      p.textContent = 'The article is too short to summarize.';
      this.#content.append(p);
      return;
    }
    if (type === 'key-points') {
      const list = document.createElement('ul');
      list.className = 'list';
      list.setAttribute('part', 'list');
      for (const piece of pieces) {
        const item = document.createElement('li');
        item.className = 'item';
        item.setAttribute('part', 'item');
        item.textContent = piece.text;
        list.append(item);
      }
      this.#content.append(list);
      return;
    }
    const p = document.createElement('p');
    p.className = 'text';
    p.setAttribute('part', 'text');
    p.textContent = pieces.map((x) => x.text).join(' ');
    this.#content.append(p);
  }

  #setState(state, status) {
    this.dataset.state = state;
    this.#box.setAttribute('aria-busy', String(state === 'loading'));
    this.#status.textContent = status;
    this.#status.hidden = status === '';
    this.#show.hidden = state !== 'idle';
    if (state !== 'error') {
      this.#error.hidden = true;
      this.#error.textContent = '';
    }
    if (state !== 'ready') this.#content.replaceChildren();
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('precis-summary')) {
  customElements.define('precis-summary', PrecisSummaryElement);
}
