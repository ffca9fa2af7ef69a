// The precis page's rough edges on a first visit (headless Chromium, the
// built site and the real engine): the summary brought into view after a
// paste on a phone, a long paste never shown as "Nothing to summarize", the
// length control counting sentences without headings and starting over for
// a new article, CJK glyphs, and a worker that dies without an error event.
//   node --test --test-concurrency=1 tests/browser/page-edges.test.mjs
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {after, before, describe, test} from 'node:test';

import {launchBrowser, requirePrerequisites, serveSite, skipReason, waitForSummary} from './harness.mjs';

const skip = await skipReason();

const updates = (page) => page.evaluate(() => Number(document.documentElement.dataset.updates ?? 0));

async function waitForUpdate(page, beforeCount, timeout = 30000) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.updates ?? 0) > n
    && document.documentElement.dataset.state !== 'loading', beforeCount, {timeout});
  return page.evaluate(() => document.documentElement.dataset.state);
}

// Pastes `text` over the whole text box as a browser does: the paste event,
// then (unless the page took it over) the text inserted and an input event.
async function paste(page, text) {
  const n = await updates(page);
  await page.evaluate((t) => {
    const area = document.getElementById('article');
    area.focus();
    area.select();
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const event = new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true});
    if (area.dispatchEvent(event)) {
      area.setRangeText(t, area.selectionStart, area.selectionEnd, 'end');
      area.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
    }
  }, text);
  return n;
}

async function setSlider(page, value) {
  const n = await updates(page);
  await page.evaluate((v) => {
    const slider = document.getElementById('length-slider');
    slider.value = String(v);
    slider.dispatchEvent(new Event('input', {bubbles: true}));
  }, value);
  return waitForUpdate(page, n);
}

const summaryCount = (page) => page.$$eval('#summary a', (l) => l.length);

// Two headings and six sentences (and a title line the engine drops).
const WITH_HEADINGS = 'Ferry news\n\nThe harbor ferry will run every 15 minutes from May. Tickets cost 2 euros.\n\n'
  + 'Night service\n\nThe night service ends at 1 a.m. on weekdays. It runs later on Fridays.\n\n'
  + 'More\n\nThe operator said more boats are coming. Fares may rise next year.';

const sample = readFileSync(new URL('../../web/app/sample-article.txt', import.meta.url), 'utf8');

describe('precis page: rough edges', {skip}, () => {
  let site;
  let browser;

  before(async () => {
    await requirePrerequisites();
    site = await serveSite();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(options = {}) {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, serviceWorkers: 'block',
      ...options});
    const page = await context.newPage();
    await page.goto(site.url);
    await waitForSummary(page);
    return {context, page};
  }

  test('phone: after a paste the summary is scrolled into view and announced', async () => {
    const {context, page} = await open({viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true});
    await page.evaluate(() => window.scrollTo(0, 0));
    const n = await paste(page, sample.replace(/41/g, '52'));
    assert.equal(await waitForUpdate(page, n), 'ready');
    await page.waitForFunction(() => {
      const top = document.getElementById('results').getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight / 2;
    }, null, {timeout: 5000});
    assert.match(await page.textContent('#status'), /^Summary ready: \d+ sentences\.$/);
    assert.equal(await page.getAttribute('#status', 'aria-live'), 'polite');
    // Typing does not scroll.
    await page.waitForTimeout(1000);  // the smooth scroll has ended
    const m = await updates(page);
    await page.evaluate(() => {
      const area = document.getElementById('article');
      area.blur();
      window.scrollTo(0, 0);
      area.value += ' One more sentence typed at the end.';
      area.dispatchEvent(new Event('input', {bubbles: true}));
    });
    await waitForUpdate(page, m);
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await context.close();
  });

  test('a paste summarizes at once; typing waits for the pause', async () => {
    const {context, page} = await open();
    // Right after the input event, has the page started summarizing?
    const startsAtOnce = (inputType) => page.evaluate((type) => {
      const area = document.getElementById('article');
      area.value = `${area.value} Another sentence about the harbour, ${Math.random()}.`;
      area.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: type}));
      const started = document.documentElement.dataset.state === 'loading';
      return started;
    }, inputType);
    assert.equal(await startsAtOnce('insertFromPaste'), true);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    assert.equal(await startsAtOnce('insertFromDrop'), true);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    assert.equal(await startsAtOnce('insertText'), false);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'loading'
      || Number(document.documentElement.dataset.updates) > 0, null, {timeout: 5000});
    await context.close();
  });

  test('a 2 MB paste into an empty box says it is summarizing, not "Nothing to summarize"', async () => {
    const {context, page} = await open();
    await page.click('#clear-text');
    await page.waitForFunction(() => document.documentElement.dataset.state === 'empty');
    let text = '';
    while (text.length < 2_000_000) text += `${sample.replace(/41/g, String(text.length))}\n\n`;
    await paste(page, text);
    await page.waitForSelector('#run-progress', {state: 'visible', timeout: 10000});
    const shown = await page.evaluate(() => {
      const empty = document.getElementById('empty');
      return empty.hidden ? '' : empty.textContent;
    });
    assert.doesNotMatch(shown, /Nothing to summarize/);
    assert.match(shown, /Summarizing/);
    await page.click('#cancel-run');
    await context.close();
  });

  test('the length control counts sentences, not headings; stats read naturally', async () => {
    const {context, page} = await open();
    const n = await paste(page, WITH_HEADINGS);
    assert.equal(await waitForUpdate(page, n), 'ready');
    assert.equal(await page.getAttribute('#length-slider', 'max'), '6');
    assert.equal(await page.textContent('#stats').then((s) => s.split(' · ')[0]), '4 of 6 sentences');
    assert.equal(await setSlider(page, 6), 'ready');
    assert.equal(await summaryCount(page), 6, 'the maximum gives what it says');
    assert.equal(await page.textContent('#length-value'), '6 sentences');
    assert.match(await page.textContent('#stats'), /^All 6 sentences · /);
    const m = await paste(page, 'Only one sentence stands here.');
    assert.equal(await waitForUpdate(page, m), 'ready');
    assert.match(await page.textContent('#stats'), /^The only sentence · /);
    await context.close();
  });

  test('a new article starts from the default length, so a short one is not returned whole', async () => {
    const {context, page} = await open();
    assert.equal(await setSlider(page, 12), 'ready');
    assert.equal(await summaryCount(page), 12);
    const n = await paste(page, WITH_HEADINGS);
    assert.equal(await waitForUpdate(page, n), 'ready');
    assert.equal(await summaryCount(page), 4, 'the default 4 of 6, not all of them');
    assert.equal(await page.textContent('#length-value'), '4 sentences');
    // Editing the same article keeps the setting.
    assert.equal(await setSlider(page, 5), 'ready');
    const m = await updates(page);
    await page.evaluate(() => {
      const area = document.getElementById('article');
      area.value += ' A last sentence was added here.';
      area.dispatchEvent(new Event('input', {bubbles: true}));
    });
    await waitForUpdate(page, m);
    assert.equal(await page.textContent('#length-value'), '5 sentences');
    await context.close();
  });

  test('Copy Markdown escapes subject headings as the one writer does', async () => {
    const {context, page} = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(site.url).origin});
    const markdown = await page.evaluate(async () => {
      const {summaryMarkdown} = await import('./lib/markdown.js');
      return summaryMarkdown({summary: [{text: 'A sentence.'}], keywords: [],
        facts: [{text: 'One fact.', group: '*Korea* <b> #'}]});
    });
    assert.match(markdown, /\n### \\\*Korea\\\* \\<b\\> \\#\n/);
    await page.click('#copy-markdown');
    await page.waitForSelector('#toast.visible');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^## Summary\n\n- /);
    await context.close();
  });

  test('Chinese text renders with real glyphs (a CJK font in the stack and installed)', async () => {
    const {context, page} = await open();
    const n = await paste(page, '北京市政府周一宣布，新的地铁线路将于明年开通。这条线路全长三十公里，共设二十个车站。');
    await waitForUpdate(page, n);
    const result = await page.evaluate(() => {
      const font = getComputedStyle(document.getElementById('summary')).font;
      const draw = (ch) => {
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const ctx = canvas.getContext('2d');
        ctx.font = font.replace(/\d+(\.\d+)?px/, '40px');
        ctx.fillText(ch, 4, 48);
        return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(',');
      };
      return {family: getComputedStyle(document.getElementById('summary')).fontFamily,
        differ: draw('中') !== draw('国') && draw('国') !== draw('站'), inked: draw('中').split(',').some((v) => v !== '0')};
    });
    assert.match(result.family, /Noto Sans CJK SC|WenQuanYi Micro Hei/);
    assert.ok(result.inked, 'the character draws something');
    assert.ok(result.differ, 'different characters draw differently (no empty boxes)');
    await context.close();
  });

  test('a worker that dies without an error event does not leave the page summarizing', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, serviceWorkers: 'block'});
    // The worker script never answers: as a worker the browser killed silently.
    await context.route('**/summarizer-worker.js', (route) => route.fulfill({
      contentType: 'text/javascript', body: 'self.onmessage = () => {};'}));
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(site.url);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'loading');
    for (let i = 0; i < 12; i++) {
      await page.clock.runFor(30_000);
      if (await page.evaluate(() => document.documentElement.dataset.state) !== 'loading') break;
    }
    assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'error');
    assert.equal(await page.getAttribute('#error', 'data-code'), 'worker_failed');
    assert.match(await page.textContent('#error-text'), /stopped responding/);
    assert.equal(await page.textContent('#status'), '');
    assert.equal(await page.isVisible('#error-retry'), true);
    await context.close();
  });
});
