// The page's language display and override in headless Chromium: articles of
// tests/data/lang pasted into the page are detected and summarized in their
// language; choosing another language re-summarizes and says so.
//   node --test tests/browser/language.test.mjs
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';

import {artifactsDir, root, skipReason, openSitePage} from './harness.mjs';

const skip = await skipReason();

// The article of a data file: one sentence a line, paragraphs apart.
function article(code) {
  const joiner = code === 'zh' || code === 'ja' ? '' : ' ';
  return readFileSync(path.join(root, 'tests/data/lang', `${code}.txt`), 'utf8').trim()
    .split(/\n\n+/).map((p) => p.split('\n').join(joiner)).join('\n\n');
}

const updates = (page) => page.evaluate(() => Number(document.documentElement.dataset.updates ?? 0));

async function waitForUpdate(page, beforeCount) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.updates ?? 0) > n
    && document.documentElement.dataset.state !== 'loading', beforeCount, {timeout: 15000});
}

async function setArticle(page, text) {
  const n = await updates(page);
  await page.evaluate((t) => {
    const area = document.getElementById('article');
    area.value = t;
    area.dispatchEvent(new Event('input', {bubbles: true}));
  }, text);
  await waitForUpdate(page, n);
}

describe('language on the page', {skip}, () => {
  let site;
  let browser;
  let page;
  const errors = [];

  before(async () => {
    ({site, browser, page} = await openSitePage(errors));
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the sample is detected as English', async () => {
    assert.equal(await page.textContent('#language-detected'), 'Detected: English');
    assert.equal(await page.inputValue('#language-select'), 'auto');
  });

  for (const [code, name] of [['fr', 'French'], ['de', 'German'], ['ru', 'Russian'],
    ['zh', 'Chinese'], ['ja', 'Japanese'], ['ar', 'Arabic']]) {
    test(`${name}: detected, summarized in whole sentences`, async () => {
      const text = article(code);
      await setArticle(page, text);
      assert.equal(await page.textContent('#language-detected'), `Detected: ${name}`);
      assert.equal(await page.$eval('#language-detected', (e) => e.dataset.code), code);
      const summary = await page.$$eval('#summary li', (items) => items.map((li) => li.textContent));
      assert.ok(summary.length > 0);
      const lines = readFileSync(path.join(root, 'tests/data/lang', `${code}.txt`), 'utf8').split('\n');
      for (const s of summary) assert.ok(lines.includes(s), `${code}: "${s}" is not a sentence of the article`);
      // Word counts: characters for the languages written without spaces,
      // for them the same count under the text box as in the engine's stats.
      const stats = await page.textContent('#stats');
      const meta = await page.textContent('#input-meta');
      const unit = code === 'zh' || code === 'ja' ? 'characters' : 'words';
      const total = stats.match(new RegExp(`of ([\\d,]+) ${unit} ·`));
      assert.ok(total, `${code}: stats line "${stats}" counts ${unit}`);
      if (unit === 'characters') {
        assert.ok(meta.startsWith(`${total[1]} ${unit}`), `${code}: "${meta}" agrees with "${stats}"`);
      }
    });
  }

  test('a word budget counts characters for Chinese and words for French', async () => {
    await setArticle(page, article('zh'));
    let n = await updates(page);
    await page.click('label[for="unit-words"]');
    await waitForUpdate(page, n);
    assert.match(await page.textContent('#length-value'), /^about \d+ characters$/);
    n = await updates(page);
    await setArticle(page, article('fr'));
    assert.match(await page.textContent('#length-value'), /^about \d+ words$/);
    await page.click('label[for="unit-sentences"]');
    await waitForUpdate(page, n + 1);
  });

  test('choosing a language re-summarizes with it, and auto detects again', async () => {
    await setArticle(page, article('fr'));
    let n = await updates(page);
    await page.selectOption('#language-select', 'es');
    await waitForUpdate(page, n);
    assert.equal(await page.textContent('#language-detected'), 'Chosen: Spanish');
    mkdirSync(artifactsDir, {recursive: true});
    await page.screenshot({path: path.join(artifactsDir, 'language-override.png')});
    n = await updates(page);
    await page.selectOption('#language-select', 'auto');
    await waitForUpdate(page, n);
    assert.equal(await page.textContent('#language-detected'), 'Detected: French');
    const options = await page.$$eval('#language-select option', (o) => o.map((x) => x.value));
    assert.ok(options.length > 60);
    assert.ok(options.includes('zh') && options.includes('ar') && options.includes('hi'));
  });

  test('no page or console errors', () => {
    assert.deepEqual(errors, []);
  });
});
