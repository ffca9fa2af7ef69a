#!/usr/bin/env node
// Measures the web page in headless Chromium:
//   * the gzipped size of everything the page downloads (each URL once);
//   * the time from navigation start to the first summary on screen, median
//     of several runs, for a first visit (fresh profile) and a repeat visit
//     (served by the service worker's cache).
//
//   node scripts/bench-web.mjs [--runs N]        (npm run bench:web)
//
// Needs the wasm build (PRECIS_WASM_DIR, default build-wasm/wasm), Chromium
// (/usr/bin/chromium) and npm ci. The site is built into a temporary folder.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

import {launchBrowser, missingPrerequisite, serveSite, waitForSummary}
  from '../tests/browser/harness.mjs';

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
    let downloaded = null;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const urls = new Set();
      // Requests of the page and its worker; not the service worker's own.
      context.on('request', (r) => { if (!r.serviceWorker()) urls.add(r.url()); });
      const page = await context.newPage();
      await page.goto(site.url);
      cold.push(await timings(page));
      if (downloaded === null) {
        // What the page itself needed, before the service worker fetches
        // the rest of the site for offline use.
        downloaded = new Set(urls);
      }
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout: 10000});
      await page.reload();
      warm.push(await timings(page));
      await context.close();
    }

    const rows = [...downloaded].filter((u) => u.startsWith(origin)).map((u) => {
      let rel = new URL(u).pathname.replace(/^\//, '');
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const data = readFileSync(path.join(site.siteDir, rel));
      return {file: rel, bytes: data.length, gzip: gzipSync(data, {level: 9}).length};
    }).sort((a, b) => b.gzip - a.gzip);
    console.log('downloaded by the page (bytes, raw / gzip -9):');
    for (const r of rows) {
      console.log(`  ${r.file.padEnd(28)} ${String(r.bytes).padStart(9)} ${String(r.gzip).padStart(9)}`);
    }
    const total = rows.reduce((a, r) => ({bytes: a.bytes + r.bytes, gzip: a.gzip + r.gzip}), {bytes: 0, gzip: 0});
    console.log(`  ${'total'.padEnd(28)} ${String(total.bytes).padStart(9)} ${String(total.gzip).padStart(9)}`);
    const site_ = site.files.reduce((a, f) => ({bytes: a.bytes + f.bytes, gzip: a.gzip + f.gzip}), {bytes: 0, gzip: 0});
    console.log(`whole site, precached for offline use: ${site_.bytes} bytes, ${site_.gzip} gzipped`);
    const fmt = (xs, key) => `${median(xs.map((x) => x[key])).toFixed(0).padStart(5)} ms`;
    console.log(`navigation start to ... (median of ${runs} runs)   first visit   repeat visit`);
    for (const [key, what] of [['script', 'page script running'], ['engine', 'engine loaded in the worker'],
      ['summary', 'first summary shown']]) {
      console.log(`  ${what.padEnd(40)} ${fmt(cold, key)}      ${fmt(warm, key)}`);
    }
    console.log(`first summary, each run (ms): first visit ${cold.map((x) => x.summary.toFixed(0)).join(', ')}; `
      + `repeat ${warm.map((x) => x.summary.toFixed(0)).join(', ')}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((error) => {
  console.error(`bench-web: ${error.stack ?? error}`);
  process.exit(1);
});
