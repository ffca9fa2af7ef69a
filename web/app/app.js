// The precis page: paste or drop an article, pick a length, read the summary.
// Everything the user gives is shown with textContent, never parsed as HTML
// into this document.
import {CONTRACT} from './lib/contract.js';
import {createSummarizer} from './lib/summarizer.js';
import {looksLikeHtml} from './looks-like-html.js';
import {renderFacts} from './lib/fact-view.js';
import {summaryMarkdown, summaryText} from './lib/markdown.js';
import {createDigestInputs, digestSourceSpans, joinArticles, looksLikeSeveralArticles, renderDigest,
  sentenceKey} from './digest-view.js';

// The page's elements, of whatever kind each id names.
const $ = (id) => /** @type {any} */ (document.getElementById(id));
const el = {
  article: $('article'), dropZone: $('drop-zone'), fileInput: $('file-input'),
  openFile: $('open-file'), loadSample: $('load-sample'), clearText: $('clear-text'),
  inputNote: $('input-note'), inputNoteText: $('input-note-text'), inputNoteUndo: $('input-note-undo'),
  inputMeta: $('input-meta'), slider: $('length-slider'), lengthValue: $('length-value'),
  status: $('status'), runProgress: $('run-progress'), cancelRun: $('cancel-run'), error: $('error'), errorText: $('error-text'), errorRetry: $('error-retry'),
  empty: $('empty'), results: $('results'), summary: $('summary'), stats: $('stats'),
  facts: $('facts'), factsSection: $('facts-section'), keywords: $('keywords'),
  keywordsSection: $('keywords-section'), source: $('source'), removedSection: $('removed-section'),
  removed: $('removed'), removedCount: $('removed-count'), copyMarkdown: $('copy-markdown'),
  copyText: $('copy-text'), toast: $('toast'), themeToggle: $('theme-toggle'),
  themeLabel: $('theme-label'), themeIcon: $('theme-icon'), version: $('engine-version'),
  languageSelect: $('language-select'), languageDetected: $('language-detected'),
  digestMode: $('digest-mode'), addArticle: $('add-article'), extraArticles: $('extra-articles'),
  articlesSection: $('articles-section'), articles: $('articles'), digestNote: $('digest-note'),
};

// The page starts with the English-only engine (precis-en.mjs); a text in
// another language loads the engine with every language (precis.mjs). The
// worker starts now, while the page is still being read.
// The page fetches and compiles the engine's .wasm itself (index.html
// preloads it) while the worker is starting, and hands the compiled module
// to the worker.
const engineUrl = new URL('./lib/precis-en.mjs', import.meta.url).href;
const compiledModule = typeof WebAssembly === 'object' && typeof WebAssembly.compileStreaming === 'function'
  ? WebAssembly.compileStreaming(fetch(engineUrl.replace(/\.mjs$/, '.wasm'))) : null;
compiledModule?.catch(() => {});  // the worker then compiles it itself
const summarizer = createSummarizer({idleTimeoutMs: 5 * 60_000, moduleUrl: engineUrl, compiledModule,
  allLanguagesUrl: new URL('./lib/precis.mjs', import.meta.url).href});
summarizer.start();

// HTML and file import (Readability, dom-text.js, Markdown) load on first use.
const textImport = () => import('./text-import.js');

// ---- length control ------------------------------------------------------

// What a word budget counts in the last article: words, or characters for
// the languages written without spaces.
let budgetWordUnit = 'words';

const UNITS = {
  sentences: {min: 1, max: 12, step: 1, value: 4,
    label: (n) => (n === 1 ? '1 sentence' : `${n} sentences`), option: (n) => ({sentences: n})},
  ratio: {min: 5, max: 100, step: 5, value: 20,
    label: (n) => `${n}% of the article`, option: (n) => ({ratio: n / 100})},
  words: {min: 20, max: 400, step: 10, value: 100,
    label: (n) => `about ${n} ${budgetWordUnit}`, option: (n) => ({words: n})},
};
let unit = 'sentences';
// Each unit's starting value: a new article (pasted, opened, the sample)
// starts from it again, so that a long setting made for a long article does
// not return a short one whole.
const DEFAULT_VALUES = Object.fromEntries(Object.entries(UNITS).map(([k, u]) => [k, u.value]));

function resetLength() {
  for (const [k, v] of Object.entries(DEFAULT_VALUES)) UNITS[k].value = v;
  applyUnit();
}

function applyUnit() {
  const u = UNITS[unit];
  el.slider.min = String(u.min);
  el.slider.max = String(u.max);
  el.slider.step = String(u.step);
  u.value = Math.min(Math.max(u.value, u.min), u.max);
  el.slider.value = String(u.value);
  updateLengthLabel();
}

function updateLengthLabel() {
  const u = UNITS[unit];
  const label = u.label(Math.min(u.value, u.max));
  el.lengthValue.textContent = label;
  el.slider.setAttribute('aria-valuetext', label);
}

// The sentences a summary can choose from: the article's sentences without
// its headings (which the engine counts in stats.sentences but never picks).
// Exact when the engine listed its sentences; otherwise at most what a
// request for more than it gave returned.
function selectableSentences(result, requested) {
  let n = Array.isArray(result.sentences)
    ? result.sentences.filter((s) => !s.heading).length : result.stats.sentences;
  if (Number.isInteger(requested) && result.summary.length < requested) n = Math.min(n, result.summary.length);
  return n;
}

// Fits the slider ranges to the article once its size is known.
function fitRanges(stats, selectable) {
  const sentences = Math.max(1, selectable);
  UNITS.sentences.max = Math.min(sentences, 40);
  UNITS.words.max = Math.min(Math.max(Math.ceil(stats.words / 10) * 10, 40), 1000);
  const u = UNITS[unit];
  if (el.slider.max !== String(u.max)) {
    el.slider.max = String(u.max);
    el.slider.value = String(Math.min(u.value, u.max));
    updateLengthLabel();
  }
}

// Texts up to this long (UTF-16 code units) are summarized with the list of
// their sentences, which tells headings from sentences for the length
// control.
const LIST_SENTENCES_MAX = 300_000;

function requestOptions(text = '') {
  const u = UNITS[unit];
  const value = Math.min(u.value, u.max);
  const language = el.languageSelect.value;
  return {...u.option(value), keywords: 10, facts: 5, ...(language !== 'auto' ? {language} : {}),
    ...(text.length <= LIST_SENTENCES_MAX ? {includeSentences: true} : {})};
}

// ---- language -------------------------------------------------------------

// The languages the engine takes as the "language" option (precis::
// SupportedLanguages(), from the core's contract).
const LANGUAGES = CONTRACT.languages;

const languageNames = (() => {
  try { return new Intl.DisplayNames(['en'], {type: 'language'}); } catch { return null; }
})();

function languageName(code) {
  if (!code || code === 'und') return 'undetermined';
  try { return languageNames?.of(code) ?? code; } catch { return code; }
}

function fillLanguageSelect() {
  const options = LANGUAGES.map((code) => {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = languageName(code);
    return option;
  }).sort((a, b) => a.textContent.localeCompare(b.textContent, 'en'));
  el.languageSelect.append(...options);
}

// "Detected: French", or "Chosen: French" when the select overrides it; the
// automatic option names what was detected.
function renderLanguage(language) {
  const auto = el.languageSelect.options[0];
  if (!language) {
    el.languageDetected.textContent = '';
    auto.textContent = 'Detect automatically';
    return;
  }
  const name = languageName(language.code);
  if (language.source === 'user') {
    el.languageDetected.textContent = `Chosen: ${name}`;
  } else {
    const unsure = language.code !== 'und' && language.confidence < 0.5 ? ' (uncertain)' : '';
    el.languageDetected.textContent = `Detected: ${name}${unsure}`;
    auto.textContent = `Detect automatically (${name})`;
  }
  el.languageDetected.dataset.code = language.code;
  el.languageDetected.title = `confidence ${Math.round(language.confidence * 100)}%`;
}

// ---- several articles (digest-view.js) --------------------------------------

// Articles of a digest taken in with "Include anyway", for the text they
// were chosen in (another text starts with none).
let includedArticles = {text: '', indexes: new Set()};

function includeArticle(index) {
  const {text} = engineInput();
  if (includedArticles.text !== text) includedArticles = {text, indexes: new Set()};
  includedArticles.indexes.add(index);
  summarizeNow({textChanged: true});
}

// 'auto': a digest when there are extra inputs or the text has "---" lines
// between long parts; 'on' / 'off': the user's choice on the checkbox.
let digestMode = 'auto';
const extraInputs = createDigestInputs({
  list: el.extraArticles, addButton: el.addArticle,
  onInput: () => scheduleFromTyping(),
  onCountChange: (n) => { if (n > 0 && digestMode === 'auto') el.digestMode.checked = true; },
});

// The text the engine gets (all inputs joined) and whether it is a digest.
function engineInput() {
  const main = articleText();
  const text = extraInputs.count() > 0 ? joinArticles([main, ...extraInputs.texts()]) : main;
  const extras = extraInputs.texts().some((t) => t.trim() !== '');
  const digest = digestMode === 'on'
    || (digestMode === 'auto' && (extras || (text.length <= 2_000_000 && looksLikeSeveralArticles(text))));
  el.digestMode.checked = digest;
  return {text, digest};
}

// ---- running the summarizer ------------------------------------------------

// Texts longer than this (in UTF-16 code units) show a progress bar.
const PROGRESS_MIN_CHARS = 200_000;
let inFlight = null;      // {controller, text}
let rerunWanted = false;  // the length changed while a summary was running
let typingTimer = null;
let slowTimer = null;
let firstSummaryMarked = false;
let lastRender = null;    // {text, result} of what is on screen
let revealNext = false;   // a pasted or opened article: bring its summary into view

// The page gives up on a summary after this long (the client also detects
// a worker that stopped answering much sooner).
function pageTimeoutMs(text) {
  return 120_000 + 120_000 * (text.length / (1024 * 1024));
}

// data-state (loading | ready | empty | error) and data-updates (a count
// of finished updates) let tests and tools wait for the page.
function setState(state) {
  const root = document.documentElement;
  root.dataset.state = state;
  if (state !== 'loading') root.dataset.updates = String(Number(root.dataset.updates ?? 0) + 1);
}

function scheduleFromTyping() {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => summarizeNow({textChanged: true}), 300);
}

function summarizeNow({textChanged}) {
  clearTimeout(typingTimer);
  if (inFlight) {
    if (!textChanged) {  // only the length moved: let it finish, then rerun
      rerunWanted = true;
      return;
    }
    inFlight.controller.abort();
    finishRun();
  }
  rerunWanted = false;
  const {text, digest} = engineInput();
  updateInputMeta(articleText());
  if (!text.trim()) {
    showEmpty('Nothing to summarize yet',
      'Paste an article, drop a file, or load the sample. The summary, key facts and keywords appear here.');
    return;
  }
  const controller = new AbortController();
  const run = {controller, text};
  inFlight = run;
  setState('loading');
  if (!el.error.hidden || !el.empty.hidden) {
    // Nothing of an earlier text stays on screen: say that this one is on its way.
    el.error.hidden = true;
    el.results.hidden = true;
    el.empty.hidden = false;
    el.empty.querySelector('.empty-title').textContent = 'Summarizing…';
    el.empty.querySelector('p:not(.empty-title)').textContent =
      'The summary, key facts and keywords appear here when they are ready.';
  }
  clearTimeout(slowTimer);
  slowTimer = setTimeout(() => {
    el.status.textContent = 'Summarizing…';
    slowTimer = setTimeout(() => {
      el.status.textContent = 'Summarizing… long texts take a while.';
      el.cancelRun.hidden = false;
    }, 1500);
  }, 150);
  const started = performance.now();
  const include = includedArticles.text === text ? [...includedArticles.indexes] : [];
  const options = digest
    ? {...requestOptions(), digest: true, ...(include.length ? {includeArticles: include} : {})}
    : requestOptions(text);
  const callOptions = {signal: controller.signal, timeoutMs: pageTimeoutMs(text), onProgress: undefined};
  if (text.length > PROGRESS_MIN_CHARS) {
    // A long text: a progress bar and Cancel from the start; the status
    // line (read out by screen readers) changes every 10 percent.
    clearTimeout(slowTimer);
    let spoken = -1;
    const show = (fraction) => {
      const percent = Math.round(fraction * 100);
      el.runProgress.value = percent;
      el.runProgress.setAttribute('aria-valuetext', `${percent} percent`);
      if (Math.floor(percent / 10) !== spoken) {
        spoken = Math.floor(percent / 10);
        el.status.textContent = `Summarizing… ${percent}%`;
      }
    };
    show(0);
    el.runProgress.hidden = false;
    el.cancelRun.hidden = false;
    callOptions.onProgress = ({fraction}) => { if (inFlight === run) show(fraction); };
  }
  summarizer.summarize(text, options, callOptions).then(
    (result) => {
      if (inFlight !== run) return;
      finishRun();
      if (rerunWanted) { summarizeNow({textChanged: false}); return; }
      render(text, result, performance.now() - started, options.sentences);
    },
    (error) => {
      if (inFlight !== run) return;
      finishRun();
      if (error.code === 'aborted') return;
      if (rerunWanted && error.code !== 'worker_failed') { summarizeNow({textChanged: false}); return; }
      showError(error);
      reveal(el.error, 'The summary failed.');
    });
}

function finishRun() {
  inFlight = null;
  clearTimeout(slowTimer);
  el.status.textContent = '';
  el.cancelRun.hidden = true;
  el.runProgress.hidden = true;
}

function cancelRun() {
  if (!inFlight) return;
  inFlight.controller.abort();
  finishRun();
  rerunWanted = false;
  showError({code: 'aborted', message: ''});
}

// Letters of the scripts written without spaces: the engine counts each as
// one word (core/src/pipeline/stages.cc, CountWords), and the page calls
// such counts characters.
const NO_SPACE_LETTER = /(?=\p{L})[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const NO_SPACE_LANGUAGES = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);

// Words as the engine counts them, and whether most are such letters.
function countWords(text) {
  const letters = text.match(NO_SPACE_LETTER)?.length ?? 0;
  if (letters === 0) return {words: text.match(/\S+/g)?.length ?? 0, characters: false};
  const rest = (text.replace(NO_SPACE_LETTER, ' ').match(/\S+/g) ?? [])
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return {words: letters + rest, characters: 2 * letters > letters + rest};
}

function updateInputMeta(text) {
  if (!text) { el.inputMeta.textContent = 'No text yet.'; return; }
  const count = text.length > 2_000_000 ? null : countWords(text);
  const chars = text.length.toLocaleString('en');
  el.inputMeta.textContent = count === null
    ? `${chars} characters`
    : count.characters
      ? `${count.words.toLocaleString('en')} ${count.words === 1 ? 'character' : 'characters'}`
      : `${count.words.toLocaleString('en')} ${count.words === 1 ? 'word' : 'words'} · ${chars} characters`;
}

// ---- rendering --------------------------------------------------------------

// What the engine's word counts count: characters for the languages
// written without spaces.
function wordUnit(result) {
  const code = (result.language?.code ?? '').split('-')[0];
  return NO_SPACE_LANGUAGES.has(code) ? 'characters' : 'words';
}

function clear(node) { node.replaceChildren(); }

function showEmpty(title, message) {
  setState('empty');
  lastRender = null;
  el.error.hidden = true;
  el.results.hidden = true;
  el.empty.hidden = false;
  el.empty.querySelector('.empty-title').textContent = title;
  renderLanguage(null);
  el.empty.querySelector('p:not(.empty-title)').textContent = message;
  clear(el.source);
  el.removedSection.hidden = true;
  setCopyEnabled(false);
}

const ERROR_MESSAGES = {
  input_too_large: 'This text is too long to summarize. precis takes texts of up to 4 MB (about 700,000 words).',
  invalid_options: 'That length setting is not valid.',
  invalid_input: 'That is not text that precis can summarize.',
  worker_failed: 'The summarizer stopped or could not start in this browser.',
  internal: 'Something went wrong inside the summarizer.',
  timeout: 'The summary took too long.',
  aborted: 'The summary was cancelled.',
};

function showError(error) {
  setState('error');
  lastRender = null;
  const code = error?.code ?? 'internal';
  const base = ERROR_MESSAGES[code] ?? ERROR_MESSAGES.internal;
  el.errorText.textContent = code === 'input_too_large' || !error?.message ? base : `${base} (${error.message})`;
  el.error.dataset.code = code;
  el.errorRetry.hidden = code === 'input_too_large' || code === 'invalid_input';
  el.error.hidden = false;
  el.empty.hidden = true;
  el.results.hidden = true;
  clear(el.source);
  el.removedSection.hidden = true;
  setCopyEnabled(false);
}

function showImportError(message) {
  setState('error');
  el.errorText.textContent = message;
  el.error.dataset.code = 'import';
  el.errorRetry.hidden = true;
  el.error.hidden = false;
  el.empty.hidden = true;
}

// After a paste or an opened file, the result may be far below (on a phone
// the summary starts about a screen and a half down): scroll it into view
// and say so to screen readers.
function reveal(target, message) {
  if (!revealNext) return;
  revealNext = false;
  el.status.textContent = message;
  const top = target.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.6) {
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({block: 'start', behavior: reduce ? 'auto' : 'smooth'});
  }
}

function sentenceCount(n) {
  return `${n.toLocaleString('en')} ${n === 1 ? 'sentence' : 'sentences'}`;
}

function render(text, result, ms, requested) {
  const selectable = result.articles ? result.stats.sentences : selectableSentences(result, requested);
  budgetWordUnit = wordUnit(result);
  fitRanges(result.stats, selectable);
  updateLengthLabel();
  renderLanguage(result.language);
  el.error.hidden = true;
  if (result.summary.length === 0) {
    showEmpty('No article sentences found',
      'precis found nothing to summarize in this text. Is it an article?');
    renderSource(text, result);
    reveal(el.empty, 'No article sentences found.');
    return;
  }
  lastRender = {text, result};
  el.empty.hidden = true;
  el.results.hidden = false;

  const items = result.summary.map((s) => {
    const li = document.createElement('li');
    if (s.heading) li.className = 'heading';
    const a = document.createElement('a');
    a.href = `#src-${sentenceKey(s)}`;
    a.dataset.index = sentenceKey(s);
    a.textContent = s.text;
    a.title = 'Show in the original';
    li.append(a);
    return li;
  });
  el.summary.replaceChildren(...items);

  const st = result.stats;
  const chosen = result.summary.filter((s) => !s.heading).length;
  const of = chosen >= selectable
    ? (selectable === 1 ? 'The only sentence' : `All ${sentenceCount(selectable)}`)
    : `${chosen.toLocaleString('en')} of ${sentenceCount(selectable)}`;
  el.stats.textContent = `${of} · `
    + `${st.summaryWords.toLocaleString('en')} of ${st.words.toLocaleString('en')} ${wordUnit(result)} · `
    + `${Math.max(1, Math.round(ms))} ms`
    + (result.articles ? ` · digest of ${result.articles.length} articles` : '');

  el.factsSection.hidden = result.facts.length === 0;
  const factItems = renderFacts(result.facts, el.facts);

  renderDigest(result, {summaryItems: items, factItems,
    section: el.articlesSection, list: el.articles, note: el.digestNote, onShowArticle: showArticle,
    onIncludeArticle: includeArticle});

  el.keywordsSection.hidden = result.keywords.length === 0;
  el.keywords.replaceChildren(...result.keywords.map((k) => {
    const li = document.createElement('li');
    li.textContent = k.text;
    if (k.count > 1) {
      const c = document.createElement('span');
      c.className = 'count';
      c.textContent = `×${k.count}`;
      c.setAttribute('aria-label', `${k.count} times`);
      li.append(c);
    }
    return li;
  }));

  renderSource(text, result);
  setCopyEnabled(true);
  setState('ready');
  reveal(el.results, `Summary ready: ${sentenceCount(result.summary.length)}.`);
  document.documentElement.dataset.summaryCount = String(result.summary.length);
  if (!firstSummaryMarked) {
    firstSummaryMarked = true;
    performance.mark('precis-first-summary');
  }
}

// Texts longer than this are shown in excerpts around the highlights.
const SOURCE_FULL = 300_000;
const SOURCE_CONTEXT = 600;

// The parts of the text that the original view shows: all of it, or for a
// long text its beginning and the neighbourhood of every highlight.
function sourceWindows(text, spans) {
  if (text.length <= SOURCE_FULL) return [[0, text.length]];
  const wanted = [[0, Math.min(text.length, 2 * SOURCE_CONTEXT)],
    ...spans.map((s) => [Math.max(0, s.start - SOURCE_CONTEXT), Math.min(text.length, s.end + SOURCE_CONTEXT)])]
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const w of wanted) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([...w]);
  }
  return merged;
}

function gap(chars) {
  const node = document.createElement('span');
  node.className = 'gap';
  node.textContent = ` [… ${chars.toLocaleString('en')} characters not shown …] `;
  return node;
}

// The original text with the summary sentences in <mark> and removed junk
// struck through. Spans are UTF-16 offsets into exactly the text summarized.
function renderSource(text, result) {
  const spans = [
    ...digestSourceSpans(result),
    ...result.summary.map((s) => ({start: s.utf16Start, end: s.utf16End, kind: 'hl', index: sentenceKey(s),
      article: s.article})),
    ...result.removed.map((r) => ({start: r.utf16Start, end: r.utf16End, kind: 'junk', reason: r.reason})),
  ].filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const frag = document.createDocumentFragment();
  let pos = 0;
  let next = 0;  // first span not yet drawn
  for (const [from, to] of sourceWindows(text, spans)) {
    if (from > pos) frag.append(gap(from - pos));
    pos = from;
    while (next < spans.length && spans[next].start < to) {
      const s = spans[next++];
      if (s.end <= pos) continue;
      const start = Math.max(s.start, pos);
      if (start > pos) frag.append(document.createTextNode(text.slice(pos, start)));
      const node = document.createElement(s.kind === 'hl' ? 'mark' : 'span');
      node.textContent = text.slice(start, s.end);
      if (s.kind === 'hl') {
        node.id = `src-${s.index}`;
        node.tabIndex = -1;
        if (s.article !== undefined) {
          node.dataset.article = String(s.article);
          node.classList.add(`art-${s.article % 6}`);
        }
      } else if (s.kind === 'other') {
        node.className = 'other-event';
        node.id = `src-article-${s.article}`;
        node.tabIndex = -1;
        node.title = `Article ${s.article + 1}: ${s.reason}`;
      } else {
        node.className = 'junk';
        node.title = `Removed: ${s.reason.replace(/_/g, ' ')}`;
      }
      frag.append(node);
      pos = s.end;
    }
    if (to > pos) {
      frag.append(document.createTextNode(text.slice(pos, to)));
      pos = to;
    }
  }
  if (pos < text.length) frag.append(gap(text.length - pos));
  el.source.replaceChildren(frag);

  el.removedSection.hidden = result.removed.length === 0;
  el.removedCount.textContent = String(result.removed.length);
  el.removed.replaceChildren(...result.removed.map((r) => {
    const li = document.createElement('li');
    li.textContent = r.text;
    const reason = document.createElement('span');
    reason.className = 'reason';
    reason.textContent = r.reason.replace(/_/g, ' ');
    li.append(reason);
    return li;
  }));
}

// A digest's article in the original view: its first highlight, or the
// dimmed block of an article on another event.
function showArticle(article) {
  const target = document.getElementById(`src-article-${article.index}`)
    ?? el.source.querySelector(`mark[data-article="${article.index}"]`);
  if (target) jumpTo(target);
}

function jumpToSentence(index) {
  const target = document.getElementById(`src-${index}`);
  if (target) jumpTo(target);
}

function jumpTo(target) {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({block: 'center', behavior: reduce ? 'auto' : 'smooth'});
  target.focus({preventScroll: true});
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1200);
}

// ---- copy --------------------------------------------------------------------

function setCopyEnabled(enabled) {
  el.copyMarkdown.disabled = !enabled;
  el.copyText.disabled = !enabled;
}

async function writeClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers or a denied permission: the selection-based fallback.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch { ok = false; }
    area.remove();
    return ok;
  }
}

let toastTimer = null;
function toast(message) {
  el.toast.textContent = message;
  el.toast.classList.add('visible');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.toast.classList.remove('visible'), 1800);
}

async function copy(format) {
  if (!lastRender) return;
  const text = format === 'markdown' ? summaryMarkdown(lastRender.result) : summaryText(lastRender.result);
  const ok = await writeClipboard(text);
  toast(ok ? `Copied the summary as ${format === 'markdown' ? 'Markdown' : 'plain text'}`
    : 'Could not copy: your browser blocked the clipboard');
}

// ---- input: paste, files, sample ----------------------------------------------

let undoText = null;

function showNote(message, undo = null) {
  undoText = undo;
  el.inputNoteText.textContent = message;
  el.inputNoteUndo.hidden = undo === null;
  el.inputNote.hidden = !message;
}

// Very long texts are kept out of the text box: a browser lays out a
// multi-megabyte textarea for seconds to minutes. The box then shows the
// beginning, read-only, and the whole text lives here.
const LARGE_TEXT = 1_000_000;  // UTF-16 code units
// Lines cost the layout most: 200,000 short lines took 5.6 s in Chromium.
const LARGE_LINES = 20_000;
const PREVIEW_CHARS = 20_000;
let largeText = null;

// Whether `text` is too long to lay out in the text box quickly.
function tooLargeForBox(text) {
  if (text.length > LARGE_TEXT) return true;
  if (text.length <= LARGE_LINES) return false;
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++lines > LARGE_LINES) return true;
  }
  return false;
}

function articleText() {
  return largeText ?? el.article.value;
}

function enterLargeText(text, note) {
  largeText = text;
  el.article.value = `${text.slice(0, PREVIEW_CHARS)}\n\n[…]`;
  el.article.readOnly = true;
  const size = text.length > LARGE_TEXT ? `${(text.length / 1e6).toFixed(1)} million characters`
    : `more than ${LARGE_LINES.toLocaleString('en')} lines`;
  showNote(`${note ? `${note} ` : ''}This text is long (${size}): the box shows its beginning. `
    + 'Clear it to type or paste another text.');
}

function leaveLargeText() {
  largeText = null;
  el.article.readOnly = false;
}

function setArticle(text, note = '', undo = null) {
  resetLength();
  if (tooLargeForBox(text)) {
    enterLargeText(text, note);
  } else {
    leaveLargeText();
    el.article.value = text;
    showNote(note, undo);
  }
  summarizeNow({textChanged: true});
}

function onPaste(event) {
  const data = event.clipboardData;
  if (!data || el.article.readOnly) return;
  revealNext = true;
  // Pasted over the whole text (or into an empty box): a new article.
  if (el.article.selectionStart === 0 && el.article.selectionEnd === el.article.value.length) resetLength();
  const plain = data.getData('text/plain');
  if (tooLargeForBox(plain)) {
    event.preventDefault();
    setArticle(plain);
    return;
  }
  const html = data.types.includes('text/html') ? data.getData('text/html') : '';
  const source = html && html.length > plain.length ? html : (looksLikeHtml(plain) ? plain : '');
  if (!source) return;  // ordinary text: the browser pastes it
  event.preventDefault();
  const {selectionStart, selectionEnd} = el.article;
  const wholeReplaced = selectionStart === 0 && selectionEnd === el.article.value.length;
  textImport().then(({htmlToText}) => htmlToText(source))
    .catch(() => ({text: '', usedReadability: false}))  // offline: paste the plain text
    .then(({text, usedReadability}) => {
    const extracted = text.trim() !== '';
    el.article.setRangeText(extracted ? text : plain, selectionStart, selectionEnd, 'end');
    if (tooLargeForBox(el.article.value)) {
      setArticle(el.article.value);
      return;
    }
    if (wholeReplaced && extracted) {
      const fallback = plain && plain !== source ? plain : null;
      showNote(usedReadability ? 'Extracted the article text from the pasted page.' : 'Pasted the text of the page.',
        fallback);
    }
    summarizeNow({textChanged: true});
  });
}

async function openFile(file) {
  if (!file) return;
  revealNext = true;
  let result;
  try {
    const {readArticleFile} = await textImport();
    result = await readArticleFile(file);
  } catch (error) {
    // ImportError (text-import.js): a message meant to be shown as it is.
    if (error?.name === 'ImportError') showImportError(error.message);
    else showImportError(`Could not read “${file.name}”: ${error?.message ?? error}`);
    return;
  }
  setArticle(result.text, result.note);
}

function setupDrop() {
  let depth = 0;
  const hasFiles = (e) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  window.addEventListener('dragover', (e) => { if (hasFiles(e)) e.preventDefault(); });
  window.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    el.dropZone.classList.remove('dragging');
    openFile(e.dataTransfer.files[0]);
  });
  el.dropZone.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    el.dropZone.classList.add('dragging');
  });
  el.dropZone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) el.dropZone.classList.remove('dragging');
  });
}

let sampleText = null;  // fetched once, so that pressing Sample again makes no request

// ifEmpty: the page's start, which must not replace a text pasted while the
// sample was being fetched.
async function loadSample({ifEmpty = false} = {}) {
  try {
    if (sampleText === null) {
      const response = await fetch('sample-article.txt');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      sampleText = await response.text();
    }
    if (ifEmpty && el.article.value.trim()) return;
    setArticle(sampleText, 'The sample article. Paste your own to replace it.');
  } catch (error) {
    showImportError(`Could not load the sample article (${error.message}).`);
  }
}

// ---- theme -------------------------------------------------------------------------

const THEMES = [
  {name: 'auto', label: 'Auto', icon: '◐'},
  {name: 'dark', label: 'Dark', icon: '☾'},
  {name: 'light', label: 'Light', icon: '☀'},
];

function readTheme() {
  try { return localStorage.getItem('precis-theme') ?? 'auto'; } catch { return 'auto'; }
}

function applyTheme(name) {
  const theme = THEMES.find((t) => t.name === name) ?? THEMES[0];
  if (theme.name === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme.name;
  el.themeLabel.textContent = theme.label;
  el.themeIcon.textContent = theme.icon;
  el.themeToggle.setAttribute('aria-label', `Colour theme: ${theme.label.toLowerCase()}`);
  try { localStorage.setItem('precis-theme', theme.name); } catch { /* private mode */ }
}

// ---- wiring ------------------------------------------------------------------------

function init() {
  performance.mark('precis-app-start');
  applyTheme(readTheme());
  el.themeToggle.addEventListener('click', () => {
    const at = THEMES.findIndex((t) => t.name === (document.documentElement.dataset.theme ?? 'auto'));
    applyTheme(THEMES[(at + 1) % THEMES.length].name);
  });

  applyUnit();
  fillLanguageSelect();
  el.languageSelect.addEventListener('change', () => summarizeNow({textChanged: true}));
  for (const radio of document.querySelectorAll('input[name="unit"]')) {
    if (!(radio instanceof HTMLInputElement)) continue;
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      unit = radio.value;
      applyUnit();
      summarizeNow({textChanged: false});
    });
  }
  el.slider.addEventListener('input', () => {
    UNITS[unit].value = Number(el.slider.value);
    updateLengthLabel();
    summarizeNow({textChanged: false});
  });

  el.article.addEventListener('input', (event) => {
    if (tooLargeForBox(el.article.value)) {  // dropped or inserted text
      setArticle(el.article.value);
      return;
    }
    showNote('');
    updateInputMeta(el.article.value);
    // The pause waits for typing to stop; a paste, drop or cut is complete
    // at once.
    const inputType = /** @type {InputEvent} */ (event).inputType ?? '';
    if (/^(?:insertFromPaste|insertFromDrop|insertReplacementText|deleteByCut)/.test(inputType)) {
      summarizeNow({textChanged: true});
    } else {
      scheduleFromTyping();
    }
  });
  el.article.addEventListener('paste', onPaste);
  el.inputNoteUndo.addEventListener('click', () => {
    if (undoText !== null) setArticle(undoText);
  });

  el.openFile.addEventListener('click', () => el.fileInput.click());
  el.fileInput.addEventListener('change', () => {
    openFile(el.fileInput.files?.[0]);
    el.fileInput.value = '';
  });
  el.loadSample.addEventListener('click', () => loadSample());
  el.digestMode.addEventListener('change', () => {
    digestMode = el.digestMode.checked ? 'on' : 'off';
    summarizeNow({textChanged: true});
  });
  el.clearText.addEventListener('click', () => {
    extraInputs.clear();
    digestMode = 'auto';
    setArticle('');
    el.article.focus();
  });
  setupDrop();

  el.summary.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-index]');
    if (!link) return;
    event.preventDefault();
    jumpToSentence(link.dataset.index);
  });
  el.copyMarkdown.addEventListener('click', () => copy('markdown'));
  el.copyText.addEventListener('click', () => copy('text'));
  el.errorRetry.addEventListener('click', () => summarizeNow({textChanged: true}));
  el.cancelRun.addEventListener('click', cancelRun);

  // The first call starts the worker and loads the engine; the mark lets
  // scripts/bench-web.mjs tell loading from summarizing.
  summarizer.version().then((v) => {
    performance.mark('precis-engine-ready');
    el.version.textContent = v;
  }, () => {});

  if (el.article.value.trim()) summarizeNow({textChanged: true});  // restored by the browser
  else loadSample({ifEmpty: true});

  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('sw.js').catch(() => { /* still works online */ });
    });
  }
}

init();
