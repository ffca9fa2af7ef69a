// The extension's popup (also opened as a small window from the context menu
// when the browser cannot open the popup itself) and its side panel (Chrome's
// side_panel, Firefox's sidebar_action: sidebar.html, this page with
// data-view="side", which build-extension.mjs writes). Reads the tab through
// chrome.scripting (activeTab: the user clicked the button, pressed the
// shortcut or chose the menu item), summarizes here with the WebAssembly
// engine in a module worker (web/lib), and highlights the chosen sentences in
// the page. The engine is never loaded into the page.
//
// Query parameters: tab=ID (the tab to read; default: the active tab of this
// window), mode=selection|article.
// The side panel stays open while the user reads: it follows the window's
// active tab, and summarizes again when the tab changes or navigates if
// "Update when the page changes" is on (stored as followTabs); otherwise it
// says that the page changed and offers "Summarize this tab".
// document.documentElement.dataset: state (loading|ready|empty|error, and in
// the side panel stale: the summary is of a tab or page no longer shown),
// updates (count of finished updates), highlighted (sentences found in the
// page), highlightMode.
import {createSummarizer} from './lib/summarizer.js';
import {renderFacts} from './lib/fact-view.js';
import {summaryMarkdown} from './lib/markdown.js';

// The page's elements, of whatever kind each id names.
const $ = (id) => /** @type {any} */ (document.getElementById(id));
const params = new URLSearchParams(location.search);
const root = document.documentElement;
const side = root.dataset.view === 'side';
if (params.get('window') === '1') document.body.classList.add('window');
// The isolated-world keys of content/extract.js and content/highlight.js.
const EXTRACT = 'precis.extract';
const HIGHLIGHTER = 'precis.highlighter';

const summarizer = createSummarizer({idleTimeoutMs: 0});
const state = {tabId: null, mode: 'article', page: null, result: null, found: [], controller: null,
  sentences: 5, highlightMode: 'auto', follow: false, windowId: null, ownTabId: null};
let updates = 0;

function setState(name, message, isError = false) {
  root.dataset.state = name;
  const status = $('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
  if (name !== 'loading') root.dataset.updates = String(++updates);
}

// Runs a function in the tab's isolated world (never in the page's own).
async function inTab(func, args = []) {
  const [first] = await chrome.scripting.executeScript({target: {tabId: state.tabId}, func, args});
  return first ? first.result : undefined;
}

async function injectFiles(files) {
  await chrome.scripting.executeScript({target: {tabId: state.tabId}, files});
}

function explain(error) {
  const message = String(error?.message ?? error);
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery|chrome:\/\/|about:|permission/i
    .test(message)) {
    return 'precis cannot read this page: browser pages, the extension store and pages opened '
      + 'before the button was clicked are off limits. Click the precis button on the page itself.';
  }
  if (error?.code === 'input_too_large') return 'This page is too long to summarize.';
  return `Something went wrong: ${message}`;
}

// Whether an error is the browser refusing access to the tab.
const refused = (error) => /cannot access|cannot be scripted|missing host permission|permission/i
  .test(String(error?.message ?? error));

async function readPage() {
  $('access').hidden = true;
  await injectFiles(['content/extract.js']);
  return inTab((key, mode) => globalThis[Symbol.for(key)](mode), [EXTRACT, state.mode]);
}

async function highlight(sentences) {
  try {
    await chrome.scripting.insertCSS({target: {tabId: state.tabId}, files: ['content/highlight.css']});
    await injectFiles(['content/highlight.js']);
    const shown = await inTab((key, list, options) => globalThis[Symbol.for(key)].show(list, options),
      [HIGHLIGHTER, sentences, {marks: state.highlightMode === 'marks'}]);
    state.found = shown?.found ?? [];
    root.dataset.highlightMode = shown?.mode ?? 'none';
  } catch (error) {
    // The tab navigated away or closed: the summary still stands.
    console.warn('precis: could not highlight', error);
    state.found = [];
  }
  root.dataset.highlighted = String(state.found.filter(Boolean).length);
}

function renderSummary() {
  const list = $('summary');
  list.replaceChildren();
  const sentences = state.result?.summary ?? [];
  sentences.forEach((s, i) => {
    const li = document.createElement('li');
    // A link, so that a long sentence wraps like text and the number sits
    // on its first line; it only scrolls the page.
    const link = document.createElement('a');
    link.href = `#sentence-${i + 1}`;
    link.textContent = s.text.replace(/\s+/g, ' ').trim();
    if (state.found[i]) {
      link.title = 'Show in the page';
    } else {
      li.classList.add('missing');
      link.title = 'Not found in the page';
    }
    link.addEventListener('click', (event) => {
      event.preventDefault();
      scrollToSentence(i);
    });
    li.append(link);
    list.append(li);
  });
  const facts = state.result?.facts ?? [];
  renderFacts(facts, $('facts'));
  $('facts-section').hidden = facts.length === 0;
  const keywords = (state.result?.keywords ?? []).slice(0, 8).map((k) => k.text);
  $('keywords').hidden = keywords.length === 0;
  $('keywords').textContent = keywords.length ? `Keywords: ${keywords.join(', ')}` : '';
  const removed = state.result?.removed ?? [];
  $('removed-section').hidden = removed.length === 0;
  $('removed-count').textContent = String(removed.length);
  $('removed').replaceChildren(...removed.map((r) => {
    const li = document.createElement('li');
    li.textContent = r.text;
    const reason = document.createElement('span');
    reason.className = 'reason';
    reason.textContent = String(r.reason ?? '').replace(/_/g, ' ');
    li.append(reason);
    return li;
  }));
  $('copy').disabled = sentences.length === 0;
  $('clear').disabled = !state.found.some(Boolean);
}

async function scrollToSentence(i) {
  if (!state.found[i]) return;
  for (const [k, li] of [...$('summary').children].entries()) li.classList.toggle('active', k === i);
  try {
    await inTab((key, n) => globalThis[Symbol.for(key)]?.scrollTo(n) ?? false, [HIGHLIGHTER, i]);
  } catch (error) {
    setState('error', explain(error), true);
  }
}

async function summarize() {
  state.controller?.abort();
  const controller = new AbortController();
  state.controller = controller;
  const text = state.page?.text ?? '';
  if (!text.trim()) {
    state.result = null;
    state.found = [];
    renderSummary();
    setState('empty', state.mode === 'selection'
      ? 'Nothing is selected. Select some text on the page, or summarize the whole page.'
      : 'This page has no text to summarize.');
    return;
  }
  setState('loading', 'Summarizing…');
  let result;
  try {
    result = await summarizer.summarize(text, {sentences: state.sentences, keywords: 8, facts: 5},
      {signal: controller.signal});
  } catch (error) {
    if (error?.code === 'aborted' && controller.signal.aborted) return;
    setState('error', explain(error), true);
    return;
  }
  if (controller.signal.aborted) return;
  state.result = result;
  await highlight(result.summary.map((s) => s.text));
  if (controller.signal.aborted) return;
  renderSummary();
  const n = result.summary.length;
  const found = state.found.filter(Boolean).length;
  const what = {selection: 'the selection', article: 'the article'}[state.page.source] ?? 'the page';
  setState(n ? 'ready' : 'empty', n
    ? `${n} sentence${n === 1 ? '' : 's'} from ${what}; ${found} highlighted in the page.`
    : `No sentences found in ${what}.`);
}

async function load() {
  setState('loading', state.mode === 'selection' ? 'Reading the selection…' : 'Reading the page…');
  $('mode-article').setAttribute('aria-pressed', String(state.mode === 'article'));
  $('mode-selection').setAttribute('aria-pressed', String(state.mode === 'selection'));
  try {
    state.page = await readPage();
  } catch (error) {
    state.page = null;
    setState('error', explain(error), true);
    // The side panel follows tabs that no click granted it: it may ask for
    // the optional host permission instead.
    if (side && refused(error)) $('access').hidden = false;
    return;
  }
  if (state.mode === 'selection' && !state.page?.text && state.pendingText) {
    state.page = {...state.page, text: state.pendingText, source: 'selection'};
  }
  $('page-title').textContent = state.page?.title || 'precis';
  const source = {article: 'Article text', page: 'Page text', selection: 'Selected text'}[state.page?.source];
  $('source').textContent = source ? `${source}, ${state.page.text.length.toLocaleString()} characters` : '';
  await summarize();
}

async function targetTab() {
  if (params.has('tab')) {
    const id = Number(params.get('tab'));
    if (!Number.isInteger(id) || id < 0) throw new Error('the tab parameter is not a tab id');
    return id;
  }
  const [tab] = await chrome.tabs.query({active: true, currentWindow: true});
  if (!tab || typeof tab.id !== 'number') throw new Error('there is no active tab');
  return tab.id;
}

async function start() {
  const stored = await chrome.storage.local.get({sentences: 5, highlightMode: 'auto'});
  const n = Number(stored.sentences);
  state.sentences = Number.isInteger(n) && n >= 1 && n <= 15 ? n : 5;
  state.highlightMode = stored.highlightMode === 'marks' ? 'marks' : 'auto';
  state.windowId = (await chrome.windows.getCurrent()).id;
  if (side) {
    const {followTabs} = await chrome.storage.local.get({followTabs: false});
    state.follow = followTabs === true;
    $('follow').checked = state.follow;
    // This page's own tab, when it is opened as one (never followed).
    state.ownTabId = (await chrome.tabs.getCurrent())?.id ?? null;
  }
  $('length').value = String(state.sentences);
  $('length-value').textContent = String(state.sentences);

  try {
    state.tabId = await targetTab();
  } catch (error) {
    setState('error', explain(error), true);
    return;
  }
  if (params.get('mode') === 'selection') state.mode = 'selection';
  // A popup opened from the context menu: the background says so.
  if (!params.has('mode')) {
    const reply = await chrome.runtime.sendMessage({type: 'take-pending'}).catch(() => null);
    const pending = reply?.pending;
    if (pending && pending.tabId === state.tabId && pending.mode === 'selection') {
      state.mode = 'selection';
      state.pendingText = typeof pending.text === 'string' ? pending.text : '';
    }
  }
  await load();
}

let lengthTimer = null;
$('length').addEventListener('input', () => {
  state.sentences = Number($('length').value);
  $('length-value').textContent = String(state.sentences);
  clearTimeout(lengthTimer);
  lengthTimer = setTimeout(() => {
    chrome.storage.local.set({sentences: state.sentences});
    if (state.page) summarize();
  }, 120);
});

for (const mode of ['article', 'selection']) {
  $(`mode-${mode}`).addEventListener('click', () => {
    if (state.mode === mode || state.tabId === null) return;
    state.mode = mode;
    state.pendingText = '';
    load();
  });
}

$('copy').addEventListener('click', async () => {
  const markdown = summaryMarkdown(state.result ?? {}, {title: state.page?.title, url: state.page?.url,
    keywords: 8});
  try {
    await navigator.clipboard.writeText(markdown);
    $('status').textContent = 'Copied the summary as Markdown.';
  } catch {
    $('status').textContent = 'The clipboard is not available here.';
  }
});

$('clear').addEventListener('click', async () => {
  try {
    await inTab((key) => globalThis[Symbol.for(key)]?.clear(), [HIGHLIGHTER]);
  } catch (error) {
    console.warn('precis: could not clear the highlights', error);
  }
  state.found = [];
  root.dataset.highlighted = '0';
  renderSummary();
});

// --- the side panel: follow the active tab ---

// The tab shown changed (another tab was activated) or navigated.
function pageChanged(tabId, why) {
  const other = tabId !== state.tabId;
  state.tabId = tabId;
  if (state.follow) {
    state.mode = 'article';
    load();
    return;
  }
  if (other || why === 'navigated') {
    setState('stale', why === 'navigated'
      ? 'The page has changed. Summarize it again?' : 'Another tab is open. Summarize it?');
  }
}

if (side) {
  chrome.tabs.onActivated.addListener(({tabId, windowId}) => {
    if (windowId === state.windowId && tabId !== state.tabId && tabId !== state.ownTabId) {
      pageChanged(tabId, 'activated');
    }
  });
  chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (tabId !== state.tabId || change.status !== 'complete' || !tab.active) return;
    pageChanged(tabId, 'navigated');
  });
  $('refresh').addEventListener('click', async () => {
    if (!params.has('tab')) {
      const [tab] = await chrome.tabs.query({active: true, windowId: state.windowId ?? undefined});
      if (tab && typeof tab.id === 'number') state.tabId = tab.id;
    }
    state.mode = 'article';
    load();
  });
  $('allow-read').addEventListener('click', () => {
    // Straight from the click: the browser accepts the request only then.
    chrome.permissions.request({origins: ['http://*/*', 'https://*/*']}).then((granted) => {
      if (granted) load();
      else setState('error', 'precis was not allowed to read the pages; click its button on a page to '
        + 'summarize that page.', true);
    }, (error) => setState('error', explain(error), true));
  });
  $('follow').addEventListener('change', () => {
    state.follow = $('follow').checked;
    chrome.storage.local.set({followTabs: state.follow});
  });
}

// The popup's "Open in side panel": Chrome's sidePanel.open or Firefox's
// sidebarAction.open, both allowed only while a click is being handled, so
// nothing is awaited before them.
$('open-side').addEventListener('click', () => {
  const api = /** @type {any} */ (globalThis).browser?.sidebarAction ?? /** @type {any} */ (chrome).sidebarAction;
  let opened;
  try {
    if (api?.open) opened = api.open();
    else if (chrome.sidePanel?.open) opened = chrome.sidePanel.open({windowId: state.windowId});
    else {
      throw new Error('This browser has no side panel for extensions.');
    }
  } catch (error) {
    opened = Promise.reject(error);
  }
  Promise.resolve(opened).then(() => {
    if (!params.has('tab')) window.close();
  }, (error) => setState('error', explain(error), true));
});

start();
