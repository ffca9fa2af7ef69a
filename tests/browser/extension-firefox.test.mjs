// The Firefox build of the extension in Firefox ESR (Debian's firefox-esr),
// driven over WebDriver BiDi by puppeteer-core without geckodriver:
//   node --test tests/browser/extension-firefox.test.mjs
// It skips with a message when firefox-esr, puppeteer-core, the wasm build or
// Readability is missing, unless PRECIS_REQUIRE_BROWSER=1 (then it fails).
// PRECIS_FIREFOX names another Firefox binary.
//
// WebDriver BiDi does not open moz-extension:// pages, so the build under
// test carries test hooks (web/build-extension.mjs testHooks,
// tests/browser/extension-hooks/): a content script on the test server's
// pages passes the test's requests to a second background script, which runs
// the popup and the side panel (panel.html, sidebar.html with ?tab=ID) as
// frames of the background page and calls the link preview; the preview card
// reports its state to it. As in the Chromium tests, the build also has the
// host permission for http://127.0.0.1/* (what activeTab grants on a click).
// Everything the tests check in the page itself (highlights, the card, the
// requests the server sees) is the real extension's doing.
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';

import {artifactsDir, missingPrerequisite, root, wasmDir} from './harness.mjs';
import {articleTexts, FIXTURE, FRAME_SENTENCES, SITE_NAME, startPages, stopPages} from './extension-pages.mjs';
import {buildExtension, manifestFor} from '../../web/build-extension.mjs';

export const firefoxPath = process.env.PRECIS_FIREFOX ?? '/usr/bin/firefox-esr';
const collapse = (s) => String(s).replace(/\s+/g, ' ').trim();

async function missingFirefox() {
  const base = await missingPrerequisite();
  if (base && !/Chromium/.test(base)) return base;
  if (!existsSync(firefoxPath)) return `no Firefox at ${firefoxPath} (apt-get install firefox-esr)`;
  try {
    await import('puppeteer-core');
  } catch {
    return 'puppeteer-core is not installed (npm ci)';
  }
  return null;
}

const missing = await missingFirefox();
const skip = missing && process.env.PRECIS_REQUIRE_BROWSER !== '1' ? missing : false;

// Asks the test hooks (see above) from the page.
function hook(page, request) {
  return page.evaluate((req) => new Promise((resolve) => {
    const id = `${Date.now()}-${Math.random()}`;
    const on = (event) => {
      if (event.data?.precisTestReply?.id !== id) return;
      removeEventListener('message', on);
      resolve(event.data.precisTestReply.reply);
    };
    addEventListener('message', on);
    postMessage({precisTest: {...req, id}}, '*');
  }), request);
}

describe('extension in Firefox ESR', {skip}, () => {
  let browser;
  let pages;
  let buildDir;
  let texts;
  let page;

  before(async () => {
    if (missing) throw new Error(`Firefox tests cannot run: ${missing}`);
    texts = articleTexts();
    pages = await startPages(texts);
    buildDir = mkdtempSync(path.join(tmpdir(), 'precis-ext-ff-'));
    const built = buildExtension({out: buildDir, wasmDir, quiet: true, extraHostPermissions: ['http://127.0.0.1/*'],
      testHooks: path.join(root, 'tests/browser/extension-hooks')});
    const puppeteer = (await import('puppeteer-core')).default;
    browser = await puppeteer.launch({browser: 'firefox', executablePath: firefoxPath, headless: true,
      extraPrefsFirefox: {'xpinstall.signatures.required': false}});
    const id = await browser.installExtension(built.dirs.firefox);
    assert.equal(id, manifestFor('firefox', {version: '0'}).browser_specific_settings.gecko.id);
    page = await browser.newPage();
    await page.setViewport({width: 900, height: 500});
  });

  after(async () => {
    await browser?.close();
    await stopPages(pages);
    if (buildDir) rmSync(buildDir, {recursive: true, force: true});
  });

  const highlights = (name = 'precis-summary') => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);

  test('summarizes news pages and highlights the sentences in them', async () => {
    for (const i of texts.length > 2 ? [0, 2] : [0]) {
      await page.goto(`${pages.origin}/article/${i}.html`);
      const s = await hook(page, {action: 'panel', view: 'popup'});
      assert.equal(s.state, 'ready', `${texts[i].name}: ${s.status}`);
      assert.ok(s.bullets.length >= 1);
      const text = collapse(await page.evaluate(() => document.querySelector('article').innerText));
      for (const b of s.bullets) assert.ok(text.includes(collapse(b)), b);
      assert.equal(s.highlighted, s.bullets.length);
      assert.equal(await highlights(), s.bullets.length);
      assert.ok(s.facts >= 1, 'key facts');
    }
  });

  test('a page cannot switch the highlighter off with elements named like it', async () => {
    await page.goto(`${pages.origin}/hostile/0.html`);
    const s = await hook(page, {action: 'panel', view: 'popup'});
    assert.equal(s.state, 'ready', s.status);
    assert.equal(s.highlighted, s.bullets.length);
    assert.equal(await highlights(), s.bullets.length);
  });

  test('highlights reach into same-origin frames and open shadow roots', async () => {
    await page.goto(`${pages.origin}/frames.html`);
    const shown = await hook(page, {action: 'highlight', sentences: FRAME_SENTENCES});
    assert.deepEqual(shown.found, [true, true, true]);
    assert.equal(await highlights(), 2);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').contentWindow.CSS.highlights
      .get('precis-summary')?.size ?? 0), 1);
  });

  test('the sidebar: summary, facts, keywords; a click scrolls; it follows navigation when asked', async () => {
    await page.goto(`${pages.origin}/titled/0.html`);
    let s = await hook(page, {action: 'panel', view: 'side'});
    assert.equal(s.state, 'ready', s.status);
    assert.equal(s.view, 'side');
    assert.equal(s.title, 'Harbor ferry returns after two-year pause');
    assert.ok(s.facts >= 1);
    assert.match(s.keywords, /ferry/);
    await hook(page, {action: 'panel-click', view: 'side', selector: '#summary li a', index: s.bullets.length - 1});
    await page.waitForFunction(() => CSS.highlights.get('precis-active')?.size === 1, {timeout: 5000});
    assert.ok(await page.evaluate(() => scrollY) > 0, 'the page scrolled');
    await hook(page, {action: 'panel-follow', view: 'side', on: true});
    const next = texts.length > 1 ? 1 : 0;
    await page.goto(`${pages.origin}/article/${next}.html?next`);
    s = await hook(page, {action: 'panel-state', view: 'side', after: s.updates});
    assert.equal(s.state, 'ready', s.status);
    assert.equal(await highlights(), s.bullets.length);
    await hook(page, {action: 'panel-follow', view: 'side', on: false});
    // Firefox's sidebar shows this page.
    assert.match(await hook(page, {action: 'sidebar-panel'}), /^moz-extension:\/\/[^/]+\/sidebar\.html$/);
  });

  test('link preview: no cookies sent, key points shown, out of the page scripts\' reach', async () => {
    await page.goto(`${pages.origin}/links.html`);
    assert.match(await page.evaluate(() => document.cookie), /precis_test_session=secret/);
    const logged = pages.log.length;
    const r = await hook(page, {action: 'preview', url: `${pages.origin}/target/0.html`});
    assert.equal(r.shown, true);
    const card = await hook(page, {action: 'preview-state', states: ['ready', 'empty', 'error', 'ask', 'denied']});
    assert.equal(card?.state, 'ready', JSON.stringify(card));
    assert.equal(card.title, 'Harbor ferry returns after two-year pause');
    assert.match(card.site, new RegExp(`^${SITE_NAME} · \\d+ min read$`));
    assert.equal(card.points.length, 3);
    for (const p of card.points) assert.ok(collapse(FIXTURE).includes(p), p);
    const requests = pages.log.slice(logged);
    assert.deepEqual(requests.map((q) => q.path), ['/target/0.html']);
    assert.equal(requests[0].cookie, null, 'no Cookie header');
    const spy = await page.evaluate(() => ({...(/** @type {any} */ (window)).spy,
      inText: document.body.innerText}));
    assert.deepEqual(spy.shadowRoots, [null], 'a closed shadow root');
    assert.equal(spy.frames, 0);
    for (const p of card.points) assert.ok(!spy.inText.includes(p.slice(0, 30)));
    mkdirSync(artifactsDir, {recursive: true});
    await page.screenshot({path: path.join(artifactsDir, 'extension-firefox-link-preview.png')});
  });

  test('link preview on another site: the permission is asked for first; a refusal fetches nothing', async () => {
    await page.goto(`${pages.origin}/links.html?other`);
    const logged = pages.log.length;
    const r = await hook(page, {action: 'preview', url: `${pages.otherOrigin}/target/0.html`});
    assert.equal(r.shown, true);
    let card = await hook(page, {action: 'preview-state', states: ['ask', 'ready', 'error']});
    assert.equal(card?.state, 'ask', JSON.stringify(card));
    assert.equal(pages.log.length, logged);
    // The card's "Allow" button, from the keyboard (the card is the next
    // stop after the page's last link: its close button, then "Allow"):
    // Firefox's framed card cannot ask, so the extension's own window asks.
    await page.focus('#far');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const asked = await hook(page, {action: 'allow-window', grant: false});
    assert.deepEqual(asked.asked, [['http://*/*', 'https://*/*']], JSON.stringify(asked));
    assert.match(asked.status, /not allowed/);
    card = await hook(page, {action: 'preview-state', states: ['denied']});
    assert.equal(card?.state, 'denied', JSON.stringify(card));
    assert.match(card.status, /not allowed to fetch linked pages/);
    assert.equal(pages.log.length, logged, 'nothing is fetched after a refusal');
  });
});
