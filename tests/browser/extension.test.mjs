// Tests of the browser extension (web/extension): its manifests and the zip
// writer in node (its Markdown writer, web/lib/markdown.js, is tested in
// tests/js/markdown.test.mjs); the Firefox build with web-ext
// lint; and the Chrome build loaded into headless Chromium (playwright-core)
// against local test pages.
//   node --test tests/browser/extension.test.mjs
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
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import http from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {inflateRawSync, crc32} from 'node:zlib';

import {articlesDir, artifactsDir, chromiumPath, requirePrerequisites, root, skipReason, wasmDir} from './harness.mjs';
import {buildExtension, EXTENSION_CSP, manifestFor, PERMISSIONS} from '../../web/build-extension.mjs';
import {zipFiles} from '../../scripts/package-extension.mjs';
import {escapeMarkdown} from '../../web/lib/markdown.js';

const skip = await skipReason();
const collapse = (s) => String(s).replace(/\s+/g, ' ').trim();

test('extension test prerequisites are present', {skip}, async () => {
  await requirePrerequisites();
});

describe('manifests', () => {
  for (const browser of ['chrome', 'firefox']) {
    test(`${browser}: MV3, minimal permissions, strict CSP, no host permissions`, () => {
      const m = manifestFor(browser, {version: '1.2.3'});
      assert.equal(m.manifest_version, 3);
      assert.equal(m.version, '1.2.3');
      assert.deepEqual([...m.permissions].sort(), ['activeTab', 'contextMenus', 'scripting', 'storage']);
      assert.equal(m.host_permissions, undefined);
      assert.equal(m.optional_host_permissions, undefined);
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

// --- pages served to the browser ---

const FIXTURE = `Harbor ferry returns after two-year pause
The harbor ferry between Port Ellis and Kinsale Island will return to service on 3 May after a two-year pause, the regional transport office said on Tuesday.
The crossing takes 25 minutes and will run every hour from 6 a.m. to 10 p.m. on weekdays.
The old vessel, which carried about 900 passengers a day before it was withdrawn for safety repairs, has been replaced by a new hybrid ferry built in Norway.
Island businesses have said the closure cost them close to half of their summer trade.
"We have waited a long time for this," said Mara Quinn, who runs a bakery near the pier.
The transport office said fares will stay at 2023 prices until the end of the year.
A second vessel is planned for 2027 if passenger numbers return to their former level.
Engineers found corrosion in the hull of the old ferry during a routine inspection in 2023.
The regional council voted to fund the replacement after a public campaign by island residents.
The new ferry uses batteries for the harbor approach and diesel on the open water.
Its operators expect the hybrid drive to cut fuel use by about a third compared with the old vessel.
Tickets go on sale on 20 April at the harbor office and on the transport office website.`;

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));

// An article page: the first line as the heading, every other line a <p>,
// with some page chrome around it for Readability to leave out.
// Inline markup inside sentences (a link, emphasis), so that highlights
// cross element boundaries.
function inlineMarkup(html) {
  return html.replace('Port Ellis', '<a href="/ports/ellis">Port Ellis</a>')
    .replace('two-year pause, the', '<em>two-year</em> pause, the')
    .replace('25 minutes', '<strong>25</strong> minutes');
}

function articlePage(text) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const [title, ...paras] = lines;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${escapeHtml(title)}</h1>
${paras.map((p) => `<p>${inlineMarkup(escapeHtml(p))}</p>`).join('\n')}
</article><footer><p>Copyright the test site.</p></footer></body></html>`;
}

const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; "
  + "connect-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

function articleTexts() {
  const texts = [{name: 'fixture', text: FIXTURE}];
  if (existsSync(articlesDir)) {
    for (const f of readdirSync(articlesDir).filter((n) => n.endsWith('.txt')).sort()) {
      texts.push({name: f, text: readFileSync(path.join(articlesDir, f), 'utf8')});
    }
  }
  return texts;
}

async function startPages(texts) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const m = /^\/(article|strict)\/(\d+)\.html$/.exec(url.pathname);
    const entry = m ? texts[Number(m[2])] : null;
    if (!entry) {
      res.writeHead(404, {'Content-Type': 'text/plain'});
      res.end('not found');
      return;
    }
    const headers = {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'};
    if (m[1] === 'strict') headers['Content-Security-Policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    res.end(articlePage(entry.text));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {server, origin: `http://127.0.0.1:${server.address().port}`};
}

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
    func: () => globalThis.precisHighlighter?.state() ?? null});
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
    pages?.server.closeAllConnections?.();
    await new Promise((resolve) => (pages ? pages.server.close(resolve) : resolve()));
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

  test('no request left the browser', async () => {
    assert.ok(requests.some((u) => u.startsWith(`${pages.origin}/article/`)), 'requests are recorded');
    assert.ok(requests.some((u) => u === `chrome-extension://${extId}/lib/precis.wasm`),
      'the engine was loaded from the extension');
    const allowed = (u) => u.startsWith(`${pages.origin}/`) || u.startsWith(`chrome-extension://${extId}/`)
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
      pages.server.closeAllConnections?.();
      await new Promise((resolve) => pages.server.close(resolve));
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
    // worker's import() of the engine module; nothing about the manifest.
    const unexpected = report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT'
      && ['content/extract.js', 'lib/summarizer-worker.js'].includes(w.file)));
    assert.deepEqual(unexpected, [], JSON.stringify(unexpected, null, 1));
    assert.equal(r.status, 0, r.stderr);
  } finally {
    rmSync(buildDir, {recursive: true, force: true});
  }
});
