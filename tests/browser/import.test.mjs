// One HTML page gives one text: the page's import (web/app/text-import.js,
// DOMParser and Readability in Chromium), the extension's bundled content
// script (content/extract.js as build-extension.mjs writes it, run on the
// page opened in a tab) and the npm package's CLI (web/package/text.js,
// Readability over linkedom in node) read the same files to the same text.
// The extension does not put the title in front; its text is compared with
// the same extraction without the title.
//   node --test tests/browser/import.test.mjs
// Reads tests/browser/fixtures/import-article.html and, when the shared data
// is there, the first 20 pages of ../shared/data/html_pages. Skips like the
// other browser tests when Chromium or the wasm build is missing.
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {gunzipSync} from 'node:zlib';

import {launchBrowser, requirePrerequisites, serveSite, skipReason, wasmDir} from './harness.mjs';
import {buildExtension} from '../../web/build-extension.mjs';
import {documentText} from '../../web/lib/dom-text.js';
import {htmlToText, loadHtmlTools, parseHtmlDocument} from '../../web/package/text.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const pagesDir = path.resolve(here, '../..', process.env.PRECIS_SHARED_DATA_DIR ?? '../shared/data',
  'html_pages/pages');
// How many shared pages (PRECIS_IMPORT_PAGES sets another number; 0 for all).
const SHARED_PAGES = Number(process.env.PRECIS_IMPORT_PAGES ?? 20) || Infinity;

function inputs() {
  const list = [{name: 'import-article.html',
    html: readFileSync(path.join(here, 'fixtures/import-article.html'), 'utf8')}];
  if (existsSync(pagesDir)) {
    for (const f of readdirSync(pagesDir).filter((n) => n.endsWith('.html.gz')).sort().slice(0, SHARED_PAGES)) {
      list.push({name: f, html: gunzipSync(readFileSync(path.join(pagesDir, f))).toString('utf8')});
    }
  }
  return list;
}

const skip = await skipReason();

describe('HTML import: the page, the extension and the npm CLI agree', {skip}, () => {
  let site;
  let browser;
  let page;
  let tab;
  let contentScript;
  let buildDir;

  before(async () => {
    await requirePrerequisites();
    site = await serveSite();
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(site.url);
    buildDir = mkdtempSync(path.join(tmpdir(), 'precis-ext-'));
    const built = buildExtension({out: buildDir, wasmDir, quiet: true});
    contentScript = readFileSync(path.join(built.dirs.chrome, 'content/extract.js'), 'utf8');
    // The saved pages' own scripts do not run, so that the tab's document
    // is the one the HTML describes.
    const context = await browser.newContext({javaScriptEnabled: false});
    tab = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
    if (buildDir) rmSync(buildDir, {recursive: true, force: true});
  });

  // The extension's text of `html`, opened in a tab.
  async function inTab(html) {
    await tab.route('http://precis.invalid/page.html', (route) => route.fulfill({
      body: html, contentType: 'text/html; charset=utf-8'}));
    await tab.route((url) => !url.href.endsWith('/page.html'), (route) => route.abort());
    await tab.goto('http://precis.invalid/page.html', {waitUntil: 'domcontentloaded'});
    await tab.unrouteAll();
    return tab.evaluate(`${contentScript}\n;globalThis[Symbol.for('precis.extract')]('article').text`);
  }

  for (const {name, html} of inputs()) {
    test(name, async () => {
      const inPage = await page.evaluate(async (source) => {
        const {htmlToText: pageImport} = await import('./text-import.js');
        return (await pageImport(source)).text;
      }, html);
      const inNode = await htmlToText(html);
      assert.ok(inPage.length > 0, 'the page finds text');
      assert.equal(inNode, inPage);
      const {Readability} = await loadHtmlTools();
      const withoutTitle = documentText(parseHtmlDocument(html), Readability).text;
      assert.equal(await inTab(html), withoutTitle);
    });
  }
});
