// The link preview's card (preview.html), framed in the page by
// content/preview.js with ?url=LINK. Fetches the link without credentials,
// reads its article without running its scripts and summarizes it here with
// the WebAssembly engine (preview-core.js). Fetching another site needs the
// optional host permission, which is asked for at the first preview, from a
// click on "Allow precis to fetch linked pages" (browsers accept the request
// only during a click), never at install. Firefox gives an extension page
// framed in a web page no permissions API: there the background answers
// whether access is granted, and the question is asked in a small window of
// the extension's own (allow.html), whose answer comes back through
// storage.local (previewAccess).
//
// document.documentElement.dataset: state (loading|ask|denied|ready|empty|
// error) and ms (time from the fetched HTML to the shown key points).
import {createSummarizer} from './lib/summarizer.js';
import {previewFromHtml} from './preview-core.js';
// @ts-ignore: vendor/readability.js is made by web/build-extension.mjs
import {Readability} from './vendor/readability.js';

// What the permission request asks for (the manifest's
// optional_host_permissions): all web sites, once.
const ORIGINS = ['http://*/*', 'https://*/*'];
// Pages larger than this are read up to it.
const MAX_HTML_BYTES = 8 * 1024 * 1024;

const $ = (id) => /** @type {any} */ (document.getElementById(id));
const root = document.documentElement;
const url = new URLSearchParams(location.search).get('url') ?? '';
// Started at once, so that the engine loads while the page is fetched.
const summarizer = createSummarizer({idleTimeoutMs: 0});

// Chrome: the permissions API here; Firefox: none in this frame.
const permissions = chrome.permissions;

async function hasAccess(origin) {
  if (permissions) return permissions.contains({origins: [origin]});
  const reply = await chrome.runtime.sendMessage({type: 'preview-access', origin});
  return reply?.granted === true;
}

// Asks for the permission (called straight from the click, where the browser
// accepts the request). Resolves to whether it was granted.
function askAccess() {
  if (permissions) return permissions.request({origins: ORIGINS});
  return new Promise((resolve, reject) => {
    const onChange = (changes, area) => {
      const answer = changes.previewAccess?.newValue;
      if (area !== 'local' || !answer) return;
      chrome.storage.onChanged.removeListener(onChange);
      resolve(answer.granted === true);
    };
    chrome.storage.onChanged.addListener(onChange);
    chrome.runtime.sendMessage({type: 'preview-ask'}).catch((error) => {
      chrome.storage.onChanged.removeListener(onChange);
      reject(error);
    });
  });
}

function setState(name, message, isError = false) {
  root.dataset.state = name;
  $('status').textContent = message;
  $('status').hidden = !message;
  $('status').classList.toggle('error', isError);
}

async function readBody(response) {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks = [];
  let size = 0;
  while (size < MAX_HTML_BYTES) {
    const {done, value} = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  reader.cancel().catch(() => {});
  const bytes = new Uint8Array(Math.min(size, MAX_HTML_BYTES));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, bytes.length - at);
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

// The page's HTML as text, in the charset its Content-Type names (else its
// <meta charset>, else UTF-8).
function decode(bytes, contentType) {
  let charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  if (!charset) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function render(preview) {
  $('title').textContent = preview.title || new URL(url).hostname;
  $('site').textContent = `${preview.site} · ${preview.minutes} min read`;
  $('points').replaceChildren(...preview.points.map((p) => {
    const li = document.createElement('li');
    li.textContent = p;
    return li;
  }));
}

async function fetchAndShow() {
  setState('loading', 'Reading the link…');
  let response;
  try {
    response = await fetch(url, {credentials: 'omit', redirect: 'follow', cache: 'no-store',
      referrerPolicy: 'no-referrer'});
  } catch (error) {
    setState('error', `precis could not fetch the page: ${error.message}`, true);
    return;
  }
  if (!response.ok) {
    setState('error', `The site answered ${response.status}; there is nothing to preview.`, true);
    return;
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (type && !/html|xml/i.test(type)) {
    setState('error', `The link is not a web page (${type.split(';')[0]}).`, true);
    return;
  }
  const html = decode(await readBody(response), type);
  const t0 = performance.now();
  let preview;
  try {
    preview = await previewFromHtml(html, response.url || url, {Readability, summarizer});
  } catch (error) {
    setState('error', `precis could not summarize the page: ${error.message}`, true);
    return;
  }
  render(preview);
  root.dataset.ms = String(Math.round(performance.now() - t0));
  if (preview.points.length) setState('ready', '');
  else setState('empty', 'The page has no text to summarize.');
}

async function start() {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol)) {
    setState('error', 'Only web links (http and https) can be previewed.', true);
    return;
  }
  summarizer.version().catch(() => { /* reported by the summary */ });
  $('title').textContent = parsed.hostname;
  $('link').href = parsed.href;
  $('open').hidden = false;
  const origin = `${parsed.protocol}//${parsed.hostname}/*`;
  if (await hasAccess(origin)) {
    await fetchAndShow();
    return;
  }
  $('ask').hidden = false;
  setState('ask', '');
}

$('allow').addEventListener('click', () => {
  askAccess().then((granted) => {
    if (!granted) {
      setState('denied', 'precis was not allowed to fetch linked pages, so nothing was fetched. '
        + 'Click the button again to allow it, or open the link.', true);
      return;
    }
    $('ask').hidden = true;
    fetchAndShow();
  }, (error) => setState('denied', `The browser did not ask: ${error.message}`, true));
});

$('close').addEventListener('click', () => parent.postMessage('precis-preview-close', '*'));

// The card's height, so that the page's frame fits it.
new ResizeObserver(() => {
  parent.postMessage({precisPreviewHeight: document.body.offsetHeight}, '*');
}).observe(document.body);

start().catch((error) => setState('error', `Something went wrong: ${error?.message ?? error}`, true));
