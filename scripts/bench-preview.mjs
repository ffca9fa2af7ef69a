#!/usr/bin/env node
// Times a link preview from the fetched page's HTML to the key points on
// screen, as the extension's card does it (web/extension/preview-core.js):
// DOMParser (no scripts run), web/lib/dom-text.js with Readability, three key
// points from the WebAssembly engine in its module worker, the list put in
// the page. It runs in headless Chromium on the built extension's files
// served over HTTP: the same code and browser engine as the card, outside
// the extension's origin. The engine is loaded before the clock starts, as
// the card loads it while the page is being fetched; the first call after
// loading is reported on its own.
//
//   node scripts/bench-preview.mjs [--pages N]        (npm run bench:preview)
//
// Pages: saved news pages, PRECIS_SHARED_DATA (default ../shared/data)
// html_pages/pages/*.html.gz, N of them (default 24) spread over the set.
// Without the data it says so and stops (an error under CI=true).
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';

import {launchBrowser, missingPrerequisite, root, serveDir, wasmDir} from '../tests/browser/harness.mjs';
import {buildExtension} from '../web/build-extension.mjs';

export const TARGET_MS = 300;

const dataDir = path.resolve(root, process.env.PRECIS_SHARED_DATA ?? '../shared/data', 'html_pages');

function parsePages(argv) {
  const at = argv.indexOf('--pages');
  const n = at >= 0 ? Number(argv[at + 1]) : 24;
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    console.error('bench-preview: --pages takes a whole number from 1 to 1000');
    process.exit(2);
  }
  return n;
}

// N pages spread evenly over the sorted set: [{id, url, html}].
function loadPages(n) {
  const dir = path.join(dataDir, 'pages');
  const urls = new Map();
  const meta = path.join(dataDir, 'evaldata.jsonl');
  if (existsSync(meta)) {
    for (const line of readFileSync(meta, 'utf8').split('\n').filter(Boolean)) {
      const row = JSON.parse(line);
      urls.set(row.id, row.url);
    }
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort();
  const step = Math.max(1, files.length / n);
  const chosen = [];
  for (let k = 0; k < Math.min(n, files.length); k++) chosen.push(files[Math.floor(k * step)]);
  return chosen.map((f) => {
    const id = f.replace(/\.html\.gz$/, '');
    return {id, url: urls.get(id) ?? `https://example.invalid/${id}.html`,
      html: gunzipSync(readFileSync(path.join(dir, f))).toString('utf8')};
  });
}

// The page that runs the card's code on the HTML it is given (a module of
// its own: the server's CSP allows no inline script).
const BENCH_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="bench.js"></script></head><body></body></html>`;
const BENCH_JS = `import {createSummarizer} from './lib/summarizer.js';
import {previewFromHtml} from './preview-core.js';
import {Readability} from './vendor/readability.js';
const summarizer = createSummarizer({idleTimeoutMs: 0});
window.ready = summarizer.version();
window.preview = async (html, url) => {
  const t0 = performance.now();
  const p = await previewFromHtml(html, url, {Readability, summarizer});
  const list = document.createElement('ol');
  for (const point of p.points) list.append(Object.assign(document.createElement('li'), {textContent: point}));
  document.body.replaceChildren(list);
  const ms = performance.now() - t0;
  return {ms, parse: p.ms.parse, summarize: p.ms.summarize, points: p.points.length, source: p.source,
    title: p.title};
};
`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function main() {
  const n = parsePages(process.argv.slice(2));
  if (!existsSync(path.join(dataDir, 'pages'))) {
    const message = `bench-preview: no saved pages in ${dataDir}/pages (set PRECIS_SHARED_DATA)`;
    if (process.env.CI === 'true') {
      console.error(message);
      process.exit(1);
    }
    console.log(`${message}; nothing to measure`);
    return;
  }
  const missing = await missingPrerequisite();
  if (missing) {
    console.error(`bench-preview: cannot run: ${missing}`);
    process.exit(1);
  }
  const pages = loadPages(n);
  const out = mkdtempSync(path.join(tmpdir(), 'precis-bench-preview-'));
  const browser = await launchBrowser();
  let served = null;
  try {
    const built = buildExtension({out, wasmDir, quiet: true});
    writeFileSync(path.join(built.dirs.chrome, 'bench.html'), BENCH_HTML);
    writeFileSync(path.join(built.dirs.chrome, 'bench.js'), BENCH_JS);
    served = await serveDir(built.dirs.chrome);
    const page = await browser.newPage();
    await page.goto(`${served.origin}/bench.html`);
    await page.waitForFunction(() => 'ready' in window);
    await page.evaluate(() => /** @type {any} */ (window).ready);
    const rows = [];
    for (const [k, p] of pages.entries()) {
      const r = await page.evaluate(([html, url]) => /** @type {any} */ (window).preview(html, url), [p.html, p.url]);
      rows.push({...r, id: p.id, kb: Buffer.byteLength(p.html) / 1024, first: k === 0});
    }
    console.log('page              HTML KB  parse+extract  summarize  total ms  points');
    for (const r of rows) {
      console.log(`${r.id}  ${r.kb.toFixed(0).padStart(7)}  ${r.parse.toFixed(1).padStart(13)}  `
        + `${r.summarize.toFixed(1).padStart(9)}  ${r.ms.toFixed(1).padStart(8)}  ${String(r.points).padStart(6)}`
        + `${r.first ? '  (first call after loading)' : ''}`);
    }
    const totals = rows.map((r) => r.ms);
    const med = median(totals);
    const max = Math.max(...totals);
    console.log(`\n${rows.length} saved news pages, headless Chromium, fetched HTML to key points shown:`);
    console.log(`median ${med.toFixed(1)} ms, max ${max.toFixed(1)} ms`
      + ` (parse+extract median ${median(rows.map((r) => r.parse)).toFixed(1)} ms,`
      + ` summarize median ${median(rows.map((r) => r.summarize)).toFixed(1)} ms)`);
    console.log(`target ${TARGET_MS} ms: ${max <= TARGET_MS ? 'met' : 'not met'} (every page within it)`);
  } finally {
    await browser.close();
    await served?.close();
    rmSync(out, {recursive: true, force: true});
  }
}

main().catch((error) => {
  console.error(`bench-preview: ${error.stack ?? error}`);
  process.exit(1);
});
