// One HTML page gives one text: the page's import (web/app/text-import.js,
// DOMParser and Readability in Chromium) and the npm package's CLI
// (web/package/text.js, Readability over linkedom in node) read the same
// files to the same text.
//   node --test tests/browser/import.test.mjs
// Reads tests/browser/fixtures/import-article.html and, when the shared data
// is there, the first 20 pages of ../shared/data/html_pages. Skips like the
// other browser tests when Chromium or the wasm build is missing.
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {gunzipSync} from 'node:zlib';

import {launchBrowser, requirePrerequisites, serveSite, skipReason} from './harness.mjs';
import {htmlToText} from '../../web/package/text.js';

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

describe('HTML import: the page and the npm CLI agree', {skip}, () => {
  let site;
  let browser;
  let page;

  before(async () => {
    await requirePrerequisites();
    site = await serveSite();
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(site.url);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const {name, html} of inputs()) {
    test(name, async () => {
      const inPage = await page.evaluate(async (source) => {
        const {htmlToText: pageImport} = await import('./text-import.js');
        return (await pageImport(source)).text;
      }, html);
      const inNode = await htmlToText(html);
      assert.ok(inPage.length > 0, 'the page finds text');
      assert.equal(inNode, inPage);
    });
  }
});
