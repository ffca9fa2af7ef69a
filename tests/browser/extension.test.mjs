// Tests of the browser extension (web/extension): its manifests and the zip
// writer in node (its Markdown writer, web/lib/markdown.js, is tested in
// tests/js/markdown.test.mjs); the Firefox build with web-ext
// lint; and the Chrome build loaded into headless Chromium (playwright-core)
// against local test pages.
//   node --test tests/browser/extension.test.mjs
// (PRECIS_SCREENSHOTS=1 also writes web/extension/docs/side-panel.png and
// link-preview.png, the README's pictures.)
// The browser part skips with a message when the wasm build, Chromium or the
// npm packages are missing, unless PRECIS_REQUIRE_BROWSER=1.
//
// How the summary is triggered: the extension reads a tab only through
// activeTab, which the browser grants when the user clicks the toolbar
// button, presses the shortcut or picks the context-menu item. Automation
// cannot reach that browser UI, so the Chrome build under test is the real
// build plus one host permission, for http://127.0.0.1/* (the test server):
// exactly the access that activeTab grants on a click, and nothing else
// changes. The popup page (panel.html) is opened as a tab with ?tab=ID,
// the parameter the context menu's fallback window uses; it runs the same
// code as the popup, which takes the active tab instead. The real popup is
// opened too, with action.openPopup() from the service worker (what a click
// on the button does), and read through chrome.extension.getViews(); the
// context-menu test calls the menu's click handler from the service worker
// with the arguments a click passes. A separate test loads the unmodified
// build and checks that without the grant it cannot read the page at all.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {inflateRawSync, crc32} from 'node:zlib';

import {artifactsDir, chromiumPath, requirePrerequisites, root, skipReason, wasmDir} from './harness.mjs';
import {articleTexts, FIXTURE, FRAME_SENTENCES, SITE_NAME, startPages, stopPages} from './extension-pages.mjs';
import {buildExtension, EXTENSION_CSP, manifestFor, PERMISSIONS} from '../../web/build-extension.mjs';
import {zipFiles} from '../../scripts/package-extension.mjs';
import {escapeMarkdown} from '../../web/lib/markdown.js';

const skip = await skipReason();
// PRECIS_SCREENSHOTS=1: the tests also write the README's pictures here.
const docsDir = path.join(root, 'web/extension/docs');
if (process.env.PRECIS_SCREENSHOTS === '1') mkdirSync(docsDir, {recursive: true});
const collapse = (s) => String(s).replace(/\s+/g, ' ').trim();

test('extension test prerequisites are present', {skip}, async () => {
  await requirePrerequisites();
});

describe('manifests', () => {
  for (const browser of ['chrome', 'firefox']) {
    test(`${browser}: MV3, minimal permissions, strict CSP, host permissions only on request`, () => {
      const m = manifestFor(browser, {version: '1.2.3'});
      assert.equal(m.manifest_version, 3);
      assert.equal(m.version, '1.2.3');
      assert.deepEqual([...m.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage',
        ...(browser === 'chrome' ? ['sidePanel'] : [])].sort());
      assert.equal(m.host_permissions, undefined, 'nothing is granted at install');
      assert.deepEqual(m.optional_host_permissions, ['http://*/*', 'https://*/*']);
      assert.deepEqual(m.web_accessible_resources.map((r) => r.resources), [['preview.html']]);
      assert.ok(m.commands['preview-link'].suggested_key.default);
      assert.equal(m.content_scripts, undefined, 'scripts are injected on demand only');
      assert.equal(m.content_security_policy.extension_pages,
        "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
      assert.equal(m.action.default_popup, 'panel.html');
      assert.ok(m.commands._execute_action.suggested_key.default);
    });
  }
  test('chrome has a service worker, firefox an event page with an add-on id', () => {
    const c = manifestFor('chrome', {version: '1.0.0'});
    const f = manifestFor('firefox', {version: '1.0.0'});
    assert.deepEqual(c.background, {service_worker: 'background.js'});
    assert.equal(c.browser_specific_settings, undefined);
    assert.deepEqual(f.background, {scripts: ['background.js']});
    assert.match(f.browser_specific_settings.gecko.id, /@/);
    assert.deepEqual(f.browser_specific_settings.gecko.data_collection_permissions, {required: ['none']});
  });
  test('unknown browser is refused', () => {
    assert.throws(() => manifestFor('netscape', {version: '1.0.0'}), /unknown browser/);
  });
  test('the exported constants are the ones in the manifest', () => {
    assert.equal(EXTENSION_CSP, manifestFor('chrome', {version: '1.0.0'}).content_security_policy.extension_pages);
    assert.deepEqual(PERMISSIONS, manifestFor('firefox', {version: '1.0.0'}).permissions);
  });
  test('side panel: Chrome side_panel, Firefox sidebar_action, the same page', () => {
    const c = manifestFor('chrome', {version: '1.0.0'});
    const f = manifestFor('firefox', {version: '1.0.0'});
    assert.deepEqual(c.side_panel, {default_path: 'sidebar.html'});
    assert.equal(f.sidebar_action.default_panel, 'sidebar.html');
    assert.equal(f.sidebar_action.open_at_install, false);
    assert.equal(c.web_accessible_resources[0].use_dynamic_url, true);
  });
});

// Reads a zip back (central directory, then each local entry), checking
// sizes and CRCs. Returns {name: Buffer}.
function readZip(buf) {
  const endAt = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(endAt >= 0, 'end of central directory');
  const count = buf.readUInt16LE(endAt + 10);
  let p = buf.readUInt32LE(endAt + 16);
  const out = {};
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    assert.equal(buf.readUInt32LE(local), 0x04034b50);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(dataAt, dataAt + csize);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    assert.equal(data.length, size, name);
    assert.equal(crc32(data) >>> 0, crc, name);
    out[name] = data;
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

describe('zip writer', () => {
  test('round trip: deflated, stored, empty and UTF-8 named files', () => {
    const entries = [
      {name: 'manifest.json', data: Buffer.from(JSON.stringify({a: 'x'.repeat(500)}))},
      {name: 'lib/random.bin', data: Buffer.from(Array.from({length: 300}, (_, i) => (i * 7919) % 251))},
      {name: 'empty.txt', data: Buffer.alloc(0)},
      {name: 'notes/résumé.md', data: Buffer.from('é'.repeat(40))},
    ];
    const files = readZip(zipFiles(entries));
    assert.deepEqual(Object.keys(files), entries.map((e) => e.name));
    for (const e of entries) assert.ok(files[e.name].equals(e.data), e.name);
  });
  test('same input, same bytes', () => {
    const entries = [{name: 'a.txt', data: Buffer.from('hello hello hello hello')}];
    assert.ok(zipFiles(entries).equals(zipFiles(entries)));
  });
  test('unzip accepts it', {skip: existsSync('/usr/bin/unzip') ? false : 'no unzip'}, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'precis-zip-'));
    try {
      const zipPath = path.join(dir, 't.zip');
      const data = zipFiles([{name: 'x/y.txt', data: Buffer.from('precis '.repeat(100))}]);
      spawnSync('sh', ['-c', 'cat > "$1"', 'sh', zipPath], {input: data});
      const r = spawnSync('unzip', ['-t', zipPath], {encoding: 'utf8'});
      assert.equal(r.status, 0, r.stdout + r.stderr);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

async function launchWithExtension(dir, userDataDir) {
  const {chromium} = await import('playwright-core');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath, headless: true, viewport: {width: 900, height: 500},
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', {timeout: 15000});
  const id = new URL(worker.url()).host;
  return {context, id, worker};
}

const panelState = (panel) => panel.evaluate(() => ({
  state: document.documentElement.dataset.state,
  updates: Number(document.documentElement.dataset.updates ?? 0),
  highlighted: Number(document.documentElement.dataset.highlighted ?? -1),
  mode: document.documentElement.dataset.highlightMode,
  status: document.getElementById('status').textContent,
  bullets: [...document.querySelectorAll('#summary li a')].map((b) => b.textContent),
  facts: [...document.querySelectorAll('#facts li:not(.fact-group)')].map((li) => ({
    text: li.querySelector('.fact-text').textContent,
    group: li.closest('.fact-group')?.dataset.group ?? ''})),
}));

async function waitForPanel(panel, beforeUpdates = 0, timeout = 20000) {
  await panel.waitForFunction((n) => {
    const d = document.documentElement.dataset;
    return Number(d.updates ?? 0) > n && d.state !== 'loading';
  }, beforeUpdates, {timeout});
  return panelState(panel);
}

// What the in-page highlighter holds, asked from the extension page.
const highlighterState = (panel, tabId) => panel.evaluate(async (t) => {
  const [r] = await chrome.scripting.executeScript({target: {tabId: t},
    func: () => globalThis[Symbol.for('precis.highlighter')]?.state() ?? null});
  return r.result;
}, tabId);

describe('extension in Chromium', {skip}, () => {
  let pages;
  let context;
  let extId;
  let buildDir;
  let userDir;
  let texts;
  let panel;
  const requests = [];

  before(async () => {
    await requirePrerequisites();
    texts = articleTexts();
    buildDir = mkdtempSync(path.join(tmpdir(), 'precis-ext-'));
    userDir = mkdtempSync(path.join(tmpdir(), 'precis-ext-profile-'));
    pages = await startPages(texts);
    const built = buildExtension({out: buildDir, wasmDir, quiet: true,
      extraHostPermissions: ['http://127.0.0.1/*']});
    ({context, id: extId} = await launchWithExtension(built.dirs.chrome, userDir));
    context.on('request', (r) => requests.push(r.url()));
    panel = await context.newPage();
    await panel.goto(`chrome-extension://${extId}/panel.html?tab=-1`);
    await panel.evaluate(() => chrome.storage.local.set({sentences: 4, highlightMode: 'auto'}));
  });

  after(async () => {
    await context?.close();
    await stopPages(pages);
    for (const d of [buildDir, userDir]) if (d) rmSync(d, {recursive: true, force: true});
  });

  // Opens a page in a tab, then the popup page for that tab.
  let visits = 0;
  async function summarizeTab(pageUrl, query = '') {
    // A query of its own, so that the tab is found by its URL even if an
    // earlier test left a tab with the same page open.
    const url = `${pageUrl}?visit=${++visits}`;
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await panel.evaluate(async (u) => (await chrome.tabs.query({url: u}))[0]?.id, url);
    assert.equal(typeof tabId, 'number', `tab of ${url}`);
    await panel.goto(`chrome-extension://${extId}/panel.html?tab=${tabId}${query}`);
    const s = await waitForPanel(panel);
    return {page, tabId, s};
  }

  async function checkHighlights(page, tabId, s) {
    const h = await highlighterState(panel, tabId);
    assert.equal(h.mode, 'highlight');
    assert.equal(h.ranges, s.bullets.length, 'every summary sentence is found in the page');
    assert.equal(s.highlighted, s.bullets.length);
    assert.deepEqual(h.texts, s.bullets.map(collapse), 'the highlighted text is the summary text');
    // The page itself sees the highlight (CSS Custom Highlight API).
    const size = await page.evaluate(() => CSS.highlights.get('precis-summary')?.size ?? 0);
    assert.equal(size, s.bullets.length);
  }

  test('summarizes each article page and highlights the sentences in it', async () => {
    for (let i = 0; i < texts.length; i++) {
      const url = `${pages.origin}/article/${i}.html`;
      const {page, tabId, s} = await summarizeTab(url);
      assert.equal(s.state, 'ready', `${texts[i].name}: ${s.status}`);
      assert.ok(s.bullets.length >= 1 && s.bullets.length <= 4, `${texts[i].name}: ${s.bullets.length}`);
      const pageText = collapse(await page.evaluate(() => document.querySelector('article').innerText));
      for (const b of s.bullets) assert.ok(pageText.includes(collapse(b)), `${texts[i].name}: ${b}`);
      await checkHighlights(page, tabId, s);
      // Key facts below the summary, words of the article, grouped by
      // subject where the article has subjects.
      assert.ok(s.facts.length >= 1, `${texts[i].name}: key facts`);
      for (const f of s.facts) assert.ok(pageText.includes(collapse(f.text).split(' ').slice(0, 3).join(' ')), f.text);
      if (texts[i].name === 'blinken-trip-koreatimes.txt') {
        // (The page's title is the article's first paragraph, so the
        // facts differ a little from the pasted text's.)
        assert.equal(s.facts.find((f) => f.text.includes('$3.64 billion'))?.group, 'Japan');
      }
      if (i === 0) {
        mkdirSync(artifactsDir, {recursive: true});
        await panel.screenshot({path: path.join(artifactsDir, 'extension-panel.png')});
        await page.screenshot({path: path.join(artifactsDir, 'extension-page.png')});
      }
      await page.close();
    }
  });

  test('the toolbar popup summarizes the active tab', async () => {
    // action.openPopup() opens the real popup, as a click on the button
    // does; the popup finds the active tab itself. Playwright does not see
    // popups, so the extension's own page reads it through getViews().
    const page = await context.newPage();
    await page.goto(`${pages.origin}/article/0.html`);
    await page.bringToFront();
    const [worker] = context.serviceWorkers();
    await worker.evaluate(() => chrome.action.openPopup());
    await panel.waitForFunction(() => {
      const [popup] = chrome.extension.getViews({type: 'popup'});
      return ['ready', 'empty', 'error'].includes(popup?.document?.documentElement?.dataset.state);
    }, null, {timeout: 20000});
    const s = await panel.evaluate(() => {
      const [popup] = chrome.extension.getViews({type: 'popup'});
      const doc = popup.document;
      const result = {state: doc.documentElement.dataset.state, status: doc.getElementById('status').textContent,
        highlighted: Number(doc.documentElement.dataset.highlighted),
        bullets: [...doc.querySelectorAll('#summary li a')].map((b) => b.textContent)};
      popup.close();
      return result;
    });
    assert.equal(s.state, 'ready', s.status);
    assert.equal(s.bullets.length, 4);
    assert.equal(s.highlighted, 4);
    assert.equal(await page.evaluate(() => CSS.highlights.get('precis-summary')?.size ?? 0), 4);
    await page.close();
  });

  test('clicking a bullet scrolls the page to its sentence', async () => {
    const {page, tabId, s} = await summarizeTab(`${pages.origin}/article/0.html`);
    assert.equal(s.state, 'ready');
    const last = s.bullets.length - 1;
    assert.ok(last >= 1, 'the fixture gives more than one sentence');
    const y0 = await page.evaluate(() => window.scrollY);
    await panel.click(`#summary li:nth-child(${last + 1}) a`);
    await page.waitForFunction(() => CSS.highlights.get('precis-active')?.size === 1, null, {timeout: 5000});
    const where = await page.evaluate(() => {
      const [range] = CSS.highlights.get('precis-active');
      const box = range.getBoundingClientRect();
      return {top: box.top, bottom: box.bottom, height: innerHeight, y: scrollY, text: range.toString()};
    });
    assert.equal(collapse(where.text), collapse(s.bullets[last]));
    assert.ok(where.top >= 0 && where.bottom <= where.height, `in view: ${JSON.stringify(where)}`);
    assert.ok(where.y > y0, `scrolled from ${y0} to ${where.y}`);
    assert.equal((await highlighterState(panel, tabId)).active, last);
    await page.close();
  });

  test('the length control changes the summary and the highlights', async () => {
    const {page, tabId, s} = await summarizeTab(`${pages.origin}/article/0.html`);
    assert.equal(s.bullets.length, 4);
    for (const n of [2, 6]) {
      const beforeUpdates = (await panelState(panel)).updates;
      await panel.evaluate((v) => {
        const slider = document.getElementById('length');
        slider.value = String(v);
        slider.dispatchEvent(new Event('input', {bubbles: true}));
      }, n);
      const after2 = await waitForPanel(panel, beforeUpdates);
      assert.equal(after2.state, 'ready');
      assert.equal(after2.bullets.length, n);
      await checkHighlights(page, tabId, after2);
    }
    const stored = await panel.evaluate(() => chrome.storage.local.get('sentences'));
    assert.equal(stored.sentences, 6, 'the length is remembered');
    await panel.evaluate(() => chrome.storage.local.set({sentences: 4}));
    await page.close();
  });

  test('copy as Markdown puts the summary on the clipboard', async () => {
    const {page, s} = await summarizeTab(`${pages.origin}/article/0.html`);
    assert.equal(s.state, 'ready');
    await panel.bringToFront();
    await panel.click('#copy');
    await panel.waitForFunction(() => /Copied/.test(document.getElementById('status').textContent),
      null, {timeout: 5000});
    // Read back from the test page's origin (an extension origin cannot be
    // granted clipboard-read here).
    await context.grantPermissions(['clipboard-read'], {origin: pages.origin});
    await page.bringToFront();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    const lines = md.split('\n');
    assert.equal(lines[0], '# Harbor ferry returns after two-year pause');
    assert.match(lines[2], new RegExp(`^Source: <${pages.origin}/article/0\\.html\\?visit=\\d+>$`));
    const facts = lines.indexOf('## Key facts');
    assert.ok(facts > 0, 'key facts after the summary');
    assert.deepEqual(lines.slice(0, facts).filter((l) => l.startsWith('- ')).map((l) => l.slice(2)),
      s.bullets.map(collapse));
    assert.deepEqual(lines.slice(facts).filter((l) => l.startsWith('- ')).map((l) => l.slice(2)),
      s.facts.map((f) => escapeMarkdown(collapse(f.text))));
    assert.match(md, /\n\*\*Keywords:\*\* .*ferry/);
    await page.close();
  });

  test('works on a page with a strict Content Security Policy', async () => {
    const errors = [];
    const {page, tabId, s} = await summarizeTab(`${pages.origin}/strict/0.html`);
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    assert.equal(s.state, 'ready', s.status);
    assert.ok(s.bullets.length >= 1);
    await checkHighlights(page, tabId, s);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('summarizes the selection only', async () => {
    const url = `${pages.origin}/article/0.html?selection`;
    const page = await context.newPage();
    await page.goto(url);
    const selected = await page.evaluate(() => {
      const ps = document.querySelectorAll('article p');
      const range = document.createRange();
      range.setStartBefore(ps[6]);
      range.setEndAfter(ps[10]);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return getSelection().toString();
    });
    const tabId = await panel.evaluate(async (u) => (await chrome.tabs.query({url: u}))[0]?.id, url);
    await panel.goto(`chrome-extension://${extId}/panel.html?tab=${tabId}&mode=selection`);
    const s = await waitForPanel(panel);
    assert.equal(s.state, 'ready', s.status);
    assert.match(s.status, /selection/);
    for (const b of s.bullets) assert.ok(collapse(selected).includes(collapse(b)), b);
    await checkHighlights(page, tabId, s);
    // Nothing selected: a message, no summary.
    await page.evaluate(() => getSelection().removeAllRanges());
    await panel.reload();
    const empty = await waitForPanel(panel);
    assert.equal(empty.state, 'empty');
    assert.deepEqual(empty.bullets, []);
    await page.close();
  });

  test('the context menu item opens the popup on the selection', async () => {
    const url = `${pages.origin}/article/0.html?menu`;
    const page = await context.newPage();
    await page.goto(url);
    await page.bringToFront();
    const selected = await page.evaluate(() => {
      const ps = document.querySelectorAll('article p');
      const range = document.createRange();
      range.setStartBefore(ps[2]);
      range.setEndAfter(ps[5]);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return getSelection().toString();
    });
    const tabId = await panel.evaluate(async (u) => (await chrome.tabs.query({url: u}))[0]?.id, url);
    // What a click on the menu item calls, with the arguments it gets.
    const [worker] = context.serviceWorkers();
    await worker.evaluate(({id, text}) => globalThis.precisSummarizeSelection(
      {menuItemId: 'precis-summarize-selection', selectionText: text}, {id}), {id: tabId, text: selected});
    await panel.waitForFunction(() => {
      const [popup] = chrome.extension.getViews({type: 'popup'});
      return ['ready', 'empty', 'error'].includes(popup?.document?.documentElement?.dataset.state);
    }, null, {timeout: 20000});
    const s = await panel.evaluate(() => {
      const [popup] = chrome.extension.getViews({type: 'popup'});
      const doc = popup.document;
      const result = {state: doc.documentElement.dataset.state, status: doc.getElementById('status').textContent,
        pressed: doc.getElementById('mode-selection').getAttribute('aria-pressed'),
        bullets: [...doc.querySelectorAll('#summary li a')].map((b) => b.textContent)};
      popup.close();
      return result;
    });
    assert.equal(s.state, 'ready', s.status);
    assert.equal(s.pressed, 'true');
    assert.match(s.status, /selection/);
    assert.ok(s.bullets.length >= 1);
    for (const b of s.bullets) assert.ok(collapse(selected).includes(collapse(b)), b);
    // The request is used once: the next popup reads the whole page.
    const again = await panel.evaluate(() => chrome.runtime.sendMessage({type: 'take-pending'}));
    assert.deepEqual(again, {pending: null});
    await page.close();
  });

  test('<mark> highlights wrap the sentences and are removed cleanly', async () => {
    await panel.evaluate(() => chrome.storage.local.set({highlightMode: 'marks'}));
    const url = `${pages.origin}/strict/0.html?marks`;
    const page = await context.newPage();
    await page.goto(url);
    const html0 = await page.evaluate(() => document.body.innerHTML);
    const tabId = await panel.evaluate(async (u) => (await chrome.tabs.query({url: u}))[0]?.id, url);
    await panel.goto(`chrome-extension://${extId}/panel.html?tab=${tabId}`);
    const s = await waitForPanel(panel);
    await panel.evaluate(() => chrome.storage.local.set({highlightMode: 'auto'}));
    assert.equal(s.state, 'ready', s.status);
    assert.equal(s.mode, 'marks');
    assert.equal(s.highlighted, s.bullets.length);
    const marked = await page.evaluate(() => [...document.querySelectorAll('mark.precis-mark')]
      .map((m) => m.textContent).join(''));
    assert.equal(collapse(marked).replace(/ /g, ''), s.bullets.map((b) => collapse(b)).join('').replace(/ /g, ''));
    await panel.click('#summary li:nth-child(2) a');
    await page.waitForSelector('mark.precis-mark-active', {timeout: 5000});
    await panel.click('#clear');
    await page.waitForFunction(() => !document.querySelector('mark.precis-mark'), null, {timeout: 5000});
    assert.equal(await page.evaluate(() => document.body.innerHTML), html0, 'the page is as it was');
    await page.close();
  });

  test('a page the extension may not read gives a message, not a crash', async () => {
    // Without the tabs permission a chrome:// tab's URL is hidden: it is the
    // one tab that was not there before.
    const tabIds = () => panel.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const before2 = await tabIds();
    const page = await context.newPage();
    await page.goto('chrome://version/');
    const fresh = (await tabIds()).filter((t) => !before2.includes(t));
    assert.equal(fresh.length, 1);
    const [tabId] = fresh;
    await panel.goto(`chrome-extension://${extId}/panel.html?tab=${tabId}`);
    const s = await waitForPanel(panel);
    assert.equal(s.state, 'error');
    assert.match(s.status, /cannot read this page/);
    await panel.goto(`chrome-extension://${extId}/panel.html?tab=nonsense`);
    assert.equal((await waitForPanel(panel)).state, 'error');
    await panel.goto(`chrome-extension://${extId}/panel.html?tab=987654321`);
    assert.equal((await waitForPanel(panel)).state, 'error');
    await page.close();
  });

  // Calls a method of the highlighter in the tab's isolated world.
  const highlighterCall = (tabId, method, arg) => panel.evaluate(async ({t, m, a}) => {
    const [r] = await chrome.scripting.executeScript({target: {tabId: t}, args: [m, a],
      func: (name, value) => globalThis[Symbol.for('precis.highlighter')][name](value)});
    return r.result;
  }, {t: tabId, m: method, a: arg ?? null});

  async function openTab(url) {
    const page = await context.newPage();
    await page.goto(url);
    const tabId = await panel.evaluate(async (u) => (await chrome.tabs.query({url: u}))[0]?.id, url);
    assert.equal(typeof tabId, 'number', `tab of ${url}`);
    return {page, tabId};
  }

  test('a page over the engine limit in bytes of UTF-8 is cut at a paragraph, not refused', async () => {
    const {page, tabId} = await openTab(`${pages.origin}/cjk.html?visit=${++visits}`);
    // The extractor measures in the engine's unit (bytes of UTF-8): the
    // Chinese page is 4.8 MB of UTF-8 but only 1.6 million UTF-16 units.
    const r = await panel.evaluate(async (t) => {
      await chrome.scripting.executeScript({target: {tabId: t}, files: ['content/extract.js']});
      const [x] = await chrome.scripting.executeScript({target: {tabId: t}, func: () => {
        const out = globalThis[Symbol.for('precis.extract')]('article');
        return {units: out.text.length, bytes: new TextEncoder().encode(out.text).length,
          endsAtParagraph: out.text.endsWith('。')};
      }});
      return x.result;
    }, tabId);
    const limit = 4 * 1024 * 1024;
    assert.ok(r.bytes <= limit, `cut to the limit: ${r.bytes} bytes`);
    assert.ok(r.bytes > limit - 4096, `cut near the limit: ${r.bytes} bytes`);
    assert.ok(r.endsAtParagraph, 'cut at the end of a paragraph');
    await page.close();
  });

  test('a page cannot switch the highlighter off with elements named like it', async () => {
    const errors = [];
    const url = `${pages.origin}/hostile/0.html?visit=${++visits}`;
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    // The named elements are there, as window properties of the page.
    assert.equal(await page.evaluate(() => typeof (/** @type {any} */ (window)).precisHighlighter), 'object');
    const tabId = await panel.evaluate(async (u) => (await chrome.tabs.query({url: u}))[0]?.id, url);
    await panel.goto(`chrome-extension://${extId}/panel.html?tab=${tabId}`);
    const s = await waitForPanel(panel);
    assert.equal(s.state, 'ready', s.status);
    await checkHighlights(page, tabId, s);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('highlights reach into same-origin frames and open shadow roots', async () => {
    const {page, tabId} = await openTab(`${pages.origin}/frames.html?visit=${++visits}`);
    const shown = await panel.evaluate(async ({t, list}) => {
      await chrome.scripting.executeScript({target: {tabId: t}, files: ['content/highlight.js']});
      const [x] = await chrome.scripting.executeScript({target: {tabId: t},
        func: (l) => globalThis[Symbol.for('precis.highlighter')].show(l), args: [list]});
      return x.result;
    }, {t: tabId, list: FRAME_SENTENCES});
    assert.deepEqual(shown.found, [true, true, true]);
    const seen = await page.evaluate(() => ({
      page: CSS.highlights.get('precis-summary')?.size ?? 0,
      frame: document.querySelector('iframe').contentWindow.CSS.highlights.get('precis-summary')?.size ?? 0,
      texts: [...CSS.highlights.get('precis-summary')].map((r) => r.toString()),
      frameText: [...document.querySelector('iframe').contentWindow.CSS.highlights.get('precis-summary')]
        .map((r) => r.toString()),
    }));
    assert.equal(seen.page, 2, 'the page and its shadow root');
    assert.equal(seen.frame, 1, 'the frame');
    assert.deepEqual([...seen.texts].sort(), [FRAME_SENTENCES[0], FRAME_SENTENCES[2]].sort());
    assert.deepEqual(seen.frameText, [FRAME_SENTENCES[1]]);
    // Scrolling to the frame's sentence sets the active highlight there.
    const scrolled = await highlighterCall(tabId, 'scrollTo', 1);
    assert.equal(scrolled, true);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').contentWindow.CSS.highlights
      .get('precis-active')?.size ?? 0), 1);
    await highlighterCall(tabId, 'clear');
    assert.equal(await page.evaluate(() => document.querySelector('iframe').contentWindow.CSS.highlights.size), 0);
    await page.close();
  });

  test('the title is the article title in both modes, without the site name', async () => {
    const url = `${pages.origin}/titled/0.html?visit=${++visits}`;
    const page = await context.newPage();
    await page.goto(url);
    assert.match(await page.title(), new RegExp(SITE_NAME));
    await page.evaluate(() => {
      const ps = document.querySelectorAll('article p');
      const range = document.createRange();
      range.setStartBefore(ps[1]);
      range.setEndAfter(ps[4]);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    const tabId = await panel.evaluate(async (u) => (await chrome.tabs.query({url: u}))[0]?.id, url);
    const titles = [];
    for (const mode of ['article', 'selection']) {
      await panel.goto(`chrome-extension://${extId}/panel.html?tab=${tabId}&mode=${mode}`);
      const s = await waitForPanel(panel);
      assert.equal(s.state, 'ready', `${mode}: ${s.status}`);
      titles.push(await panel.textContent('#page-title'));
    }
    assert.deepEqual(titles, ['Harbor ferry returns after two-year pause', 'Harbor ferry returns after two-year pause']);
    await page.close();
  });

  test('side panel: stays with the reader, follows the active tab, summarizes again on request', async () => {
    const sidePanel = await context.newPage();
    const first = await openTab(`${pages.origin}/article/0.html?visit=${++visits}`);
    await sidePanel.goto(`chrome-extension://${extId}/sidebar.html?tab=${first.tabId}`);
    let s = await waitForPanel(sidePanel);
    assert.equal(s.state, 'ready', s.status);
    assert.equal(await sidePanel.evaluate(() => document.documentElement.dataset.view), 'side');
    assert.ok(s.facts.length >= 1, 'key facts');
    assert.match(await sidePanel.textContent('#keywords'), /Keywords: .*ferry/);
    assert.equal(await sidePanel.isVisible('#refresh'), true);
    assert.equal(await sidePanel.isVisible('#open-side'), false);
    // A click on a sentence scrolls the page to it.
    await sidePanel.click(`#summary li:nth-child(${s.bullets.length}) a`);
    await first.page.waitForFunction(() => CSS.highlights.get('precis-active')?.size === 1, null, {timeout: 5000});
    assert.ok(await first.page.evaluate(() => scrollY) > 0, 'the page scrolled');
    mkdirSync(artifactsDir, {recursive: true});
    await sidePanel.screenshot({path: path.join(artifactsDir, 'extension-side-panel.png')});
    if (process.env.PRECIS_SCREENSHOTS === '1') {
      // The README's picture: the side panel at a side panel's width.
      await sidePanel.setViewportSize({width: 400, height: 760});
      await sidePanel.screenshot({path: path.join(docsDir, 'side-panel.png')});
      await sidePanel.setViewportSize({width: 900, height: 500});
    }
    // Another tab becomes active: without "Update when the page changes" the
    // panel says so and keeps the summary until asked.
    let before = s.updates;
    const second = await openTab(`${pages.origin}/titled/0.html?visit=${++visits}`);
    await second.page.bringToFront();
    s = await waitForPanel(sidePanel, before);
    assert.equal(s.state, 'stale', s.status);
    assert.match(s.status, /Another tab|page has changed/);
    assert.ok(s.bullets.length >= 1, 'the old summary stays');
    before = s.updates;
    await sidePanel.click('#refresh');
    s = await waitForPanel(sidePanel, before);
    assert.equal(s.state, 'ready', s.status);
    assert.equal(s.highlighted, s.bullets.length);
    assert.equal(await second.page.evaluate(() => CSS.highlights.get('precis-summary')?.size ?? 0), s.bullets.length);
    // With the option on, activating and navigating tabs summarize at once.
    await sidePanel.check('#follow');
    before = s.updates;
    await first.page.bringToFront();
    s = await waitForPanel(sidePanel, before);
    assert.equal(s.state, 'ready', s.status);
    assert.equal(await first.page.evaluate(() => CSS.highlights.get('precis-summary')?.size ?? 0), s.bullets.length);
    before = s.updates;
    await first.page.goto(`${pages.origin}/article/${texts.length > 1 ? 1 : 0}.html?visit=${++visits}`);
    s = await waitForPanel(sidePanel, before);
    assert.equal(s.state, 'ready', s.status);
    assert.equal(await first.page.evaluate(() => CSS.highlights.get('precis-summary')?.size ?? 0), s.bullets.length);
    await sidePanel.uncheck('#follow');
    assert.deepEqual(await panel.evaluate(() => chrome.storage.local.get('followTabs')), {followTabs: false});
    // The browser's side panel shows this page; the popup's button opens it
    // (a click: sidePanel.open needs one), and it summarizes the active tab.
    assert.equal((await sidePanel.evaluate(() => chrome.sidePanel.getOptions({}))).path, 'sidebar.html');
    await first.page.bringToFront();
    await panel.goto(`chrome-extension://${extId}/panel.html?tab=${first.tabId}`);
    await waitForPanel(panel);
    await panel.click('#open-side');
    const opened = await panel.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        const contexts = await chrome.runtime.getContexts({contextTypes: ['SIDE_PANEL']});
        if (contexts.length) return contexts.map((c) => c.documentUrl);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return [];
    });
    assert.deepEqual(opened, [`chrome-extension://${extId}/sidebar.html`]);
    const real = await panel.evaluate(async () => {
      for (let i = 0; i < 200; i++) {
        const view = chrome.extension.getViews().find((v) => v.location.pathname === '/sidebar.html');
        const d = view?.document.documentElement.dataset;
        if (d && ['ready', 'empty', 'error'].includes(d.state)) {
          return {state: d.state, status: view.document.getElementById('status').textContent,
            bullets: view.document.querySelectorAll('#summary li').length};
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    });
    assert.equal(real?.state, 'ready', JSON.stringify(real));
    assert.equal(await first.page.evaluate(() => CSS.highlights.get('precis-summary')?.size ?? 0), real.bullets);
    // A tab that no click granted: the panel offers to ask for access.
    const other = await context.newPage();
    await other.goto(`${pages.otherOrigin}/article/0.html`);
    const otherId = await panel.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url === undefined
      || t.url.startsWith('http://localhost'))?.id);
    await sidePanel.goto(`chrome-extension://${extId}/sidebar.html?tab=${otherId}`);
    s = await waitForPanel(sidePanel);
    assert.equal(s.state, 'error', s.status);
    assert.equal(await sidePanel.isVisible('#allow-read'), true);
    await sidePanel.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.asked = [];
      chrome.permissions.request = async (p) => {
        w.asked.push(p.origins);
        return false;
      };
    });
    before = s.updates;
    await sidePanel.click('#allow-read');
    s = await waitForPanel(sidePanel, before);
    assert.match(s.status, /not allowed to read/);
    assert.deepEqual(await sidePanel.evaluate(() => /** @type {any} */ (window).asked), [['http://*/*', 'https://*/*']]);
    for (const p of [sidePanel, first.page, second.page, other]) await p.close();
  });

  // The preview card's frame (preview.html inside the closed shadow root).
  async function previewFrame(page) {
    let frame = null;
    for (let i = 0; i < 100 && !frame; i++) {
      frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${extId}/preview.html`))
        ?? page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/preview\.html/.test(f.url())) ?? null;
      if (!frame) await page.waitForTimeout(100);
    }
    assert.ok(frame, 'the card is shown');
    return frame;
  }

  test('link preview: fetched without cookies, summarized, out of the page scripts\' reach', async () => {
    const {page, tabId} = await openTab(`${pages.origin}/links.html?visit=${++visits}`);
    // The page set a cookie on its origin, which the link shares.
    assert.match(await page.evaluate(() => document.cookie), /precis_test_session=secret/);
    const linkUrl = `${pages.origin}/target/0.html`;
    await page.hover('#near');
    const logged = pages.log.length;
    const [worker] = context.serviceWorkers();
    await worker.evaluate(({id, url}) => globalThis.precisMenuClick(
      {menuItemId: 'precis-preview-link', linkUrl: url, frameId: 0}, {id}), {id: tabId, url: linkUrl});
    const frame = await previewFrame(page);
    await frame.waitForFunction(() => ['ready', 'empty', 'error', 'ask'].includes(document.documentElement.dataset.state),
      null, {timeout: 20000});
    const card = await frame.evaluate(() => ({state: document.documentElement.dataset.state,
      status: document.getElementById('status').textContent, title: document.getElementById('title').textContent,
      site: document.getElementById('site').textContent, ms: Number(document.documentElement.dataset.ms),
      points: [...document.querySelectorAll('#points li')].map((li) => li.textContent)}));
    assert.equal(card.state, 'ready', card.status);
    assert.equal(card.title, 'Harbor ferry returns after two-year pause', 'the page\'s script did not run');
    assert.match(card.site, new RegExp(`^${SITE_NAME} · \\d+ min read$`));
    assert.equal(card.points.length, 3);
    const article = collapse(FIXTURE);
    for (const p of card.points) assert.ok(article.includes(p), p);
    // Fetched once, without the cookie.
    const requests = pages.log.slice(logged);
    assert.deepEqual(requests.map((r) => r.path), ['/target/0.html']);
    assert.equal(requests[0].cookie, null, 'no Cookie header');
    // (The same request with credentials would carry it: the test can tell.)
    await panel.evaluate((u) => fetch(u, {credentials: 'include'}).then((r) => r.text()), linkUrl);
    assert.match(String(pages.log.at(-1).cookie), /precis_test_session=secret/);
    // The page's script saw a host element and nothing inside it; the
    // page's !important rules did not hide the card.
    const spy = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      return {...w.spy, inText: document.body.innerText, frames: document.querySelectorAll('iframe').length};
    });
    assert.equal(spy.added, 1);
    assert.deepEqual(spy.shadowRoots, [null], 'a closed shadow root');
    assert.equal(spy.frames, 0);
    assert.deepEqual(spy.texts, ['']);
    for (const p of card.points) assert.ok(!spy.inText.includes(p.slice(0, 30)), 'the key points are not in the page');
    const box = await page.evaluate(() => {
      const host = document.body.lastElementChild;
      const r = host.getBoundingClientRect();
      return {width: r.width, height: r.height, display: getComputedStyle(host).display};
    });
    assert.ok(box.width > 300 && box.height > 200 && box.display === 'block', JSON.stringify(box));
    if (process.env.PRECIS_SCREENSHOTS === '1') {
      await page.screenshot({path: path.join(docsDir, 'link-preview.png'), clip: {x: 0, y: 0, width: 640, height: 440}});
    }
    mkdirSync(artifactsDir, {recursive: true});
    await page.screenshot({path: path.join(artifactsDir, 'extension-link-preview.png')});
    // Escape closes it.
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.body.lastElementChild.tagName), 'SCRIPT');
    await page.close();
  });

  test('link preview by shortcut: the focused link', async () => {
    const {page, tabId} = await openTab(`${pages.origin}/links.html?visit=${++visits}`);
    await page.focus('#near');
    const [worker] = context.serviceWorkers();
    const r = await worker.evaluate((id) => globalThis.precisPreviewLink({id}, null), tabId);
    assert.deepEqual(r, {shown: true, url: `${pages.origin}/target/0.html`});
    const frame = await previewFrame(page);
    await frame.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, {timeout: 20000});
    // Nothing focused: no card, and it says why.
    await page.keyboard.press('Escape');
    await page.evaluate(() => /** @type {any} */ (document.activeElement)?.blur());
    const none = await worker.evaluate((id) => globalThis.precisPreviewLink({id}, null), tabId);
    assert.equal(none.shown, false);
    await page.close();
  });

  test('link preview: the permission is asked for at first use, and a refusal is handled', async () => {
    const {page, tabId} = await openTab(`${pages.origin}/links.html?visit=${++visits}`);
    const linkUrl = `${pages.otherOrigin}/target/0.html`;
    const logged = pages.log.length;
    const [worker] = context.serviceWorkers();
    await worker.evaluate(({id, url}) => globalThis.precisMenuClick(
      {menuItemId: 'precis-preview-link', linkUrl: url, frameId: 0}, {id}), {id: tabId, url: linkUrl});
    const frame = await previewFrame(page);
    await frame.waitForFunction(() => document.documentElement.dataset.state === 'ask', null, {timeout: 20000});
    assert.equal(await frame.isVisible('#allow'), true);
    assert.match(await frame.textContent('#ask'), /without your cookies/);
    assert.equal(pages.log.length, logged, 'nothing is fetched before the user allows it');
    // The browser's prompt cannot be answered from a test: the request is
    // recorded (it must come from the click) and refused.
    await frame.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.asked = [];
      chrome.permissions.request = async (p) => {
        w.asked.push({origins: p.origins, gesture: navigator.userActivation.isActive});
        return false;
      };
    });
    await frame.click('#allow');
    await frame.waitForFunction(() => document.documentElement.dataset.state === 'denied', null, {timeout: 5000});
    assert.deepEqual(await frame.evaluate(() => /** @type {any} */ (window).asked),
      [{origins: ['http://*/*', 'https://*/*'], gesture: true}]);
    assert.match(await frame.textContent('#status'), /not allowed to fetch linked pages/);
    assert.equal(pages.log.length, logged, 'nothing is fetched after a refusal');
    await page.close();
  });

  test('no request left the browser', async () => {
    assert.ok(requests.some((u) => u.startsWith(`${pages.origin}/article/`)), 'requests are recorded');
    assert.ok(requests.some((u) => u === `chrome-extension://${extId}/lib/precis.wasm`),
      'the engine was loaded from the extension');
    // (The link preview's card is framed from a per-session address:
    // web_accessible_resources with use_dynamic_url.)
    const allowed = (u) => u.startsWith(`${pages.origin}/`) || u.startsWith(`chrome-extension://${extId}/`)
      || /^chrome-extension:\/\/[0-9a-f-]{36}\/preview\.html\?url=/.test(u)
      // (A tab opened on the second test origin; nothing was fetched from
      // it for a link preview without the permission.)
      || u.startsWith(`${pages.otherOrigin}/article/`)
      || u.startsWith('chrome://') || u.startsWith('data:') || u.startsWith('blob:');
    assert.deepEqual(requests.filter((u) => !allowed(u)), []);
  });
});

describe('the extension as built, without a user gesture', {skip}, () => {
  test('cannot read a page: activeTab is the only way in', async () => {
    await requirePrerequisites();
    const buildDir = mkdtempSync(path.join(tmpdir(), 'precis-ext-'));
    const userDir = mkdtempSync(path.join(tmpdir(), 'precis-ext-profile-'));
    const pages = await startPages([{name: 'fixture', text: FIXTURE}]);
    let context;
    try {
      const built = buildExtension({out: buildDir, wasmDir, quiet: true});
      const manifest = JSON.parse(readFileSync(path.join(built.dirs.chrome, 'manifest.json'), 'utf8'));
      assert.equal(manifest.host_permissions, undefined);
      let id;
      ({context, id} = await launchWithExtension(built.dirs.chrome, userDir));
      const page = await context.newPage();
      await page.goto(`${pages.origin}/article/0.html`);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${id}/panel.html?tab=-1`);
      // Without host permissions the extension cannot even see the tab's URL.
      const tabs = await panel.evaluate(async () => (await chrome.tabs.query({})).map((t) => ({id: t.id, url: t.url})));
      assert.ok(tabs.every((t) => t.url === undefined || t.url.startsWith('chrome-extension://')), JSON.stringify(tabs));
      for (const t of tabs) {
        await panel.goto(`chrome-extension://${id}/panel.html?tab=${t.id}`);
        const s = await waitForPanel(panel);
        if (t.url?.startsWith('chrome-extension://')) continue;
        assert.equal(s.state, 'error', `tab ${t.id}: ${s.status}`);
        assert.match(s.status, /cannot read this page/);
      }
    } finally {
      await context?.close();
      await stopPages(pages);
      rmSync(buildDir, {recursive: true, force: true});
      rmSync(userDir, {recursive: true, force: true});
    }
  });
});

const webExt = path.join(root, 'node_modules/.bin/web-ext');
const lintSkip = skip || (existsSync(webExt) ? false : 'web-ext is not installed (npm ci)');

test('the Firefox build passes web-ext lint', {skip: lintSkip, timeout: 120000}, () => {
  const buildDir = mkdtempSync(path.join(tmpdir(), 'precis-ext-'));
  try {
    const built = buildExtension({out: buildDir, wasmDir, quiet: true});
    const r = spawnSync(webExt, ['lint', '--self-hosted', '--output', 'json', '--source-dir', built.dirs.firefox],
      {encoding: 'utf8', env: {...process.env, NO_UPDATE_NOTIFIER: '1'}});
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    assert.deepEqual(report.errors, [], JSON.stringify(report.errors, null, 1));
    // The only warnings: innerHTML inside the bundled Readability and the
    // worker's import() of the engine module, and Chrome's sidePanel.open in
    // the popup (used only where the browser has it; Firefox opens its
    // sidebar_action); nothing about the manifest.
    const unexpected = report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT'
      && ['content/extract.js', 'vendor/readability.js', 'lib/summarizer-worker.js'].includes(w.file))
      && !(w.code === 'UNSUPPORTED_API' && w.file === 'panel.js' && /sidePanel\.open/.test(w.message)));
    assert.deepEqual(unexpected, [], JSON.stringify(unexpected, null, 1));
    assert.equal(r.status, 0, r.stderr);
  } finally {
    rmSync(buildDir, {recursive: true, force: true});
  }
});
