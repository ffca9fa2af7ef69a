// The page's multi-article digest in headless Chromium: several inputs
// ("Add another article"), a paste with "---" lines, support counts on the
// facts, the different-event note, highlights per article, and back to one
// article. Skips like page.test.mjs when the wasm build, Chromium or the npm
// packages are missing (unless PRECIS_REQUIRE_BROWSER=1).
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';

import {articlesDir, artifactsDir, root, skipReason, openSitePage} from './harness.mjs';

const skip = await skipReason();
const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const digestData = (name) => readFileSync(path.join(root, 'tests/data/digest', name), 'utf8');

async function updates(page) {
  return page.evaluate(() => Number(document.documentElement.dataset.updates ?? 0));
}

async function waitForUpdate(page, beforeCount, timeout = 15000) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.updates ?? 0) > n
    && document.documentElement.dataset.state !== 'loading', beforeCount, {timeout});
  return page.evaluate(() => document.documentElement.dataset.state);
}

// Types `text` into a textarea as a paste would, and waits for the result.
async function fill(page, selector, text) {
  const n = await updates(page);
  await page.evaluate(({selector, text}) => {
    const area = document.querySelector(selector);
    area.value = text;
    area.dispatchEvent(new Event('input', {bubbles: true}));
  }, {selector, text});
  return waitForUpdate(page, n);
}

const facts = (page) => page.$$eval('#facts li', (lis) => lis.map((li) => ({
  text: li.querySelector('.fact-text').textContent, support: li.querySelector('.support')?.textContent ?? null,
})));
const articles = (page) => page.$$eval('#articles li', (lis) => lis.map((li) => ({
  title: li.querySelector('.article-title').textContent,
  reason: li.querySelector('.article-reason').textContent,
  different: li.classList.contains('different-event'),
})));

describe('precis page: several articles', {skip}, () => {
  let site;
  let browser;
  let page;
  const consoleErrors = [];

  before(async () => {
    ({site, browser, page} = await openSitePage(consoleErrors));
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('one article: no digest parts', async () => {
    assert.equal(await fill(page, '#article', digestData('acme-deal.txt')), 'ready');
    assert.equal(await page.isChecked('#digest-mode'), false);
    assert.equal(await page.isVisible('#articles-section'), false);
    assert.equal(await page.$$eval('#facts .support', (s) => s.length), 0);
    assert.equal(await page.isVisible('#extra-articles'), false);
  });

  test('"Add another article" gives a second input and a digest', async () => {
    await page.click('#add-article');
    assert.equal(await page.isVisible('#extra-articles'), true);
    const boxes = await page.$$('#extra-articles textarea');
    assert.equal(boxes.length, 1);
    assert.equal(await page.evaluate(() => document.activeElement.closest('#extra-articles') !== null), true,
      'the new input has the focus');
    assert.equal(await page.textContent('#extra-articles label'), 'Article 2');
    assert.equal(await fill(page, '#extra-articles textarea', digestData('acme-deal-reworded.txt')), 'ready');
    assert.equal(await page.isChecked('#digest-mode'), true);
    assert.equal(await page.isVisible('#articles-section'), true);
    const list = await articles(page);
    assert.equal(list.length, 2);
    assert.ok(list.every((a) => !a.different));
    const f = await facts(page);
    const deal = f.find((x) => x.text.includes('$4.2 billion'));
    assert.ok(deal, 'the deal is a fact');
    assert.equal(deal.support, '2/2 sources');
    assert.ok(f.some((x) => x.support === 'only in article 2'), 'a single-source fact of article 2');
    assert.equal(f.filter((x) => x.text.includes('$4.2 billion')).length, 1, 'no repeated fact');
    // Highlights are coloured by article and carry its number.
    const marks = await page.$$eval('#source mark', (ms) => ms.map((m) => m.dataset.article));
    assert.ok(marks.includes('0') && marks.includes('1'), `marks of both articles: ${marks}`);
    const summary = await page.$$eval('#summary li', (lis) => lis.map((li) => li.dataset.article));
    assert.ok(summary.includes('0') && summary.includes('1'));
    // The original view is the joined text.
    const source = await page.$eval('#source', (s) => s.textContent);
    assert.equal(source, `${digestData('acme-deal.txt')}\n---\n${digestData('acme-deal-reworded.txt')}`);
  });

  test('a third article on another event is reported, not blended in', async () => {
    await page.click('#add-article');
    assert.equal(await fill(page, '#extra-articles .extra-article:nth-child(2) textarea',
      digestData('acme-talks-2019.txt')), 'ready');
    const list = await articles(page);
    assert.equal(list.length, 3);
    assert.deepEqual(list.map((a) => a.different), [false, false, true]);
    assert.match(list[2].reason, /2019/);
    assert.equal(await page.isVisible('#digest-note'), true);
    assert.match(await page.textContent('#digest-note'), /Article 3 is about a different event/);
    const f = await facts(page);
    assert.ok(f.every((x) => !x.text.includes('Tom Reed')), 'no fact of the 2019 article');
    assert.equal(await page.$$eval('#source .other-event', (s) => s.length), 1);
    // Its title shows where it is in the original.
    await page.click('#articles li:nth-child(3) .article-title');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'src-article-2');
    mkdirSync(artifactsDir, {recursive: true});
    await page.screenshot({path: path.join(artifactsDir, 'digest.png'), fullPage: true});
  });

  test('"Include anyway" takes a left-out article into the digest', async () => {
    const n = await updates(page);
    await page.click('#articles li:nth-child(3) .include-article');
    assert.equal(await waitForUpdate(page, n), 'ready');
    const list = await articles(page);
    assert.deepEqual(list.map((a) => a.different), [false, false, false]);
    assert.equal(list[2].reason, 'included on request');
    assert.equal(await page.$$eval('.include-article', (b) => b.length), 0);
    assert.equal(await page.isVisible('#digest-note'), false);
    for (const a of list) assert.doesNotMatch(a.reason, /similarity|\d\.\d\d/);
  });

  test('removing inputs and unchecking the box go back to one article', async () => {
    let n = await updates(page);
    await page.click('#extra-articles .extra-article:nth-child(2) button');
    await waitForUpdate(page, n);
    assert.equal((await articles(page)).length, 2);
    assert.equal(await page.textContent('#extra-articles label'), 'Article 2');
    n = await updates(page);
    await page.click('#digest-mode');
    await waitForUpdate(page, n);
    assert.equal(await page.isChecked('#digest-mode'), false);
    assert.equal(await page.isVisible('#articles-section'), false);
    n = await updates(page);
    await page.click('#extra-articles button');
    await waitForUpdate(page, n);
    assert.equal(await page.isVisible('#extra-articles'), false);
    n = await updates(page);
    await page.click('#clear-text');
    await waitForUpdate(page, n);
  });

  test('pasting the shared articles with --- lines makes a digest', async (t) => {
    if (!existsSync(articlesDir)) {
      t.skip(`no shared articles in ${articlesDir}`);
      return;
    }
    const names = ['blinken-trip-koreatimes.txt', 'blinken-austin-2021-with-comments.txt',
      'blinken-trip-with-donation-plea.txt'];
    const text = names.map((n) => readFileSync(path.join(articlesDir, n), 'utf8')).join('\n---\n');
    assert.equal(await fill(page, '#article', text), 'ready');
    assert.equal(await page.isChecked('#digest-mode'), true, 'the --- lines turn the digest on');
    const list = await articles(page);
    assert.deepEqual(list.map((a) => a.different), [false, true, false]);
    assert.match(list[1].reason, /2021/);
    const f = await facts(page);
    for (const needle of ['$3.64 billion', 'Yoon Suk Yeol']) {
      const fact = f.find((x) => x.text.includes(needle));
      assert.ok(fact, needle);
      assert.equal(fact.support, '2/2 sources', needle);
    }
    for (const x of f) assert.doesNotMatch(x.text, /donation|users have voted|comment/i);
    // Every highlight is verbatim text of the paste.
    const marks = await page.$$eval('#source mark', (ms) => ms.map((m) => m.textContent));
    const summary = await page.$$eval('#summary a', (as) => as.map((a) => a.textContent));
    assert.deepEqual(marks.map(collapse), summary.map(collapse));
    assert.deepEqual(consoleErrors, []);
  });
});
