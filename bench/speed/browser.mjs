// Times the WebAssembly module in headless Chromium:
//   node bench/speed/browser.mjs WASM_DIR FILE... [--runs N]
// serves WASM_DIR's precis.mjs + precis.wasm and the files from a temporary
// folder on localhost, loads the module in a page and prints one JSON line
// per file: {"file", "ms": median wall time of summarize() in the page,
// "minMs": the fastest run, "runs", "heapBytes", "ok"}. Needs
// playwright-core (npm ci) and Chromium (/usr/bin/chromium, or
// PRECIS_CHROMIUM). As in wasm.mjs, the summarize() call itself is timed,
// on the page's thread (no worker message round trip), after a second of
// warm-up calls on each input.
import {copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {startServer} from '../../scripts/serve.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const maxRuns = at >= 0 ? Number(args[at + 1]) : 15;
if (at >= 0) args.splice(at, 2);
const [wasmDir, ...files] = args;
if (!wasmDir || files.length === 0) {
  console.error('usage: node browser.mjs WASM_DIR FILE... [--runs N]');
  process.exit(2);
}

const site = mkdtempSync(path.join(tmpdir(), 'precis-speed-'));
for (const f of ['precis.mjs', 'precis.wasm']) copyFileSync(path.join(wasmDir, f), path.join(site, f));
files.forEach((f, i) => copyFileSync(f, path.join(site, `input-${i}.txt`)));
writeFileSync(path.join(site, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>precis speed</title>' +
  '<script type="module" src="bench.js"></script>\n');
// The page loads the module once, then times summarize() on each input.
writeFileSync(path.join(site, 'bench.js'), `
import createPrecisModule from './precis.mjs';
const ready = createPrecisModule();
window.timeInput = async (url, maxRuns) => {
  const precis = await ready;
  const text = await (await fetch(url)).text();
  let ok = null;
  const warmStart = performance.now();
  for (let i = 0; ; i++) {
    const out = precis.summarize(text);
    if (ok === null) ok = JSON.parse(out).ok;
    const spent = performance.now() - warmStart;
    if (spent > 1000 && (i >= 2 || (i >= 1 && text.length > 200000))) break;
  }
  const times = [];
  const started = performance.now();
  for (let i = 0; i < maxRuns; i++) {
    const t0 = performance.now();
    precis.summarize(text);
    times.push(performance.now() - t0);
    if (performance.now() - started > 3000) break;
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const ms = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  const heapBytes = precis.HEAP8 ? precis.HEAP8.buffer.byteLength : null;
  return {ms, minMs: times[0], runs: times.length, heapBytes, ok};
};
window.benchReady = true;
`);

const {chromium} = await import('playwright-core');
const {server, url} = await startServer({dir: site, port: 0});
const browser = await chromium.launch({
  executablePath: process.env.PRECIS_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'], headless: true,
});
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true, null, {timeout: 30000});
  for (let i = 0; i < files.length; i++) {
    const r = await page.evaluate(([u, n]) => window.timeInput(u, n), [`input-${i}.txt`, maxRuns]);
    console.log(JSON.stringify({file: files[i], ...r}));
  }
} finally {
  await browser.close();
  server.closeAllConnections?.();
  await new Promise((resolve) => server.close(resolve));
  rmSync(site, {recursive: true, force: true});
}
