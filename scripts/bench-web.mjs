#!/usr/bin/env node
// Measures the web page in headless Chromium and prints its targets, each
// with its figure and whether it is met:
//   * the gzipped size of everything an English visit downloads (the page
//     and its worker, each URL once, until the network has been quiet for a
//     second after the first summary), and what a French text adds;
//   * the time from navigation start to the first summary on screen (the
//     sample article), median of several runs, on a first visit (fresh
//     profile) and a repeat visit (served by the service worker's cache);
//   * the time from a paste to its summary on a fresh page, the paste made
//     as soon as the page script runs (the worker has only just started),
//     for an English text and for a French one (which loads the engine with
//     every language).
//
//   node scripts/bench-web.mjs [--runs N]        (npm run bench:web)
//
// Needs the wasm build (PRECIS_WASM_DIR, default build-wasm/wasm), Chromium
// (/usr/bin/chromium) and npm ci. The site is built into a temporary folder.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';

import {launchBrowser, missingPrerequisite, serveSite, waitForSummary}
  from '../tests/browser/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENGLISH = readFileSync(path.join(root, 'samples/harbor-bridge.txt'), 'utf8');
const FRENCH = readFileSync(path.join(root, 'tests/data/lang/fr.txt'), 'utf8');

const TARGETS = {visitKB: 150, firstSummaryMs: 300, pasteMs: 300};

function parseRuns(argv) {
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv[at + 1]) : 5;
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
    console.error('bench-web: --runs takes a whole number from 1 to 50');
    process.exit(2);
  }
  return runs;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// Milliseconds from navigation start to: app.js running, the engine loaded,
// the first summary shown.
async function timings(page) {
  await waitForSummary(page, 60000);
  return page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {script: at('precis-app-start'), engine: at('precis-engine-ready'), summary: at('precis-first-summary')};
  });
}

// Waits until the network has been quiet for `quietMs` (requests counted by
// the context's listener through `pending`).
async function settle(pending, quietMs = 1000) {
  let quietSince = Date.now();
  for (;;) {
    if (pending.size > 0) quietSince = Date.now();
    if (Date.now() - quietSince >= quietMs) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A browser context that records the URLs its page and workers request
// (not the service worker's own precaching).
async function recordingContext(browser) {
  const context = await browser.newContext();
  const urls = new Set();
  const pending = new Set();
  context.on('request', (r) => {
    if (r.serviceWorker()) return;
    urls.add(r.url());
    pending.add(r);
  });
  context.on('requestfinished', (r) => pending.delete(r));
  context.on('requestfailed', (r) => pending.delete(r));
  return {context, urls, pending};
}

// Milliseconds from a paste of `text`, made as soon as the page script runs
// on a fresh page, to its summary on screen.
async function pasteOnFreshPage(browser, url, text) {
  const {context, urls, pending} = await recordingContext(browser);
  const page = await context.newPage();
  await page.goto(url, {waitUntil: 'commit'});
  await page.waitForFunction(() => performance.getEntriesByName('precis-app-start').length > 0,
    null, {timeout: 60000, polling: 5});
  const head = text.trim().replace(/\s+/g, ' ').slice(0, 60);
  const ms = await page.evaluate(async ({text, head}) => {
    const box = /** @type {HTMLTextAreaElement} */ (document.getElementById('article'));
    const t0 = performance.now();
    box.value = text;
    box.dispatchEvent(new InputEvent('input', {inputType: 'insertFromPaste', bubbles: true}));
    const source = document.getElementById('source');
    await new Promise((resolve, reject) => {
      const check = () => {
        const shown = source.textContent.trim().replace(/\s+/g, ' ');
        if (document.documentElement.dataset.state === 'ready' && shown.startsWith(head)) resolve();
        else if (performance.now() - t0 > 60000) reject(new Error(`no summary of the paste: ${shown.slice(0, 60)}`));
        else setTimeout(check, 2);
      };
      check();
    });
    return performance.now() - t0;
  }, {text, head});
  await settle(pending);
  await context.close();
  return {ms, urls};
}

function sizes(urls, origin, siteDir) {
  return [...urls].filter((u) => u.startsWith(origin)).map((u) => {
    let rel = new URL(u).pathname.replace(/^\//, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const data = readFileSync(path.join(siteDir, rel));
    return {file: rel, bytes: data.length, gzip: gzipSync(data, {level: 9}).length};
  }).sort((a, b) => b.gzip - a.gzip);
}

const sum = (rows) => rows.reduce((a, r) => ({bytes: a.bytes + r.bytes, gzip: a.gzip + r.gzip}), {bytes: 0, gzip: 0});

async function main() {
  const runs = parseRuns(process.argv.slice(2));
  const missing = await missingPrerequisite();
  if (missing) {
    console.error(`bench-web: cannot run: ${missing}`);
    process.exit(1);
  }
  const site = await serveSite();
  const browser = await launchBrowser();
  try {
    const origin = new URL(site.url).origin;
    const cold = [];
    const warm = [];
    const pasteEnglish = [];
    const pasteFrench = [];
    let english = null;
    let french = null;
    for (let i = 0; i < runs; i++) {
      const {context, urls, pending} = await recordingContext(browser);
      const page = await context.newPage();
      await page.goto(site.url);
      cold.push(await timings(page));
      if (english === null) {
        // What an English visit needed, before the service worker fetches
        // the site for offline use.
        await settle(pending);
        english = new Set(urls);
      }
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: 10000});
      await page.reload();
      warm.push(await timings(page));
      await context.close();

      pasteEnglish.push((await pasteOnFreshPage(browser, site.url, ENGLISH)).ms);
      const fr = await pasteOnFreshPage(browser, site.url, FRENCH);
      pasteFrench.push(fr.ms);
      french ??= fr.urls;
    }

    const englishRows = sizes(english, origin, site.siteDir);
    console.log('downloaded by an English visit (bytes, raw / gzip -9):');
    for (const r of englishRows) {
      console.log(`  ${r.file.padEnd(28)} ${String(r.bytes).padStart(9)} ${String(r.gzip).padStart(9)}`);
    }
    const englishTotal = sum(englishRows);
    console.log(`  ${'total'.padEnd(28)} ${String(englishTotal.bytes).padStart(9)} ${String(englishTotal.gzip).padStart(9)}`);
    const frenchRows = sizes(french, origin, site.siteDir);
    const added = frenchRows.filter((r) => !englishRows.some((e) => e.file === r.file));
    console.log('added by a French text:');
    for (const r of added) {
      console.log(`  ${r.file.padEnd(28)} ${String(r.bytes).padStart(9)} ${String(r.gzip).padStart(9)}`);
    }
    const frenchTotal = sum(frenchRows);
    console.log(`  ${'French visit total'.padEnd(28)} ${String(frenchTotal.bytes).padStart(9)} ${String(frenchTotal.gzip).padStart(9)}`);
    const whole = sum(site.files);
    console.log(`whole site: ${whole.bytes} bytes, ${whole.gzip} gzipped`);

    const fmt = (xs, key) => `${median(xs.map((x) => x[key])).toFixed(0).padStart(5)} ms`;
    console.log(`navigation start to ... (median of ${runs} runs)   first visit   repeat visit`);
    for (const [key, what] of [['script', 'page script running'], ['engine', 'engine loaded in the worker'],
      ['summary', 'first summary shown']]) {
      console.log(`  ${what.padEnd(40)} ${fmt(cold, key)}      ${fmt(warm, key)}`);
    }
    const list = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
    console.log(`first summary, each run (ms): first visit ${list(cold.map((x) => x.summary))}; `
      + `repeat ${list(warm.map((x) => x.summary))}`);
    console.log(`paste to summary on a fresh page, each run (ms): English ${list(pasteEnglish)}; `
      + `French ${list(pasteFrench)}`);

    const verdict = (ok) => (ok ? 'met' : 'not met');
    const rows = [
      ['English visit downloads, gzipped', `${(englishTotal.gzip / 1000).toFixed(1)} KB`,
        `<= ${TARGETS.visitKB} KB`, verdict(englishTotal.gzip <= TARGETS.visitKB * 1000)],
      ['first summary after a cold navigation', `${median(cold.map((x) => x.summary)).toFixed(0)} ms`,
        `<= ${TARGETS.firstSummaryMs} ms`, verdict(median(cold.map((x) => x.summary)) <= TARGETS.firstSummaryMs)],
      ['paste to summary, fresh page, English', `${median(pasteEnglish).toFixed(0)} ms`,
        `<= ${TARGETS.pasteMs} ms`, verdict(median(pasteEnglish) <= TARGETS.pasteMs)],
    ];
    console.log(`targets (medians of ${runs} runs; 1 KB = 1000 bytes):`);
    for (const [what, figure, target, ok] of rows) {
      console.log(`  ${what.padEnd(40)} ${figure.padStart(9)}  target ${target.padEnd(10)} ${ok}`);
    }
    console.log(`also: French visit ${(frenchTotal.gzip / 1000).toFixed(1)} KB gzipped; French paste to summary `
      + `on a fresh page ${median(pasteFrench).toFixed(0)} ms`);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error) => {
  console.error(`bench-web: ${error.stack ?? error}`);
  process.exit(1);
});
