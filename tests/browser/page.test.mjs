// End-to-end tests of the precis page in headless Chromium (playwright-core):
// the built site, served on localhost, with the real wasm engine.
//   node --test tests/browser/          (npm run test:browser)
// Skips with a message when the wasm build, Chromium or the npm packages are
// missing, unless PRECIS_REQUIRE_BROWSER=1. Screenshots go to
// build-wasm/artifacts/.
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';

import {articlesDir, artifactsDir, launchBrowser, requirePrerequisites, serveSite, skipReason,
  openSitePage, waitForSummary} from './harness.mjs';

const skip = await skipReason();

// Reports the skip (or, with PRECIS_REQUIRE_BROWSER=1, the failure) when the
// wasm build, Chromium or the npm packages are missing.
test('browser test prerequisites are present', {skip}, async () => {
  await requirePrerequisites();
});

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

// Waits until the page finished one more update (a summary, an empty state
// or an error) than `before`.
async function waitForUpdate(page, beforeCount, timeout = 15000) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.updates ?? 0) > n
    && document.documentElement.dataset.state !== 'loading', beforeCount, {timeout});
  return page.evaluate(() => document.documentElement.dataset.state);
}

const updates = (page) => page.evaluate(() => Number(document.documentElement.dataset.updates ?? 0));

// Replaces the article text as typing would, and waits for the new result.
async function setArticle(page, text) {
  const n = await updates(page);
  await page.evaluate((t) => {
    const area = document.getElementById('article');
    area.value = t;
    area.dispatchEvent(new Event('input', {bubbles: true}));
  }, text);
  return waitForUpdate(page, n);
}

// Sets the length slider to a value, as dragging it would.
async function setSlider(page, value) {
  const n = await updates(page);
  await page.evaluate((v) => {
    const slider = document.getElementById('length-slider');
    slider.value = String(v);
    slider.dispatchEvent(new Event('input', {bubbles: true}));
  }, value);
  return waitForUpdate(page, n);
}

async function chooseUnit(page, unit) {
  if (await page.isChecked(`#unit-${unit}`)) return page.evaluate(() => document.documentElement.dataset.state);
  const n = await updates(page);
  await page.click(`label[for="unit-${unit}"]`);
  return waitForUpdate(page, n);
}

async function summaryTexts(page) {
  return page.$$eval('#summary a', (links) => links.map((a) => a.textContent));
}

// Drops a file on the drop zone through a synthetic DataTransfer.
async function dropFile(page, name, type, content) {
  const n = await updates(page);
  await page.evaluate(({name, type, content}) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], name, {type}));
    const zone = document.getElementById('drop-zone');
    zone.dispatchEvent(new DragEvent('dragenter', {dataTransfer: dt, bubbles: true, cancelable: true}));
    zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
    zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
  }, {name, type, content});
  return waitForUpdate(page, n);
}

const ARTICLE_HTML = `<!doctype html><html><head><title>Harbor ferry returns</title>
<script>window.__executed = true;</script></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> Subscribe now</nav>
<img src="https://tracker.invalid/pixel.gif" onerror="window.__executed = true">
<article><h1>Harbor ferry returns after two-year pause</h1>
<p>The harbor ferry between Port Ellis and Kinsale Island will return to service on 3 May after a
two-year pause, the regional transport board said on Thursday.</p>
<p>The board approved a contract worth 6.2 million dollars with a local shipyard to refit the
vessel, which carried about 900 passengers a day before it was withdrawn for safety repairs.</p>
<p>Island residents had campaigned for the service since the last sailing, saying the detour by road
added more than an hour to each trip to the hospital on the mainland.</p>
<p>"This is the day we have been waiting for," said Ana Ribeiro, who chairs the island council.
She said shops on the island had lost a third of their visitors while the ferry was gone.</p>
<p>The refitted ferry will run every 40 minutes in summer and every hour in winter, and fares will
stay at the level set in 2022, the board said.</p></article>
<footer>Copyright 2026 Example News. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>`;

describe('precis page', {skip}, () => {
  let site;
  let browser;
  let context;
  let page;
  const consoleErrors = [];

  before(async () => {
    ({site, browser, context, page} = await openSitePage(consoleErrors));
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('loads with the sample article summarized and highlighted', async () => {
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    const texts = await summaryTexts(page);
    assert.equal(texts.length, 4, 'the default length is 4 sentences');
    const marks = await page.$$eval('#source mark', (ms) => ms.map((m) => m.textContent));
    assert.deepEqual(marks.map(collapse), texts.map(collapse));
    assert.ok(await page.$$eval('#keywords li', (l) => l.length) > 0, 'keywords shown');
    assert.ok(await page.$$eval('#facts li', (l) => l.length) > 0, 'key facts shown');
    assert.match(await page.textContent('#engine-version'), /^\d+\.\d+\.\d+/);
    mkdirSync(artifactsDir, {recursive: true});
    await page.screenshot({path: path.join(artifactsDir, 'page.png'), fullPage: true});
    assert.deepEqual(consoleErrors, []);
  });

  test('summarizes each shared article with highlights that match', async (t) => {
    if (!existsSync(articlesDir)) {
      t.skip(`no shared articles in ${articlesDir}`);
      return;
    }
    const files = readdirSync(articlesDir).filter((f) => f.endsWith('.txt')).sort();
    assert.ok(files.length > 0);
    let removedTotal = 0;
    for (const file of files) {
      const text = readFileSync(path.join(articlesDir, file), 'utf8');
      assert.equal(await setArticle(page, text), 'ready', file);
      const texts = await summaryTexts(page);
      assert.ok(texts.length >= 1, `${file}: a summary`);
      const marks = await page.$$eval('#source mark', (ms) => ms.map((m) => m.textContent));
      assert.deepEqual(marks.map(collapse), texts.map(collapse), `${file}: highlights are the summary`);
      // The highlighted original is exactly the pasted text.
      assert.equal(await page.$eval('#source', (s) => s.textContent), text, `${file}: original kept`);
      for (const s of texts) assert.ok(collapse(text).includes(collapse(s)), `${file}: "${s}" is verbatim`);
      removedTotal += await page.$$eval('#removed li', (l) => l.length);
    }
    assert.ok(removedTotal > 0, 'the pasted page junk is reported as removed');
    assert.equal(await page.isVisible('#removed-section'), true);
  });

  test('key facts: subjects as headings, values in bold, copied as Markdown', async (t) => {
    const file = path.join(articlesDir, 'blinken-trip-koreatimes.txt');
    if (!existsSync(file)) {
      t.skip(`no shared articles in ${articlesDir}`);
      return;
    }
    assert.equal(await setArticle(page, readFileSync(file, 'utf8')), 'ready');
    const groups = await page.$$eval('#facts > li.fact-group', (gs) => gs.map((g) => ({
      heading: g.querySelector('h4').textContent,
      facts: Array.from(g.querySelectorAll('ul > li'), (li) => li.textContent)})));
    assert.deepEqual(groups.map((g) => g.heading), ['Korea', 'Japan']);
    assert.ok(groups[0].facts.some((f) => f.includes('impeachment of President Yoon Suk Yeol')));
    assert.ok(groups[1].facts.some((f) => f.includes('$3.64 billion')));
    // Facts with no subject come first, outside any group.
    const top = await page.$$eval('#facts > li:not(.fact-group)', (l) => l.map((li) => li.textContent));
    assert.ok(top.length > 0, 'facts with no subject');
    // The press release's dates: in the summary, which the bullets do not
    // repeat, or in a bullet.
    const summary = await summaryTexts(page);
    assert.ok([...summary, ...top].some((f) => f.includes('January 4 to 9')));
    const bold = await page.$$eval('#facts b.value', (bs) => bs.map((b) => `${b.dataset.kind}:${b.textContent}`));
    assert.ok(bold.includes('money:$3.64 billion'), bold.join(' | '));
    assert.ok(bold.some((b) => b.startsWith('date:')), bold.join(' | '));

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(site.url).origin});
    await page.click('#copy-markdown');
    await page.waitForSelector('#toast.visible');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(markdown, /## Key facts\n\n(- .*\n)+\n### Korea\n\n- .*impeachment.*\n\n### Japan\n\n(- .*\n)*- .*\$3\.64 billion/);
    assert.deepEqual(consoleErrors, []);
  });

  test('the length control changes the summary live', async () => {
    await setArticle(page, readFileSync(new URL('../../web/app/sample-article.txt', import.meta.url), 'utf8'));
    assert.equal(await chooseUnit(page, 'sentences'), 'ready');
    await setSlider(page, 2);
    assert.equal((await summaryTexts(page)).length, 2);
    assert.equal(await page.textContent('#length-value'), '2 sentences');
    await setSlider(page, 6);
    assert.equal((await summaryTexts(page)).length, 6);
    // The keyboard moves the slider too.
    let n = await updates(page);
    await page.focus('#length-slider');
    await page.keyboard.press('ArrowLeft');
    await waitForUpdate(page, n);
    assert.equal((await summaryTexts(page)).length, 5);

    await chooseUnit(page, 'ratio');
    await setSlider(page, 10);
    const few = (await summaryTexts(page)).length;
    await setSlider(page, 60);
    const many = (await summaryTexts(page)).length;
    assert.ok(many > few, `60% (${many}) should be longer than 10% (${few})`);
    assert.equal(await page.textContent('#length-value'), '60% of the article');

    await chooseUnit(page, 'words');
    await setSlider(page, 40);
    const short = await page.$$eval('#summary a', (l) => l.map((a) => a.textContent).join(' '));
    await setSlider(page, 200);
    const long = await page.$$eval('#summary a', (l) => l.map((a) => a.textContent).join(' '));
    assert.ok(long.split(/\s+/).length > short.split(/\s+/).length);
    assert.ok(long.split(/\s+/).length <= 200 + 60, 'about the word budget');

    n = await updates(page);
    await page.click('label[for="unit-sentences"]');
    await waitForUpdate(page, n);
  });

  test('clicking a summary sentence jumps to it in the original', async () => {
    const links = await page.$$('#summary a');
    assert.ok(links.length >= 2);
    const index = await links[1].getAttribute('data-index');
    await links[1].click();
    const active = await page.evaluate(() => document.activeElement?.id);
    assert.equal(active, `src-${index}`);
    await page.waitForFunction((id) => {
      const mark = document.getElementById(id);
      const box = mark.getBoundingClientRect();
      const view = document.getElementById('source').getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1 && box.top >= 0
        && box.bottom <= window.innerHeight;
    }, `src-${index}`, {timeout: 3000});
    // Keyboard: Enter on a focused summary link does the same.
    await page.focus('#summary li:first-child a');
    await page.keyboard.press('Enter');
    const first = await page.$eval('#summary li:first-child a', (a) => a.dataset.index);
    assert.equal(await page.evaluate(() => document.activeElement?.id), `src-${first}`);
  });

  test('copies the summary as Markdown and as plain text', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(site.url).origin});
    const texts = await summaryTexts(page);
    await page.click('#copy-markdown');
    await page.waitForSelector('#toast.visible');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(markdown, /^## Summary\n\n/);
    assert.equal(markdown.split('\n').filter((l) => l.startsWith('- ')).length
      >= texts.length, true);
    assert.match(markdown, /\*\*Keywords:\*\* /);
    assert.match(await page.textContent('#toast'), /Markdown/);
    await page.click('#copy-text');
    await page.waitForFunction(() => document.getElementById('toast').textContent.includes('plain text'));
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(plain, `${texts.join(' ')}\n`);
  });

  test('a dropped HTML file is reduced to its article text, never run', async () => {
    assert.equal(await dropFile(page, 'ferry.html', 'text/html', ARTICLE_HTML), 'ready');
    const value = await page.inputValue('#article');
    assert.match(value, /^Harbor ferry returns after two-year pause/);
    assert.match(value, /Ana Ribeiro/);
    assert.doesNotMatch(value, /Cookie settings|Sport|window\.__executed/);
    assert.equal(await page.evaluate(() => window.__executed), undefined);
    assert.match(await page.textContent('#input-note-text'), /ferry\.html/);
    const texts = await summaryTexts(page);
    assert.ok(texts.length >= 1);
    assert.ok(texts.every((t) => value.replace(/\s+/g, ' ').includes(collapse(t))));
  });

  test('an opened Markdown file loses its markup', async () => {
    const n = await updates(page);
    await page.setInputFiles('#file-input', {name: 'notes.md', mimeType: 'text/markdown',
      buffer: Buffer.from('# Bridge report\n\nThe **new bridge** opens in [May](https://x.invalid/may). '
        + 'It cost $48 million and carries 18,000 cars a day.\n\n- Cyclists get a *separate* lane.\n')});
    await waitForUpdate(page, n);
    const value = await page.inputValue('#article');
    assert.equal(value, 'Bridge report\n\nThe new bridge opens in May. It cost $48 million and carries '
      + '18,000 cars a day.\n\nCyclists get a separate lane.');
  });

  test('pasted HTML is extracted, and the plain text is one click away', async () => {
    await setArticle(page, '');
    await page.focus('#article');
    const n = await updates(page);
    await page.evaluate((html) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', 'Home News Sport Harbor ferry returns after two-year pause');
      document.getElementById('article').dispatchEvent(
        new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
    }, ARTICLE_HTML);
    await waitForUpdate(page, n);
    assert.match(await page.inputValue('#article'), /^Harbor ferry returns after two-year pause\n\n/);
    assert.equal(await page.isVisible('#input-note-undo'), true);
    const m = await updates(page);
    await page.click('#input-note-undo');
    await waitForUpdate(page, m);
    assert.equal(await page.inputValue('#article'), 'Home News Sport Harbor ferry returns after two-year pause');
  });

  test('input is shown as text, never as markup', async () => {
    const text = 'The <img src=x onerror="window.__executed=1"> tag was pasted. '
      + 'A <b>bold</b> claim & <script>window.__executed=2</script> follows here.\n\n'
      + 'Another sentence about <i>markup</i> in the harbor report.';
    assert.equal(await setArticle(page, text), 'ready');
    assert.equal(await page.$$eval('#summary img, #summary b, #source img, #source b, #source script',
      (l) => l.length), 0);
    assert.equal(await page.$eval('#source', (s) => s.textContent), text);
    assert.equal(await page.evaluate(() => window.__executed), undefined);
  });

  test('empty, oversize and unreadable inputs show clear states', async () => {
    assert.equal(await setArticle(page, '   \n  '), 'empty');
    assert.equal(await page.isVisible('#empty'), true);
    assert.equal(await page.isDisabled('#copy-markdown'), true);
    assert.match(await page.textContent('#empty'), /Nothing to summarize/);

    // 5 MiB of text: over the engine's 4 MiB limit.
    const n = await updates(page);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'Ships sail. '.repeat(5 * 1024 * 1024 / 12 + 1));
      const area = document.getElementById('article');
      area.focus();
      area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
    });
    assert.equal(await waitForUpdate(page, n, 30000), 'error');
    assert.equal(await page.getAttribute('#error', 'data-code'), 'input_too_large');
    assert.match(await page.textContent('#error-text'), /too long/);
    assert.equal(await page.isVisible('#results'), false);

    assert.equal(await page.$eval('#article', (a) => a.readOnly && a.value.length < 30000), true,
      'a huge text is kept out of the text box');

    assert.equal(await dropFile(page, 'photo.txt', 'text/plain', '\u0000\u0001PNG\u0000binary'), 'error');
    assert.match(await page.textContent('#error-text'), /does not look like a text file/);

    // Recovers with the next good input.
    await page.click('#load-sample');
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready'
      && document.getElementById('error').hidden);
  });

  test('a long pasted text is summarized without freezing the page', async (t) => {
    const n = await updates(page);
    // Over a million characters, and enough sentences to keep the engine
    // busy for a while: the page must stay responsive meanwhile.
    await page.evaluate(async () => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({type: 'longtask'});
      const base = await (await fetch('sample-article.txt')).text();
      let text = '';
      for (let i = 0; i < 50; i++) text += `${base.replace(/41/g, String(i + 200))}\n\n`;
      text += ' '.repeat(1_000_000);
      window.__pasted = text;
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      const area = document.getElementById('article');
      area.focus();
      area.select();
      window.__pasteAt = performance.now();
      area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
    });
    assert.equal(await waitForUpdate(page, n, 120000), 'ready');
    const {longest, elapsed} = await page.evaluate(() => ({
      longest: Math.max(0, ...window.__longTasks),
      elapsed: performance.now() - window.__pasteAt,
    }));
    t.diagnostic(`longest main-thread task ${longest.toFixed(0)} ms; paste to summary ${elapsed.toFixed(0)} ms`);
    assert.ok(longest < 1000 && longest < elapsed / 2,
      `the longest main-thread task was ${longest.toFixed(0)} ms of ${elapsed.toFixed(0)} ms`);
    assert.equal(await page.$eval('#article', (a) => a.readOnly && a.value.length < 30000), true);
    assert.match(await page.textContent('#input-note-text'), /long/);
    assert.ok(await page.$$eval('#source .gap', (g) => g.length) >= 1, 'the original is shown in excerpts');
    const texts = await summaryTexts(page);
    const marks = await page.$$eval('#source mark', (ms) => ms.map((m) => m.textContent));
    assert.deepEqual(marks.map(collapse), texts.map(collapse));
    const pasted = await page.evaluate(() => window.__pasted.replace(/\s+/g, ' '));
    for (const t of texts) assert.ok(pasted.includes(collapse(t)));
    const m = await updates(page);
    await page.click('#clear-text');
    assert.equal(await waitForUpdate(page, m), 'empty');
    assert.equal(await page.$eval('#article', (a) => a.readOnly || a.value !== ''), false);
  });

  test('a slow summary shows its progress and can be cancelled', async () => {
    // About 2 MB pasted: over the 200,000 characters that get a progress bar.
    await page.evaluate(async () => {
      const base = await (await fetch('sample-article.txt')).text();
      let text = '';
      while (text.length < 2_000_000) text += `${base.replace(/41/g, String(text.length))}\n\n`;
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      const area = document.getElementById('article');
      area.focus();
      area.select();
      area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
    });
    await page.waitForSelector('#cancel-run', {state: 'visible', timeout: 10000});
    assert.equal(await page.isVisible('#run-progress'), true);
    assert.equal(await page.$eval('#run-progress', (p) => p.getAttribute('aria-label')), 'Summary progress');
    // The engine reports progress while it works.
    await page.waitForFunction(() => document.getElementById('run-progress').value >= 5,
      null, {timeout: 60000});
    assert.match(await page.textContent('#status'), /Summarizing… \d+%/);
    const n = await updates(page);
    await page.click('#cancel-run');
    assert.equal(await waitForUpdate(page, n), 'error');
    assert.equal(await page.getAttribute('#error', 'data-code'), 'aborted');
    assert.match(await page.textContent('#error-text'), /cancelled/);
    assert.equal(await page.isVisible('#cancel-run'), false);
    assert.equal(await page.isVisible('#run-progress'), false);
    assert.equal(await page.textContent('#status'), '');
    await page.click('#load-sample');
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready'
      && document.getElementById('error').hidden);
  });

  test('the client cancels a running summary and recovers in a real worker', async () => {
    const outcome = await page.evaluate(async () => {
      const {createSummarizer} = await import('./lib/summarizer.js');
      const s = createSummarizer({abortGraceMs: 50});
      const base = await (await fetch('sample-article.txt')).text();
      let text = '';
      for (let i = 0; i < 1000; i++) text += `${base.replace(/41/g, String(i + 100))}\n\n`;
      await s.version();  // the engine is loaded: the abort hits a computation
      const controller = new AbortController();
      const started = performance.now();
      const running = s.summarize(text, {sentences: 3}, {signal: controller.signal});
      setTimeout(() => controller.abort(), 100);
      let code = 'finished';
      try { await running; } catch (error) { code = error.code; }
      const abortMs = performance.now() - started;
      const after = await s.summarize('Short texts work. They have two sentences.', {sentences: 1});
      const broken = createSummarizer({moduleUrl: new URL('./lib/missing.mjs', location.href).href});
      let brokenCode = 'finished';
      try { await broken.summarize('Anything at all.'); } catch (error) { brokenCode = error.code; }
      s.terminate();
      broken.terminate();
      return {code, abortMs, after: after.summary.length, brokenCode};
    });
    assert.equal(outcome.code, 'aborted');
    assert.ok(outcome.abortMs < 1500, `cancelled after ${outcome.abortMs} ms`);
    assert.equal(outcome.after, 1, 'the next call runs on a new worker');
    assert.equal(outcome.brokenCode, 'worker_failed');
  });

  test('phone width and dark mode', async () => {
    const phone = await browser.newContext({viewport: {width: 390, height: 844}, colorScheme: 'dark',
      isMobile: true, hasTouch: true});
    const p = await phone.newPage();
    await p.goto(site.url);
    await waitForSummary(p);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
    const bg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(23, 25, 28)', 'dark background');
    await p.screenshot({path: path.join(artifactsDir, 'page-phone-dark.png'), fullPage: true});
    await phone.close();
  });
});

describe('precis page privacy and offline use', {skip}, () => {
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

  test('no network request after load; only its own origin before', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(site.url).origin});
    const requests = [];
    let loaded = false;
    const record = (request) => requests.push({url: request.url(), afterLoad: loaded});
    context.on('request', record);
    const page = await context.newPage();
    await page.goto(site.url);
    await waitForSummary(page);
    // Loaded: the first summary is shown and the offline cache is installed.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: 10000});
    await page.waitForLoadState('networkidle');
    loaded = true;

    const origin = new URL(site.url).origin;
    const foreign = requests.filter((r) => new URL(r.url).origin !== origin);
    assert.deepEqual(foreign.map((r) => r.url), [], 'only same-origin requests while loading');
    // The recorder sees the worker's requests too, so silence below means something.
    assert.ok(requests.some((r) => r.url.endsWith('/lib/precis-en.wasm')), 'the wasm fetch was seen');

    // Use the page: new text, length, copy, file drop, sample, clear.
    await setArticle(page, readFileSync(new URL('../../web/app/sample-article.txt', import.meta.url), 'utf8')
      .replace('41 volunteer divers', '52 volunteer divers'));
    await chooseUnit(page, 'ratio');
    await setSlider(page, 40);
    await page.click('#copy-markdown');
    await dropFile(page, 'ferry.html', 'text/html', ARTICLE_HTML);
    await page.click('#load-sample');
    await page.waitForFunction(() => document.getElementById('article').value.startsWith('Home > Science'));
    await setArticle(page, '');
    await page.waitForTimeout(300);
    // Only the import code, loaded from the page's own origin on first use
    // (the HTML drop), and nothing else.
    const onDemand = /\/(text-import\.js|lib\/dom-text\.js|lib\/markdown-text\.js|vendor\/readability\.js)$/;
    const late = requests.filter((r) => r.afterLoad
      && !(new URL(r.url).origin === origin && onDemand.test(new URL(r.url).pathname)));
    assert.deepEqual(late.map((r) => r.url), [], 'no request after the page has loaded but the import code');
    await context.close();
  });

  test('works offline after the first visit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    await waitForSummary(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.reload();
    await waitForSummary(page);
    assert.ok((await summaryTexts(page)).length >= 1, 'summarizes while offline');
    await context.close();
  });
});
