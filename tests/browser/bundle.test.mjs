// The packed precis-summarizer tarball in a fresh project with two
// mainstream bundlers (esbuild and Vite, pinned, from the npm registry): the
// app is bundled for the browser, headless Chromium loads the page, and the
// summary appears. Vite needs no setup (it follows new URL(…,
// import.meta.url)); esbuild needs the worker and the engine copied.
// TypeScript (pinned) checks an app against the package's declarations.
//   node --test tests/browser/bundle.test.mjs
// Needs the npm registry for esbuild; skips like the other browser tests
// when prerequisites are missing (PRECIS_REQUIRE_BROWSER=1 makes it fail).
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync}
  from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';

import {launchBrowser, requirePrerequisites, root, serveDir, skipReason, wasmDir} from './harness.mjs';

const skip = await skipReason();
const ESBUILD = 'esbuild@0.28.2';
const VITE = 'vite@8.4.0';
const TYPESCRIPT = 'typescript@5.9.3';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const APP = `
import {Summarizer, configure, version} from 'precis-summarizer';

if (window.PRECIS_ASSETS) configure({assetsUrl: window.PRECIS_ASSETS});

const out = document.getElementById('out');
try {
  const text = document.getElementById('article').textContent;
  const summarizer = await Summarizer.create({type: 'key-points', length: 'short', format: 'plain-text'});
  out.textContent = await summarizer.summarize(text);
  document.documentElement.dataset.version = await version();
  document.documentElement.dataset.state = 'ready';
} catch (error) {
  out.textContent = String(error && error.stack || error);
  document.documentElement.dataset.state = 'error';
}
`;

// Uses the whole public API; every line must type-check, and the last call
// must not (the declarations are not \`any\`).
const TS_APP = `
import {Summarizer, createSummarizer, createBestSummarizer, configure, version, summarizeEnvelope,
  PrecisError, ERROR_CODES, TYPES, INPUT_QUOTA} from 'precis-summarizer';
import type {PrecisSummarizer, DetailedSummary, SummarizerType, Availability, SummarizerLike}
  from 'precis-summarizer';
import {PrecisSummaryElement} from 'precis-summarizer/element';

configure({assetsUrl: '/assets/'});
const type: SummarizerType = TYPES[1];
const availability: Availability = await Summarizer.availability({type, expectedInputLanguages: ['en']});
const s: PrecisSummarizer = await Summarizer.create({type, length: 'short', format: 'plain-text',
  sharedContext: 'a blog', signal: new AbortController().signal,
  monitor(m) { m.addEventListener('downloadprogress', () => {}); }});
const text: string = await s.summarize('Some text.', {context: 'x', signal: AbortSignal.timeout(1000)});
const detailed: DetailedSummary = await s.summarizeDetailed(text);
const start: number = detailed.pieces[0].utf16Start + detailed.envelope.stats.sentences;
const stream: ReadableStream<string> = s.summarizeStreaming(text);
const usage: number = await s.measureInputUsage(text) + s.inputQuota + INPUT_QUOTA;
const other: PrecisSummarizer = await createSummarizer();
const best: SummarizerLike = await createBestSummarizer({type: 'headline'});
best.destroy();
const envelope = await summarizeEnvelope(text, {sentences: 2, facts: 3});
const kinds: string = envelope.facts.map((f) => f.kinds.join()).join() + envelope.keywords[0].text;
const v: string = await version();
const el: PrecisSummaryElement = document.createElement('precis-summary');
await el.refresh();
el.addEventListener('precis-summary', (e) => console.log(e.detail.output.length));
try { other.destroy(); } catch (e) { if (e instanceof PrecisError) console.log(e.code, ERROR_CODES); }
console.log(availability, start, stream, usage, kinds, v);
// @ts-expect-error: 'poem' is not a summarizer type
await Summarizer.create({type: 'poem'});
`;

const TSCONFIG = {compilerOptions: {strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext',
  target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], types: [], skipLibCheck: false}, files: ['app.ts']};

function pageHtml(text, {script, assets}) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>Bundled app</title>
${assets ? '<script src="./config.js"></script>' : ''}
<script type="module" src="./${script}"></script>
</head><body>
<article id="article">${esc(text)}</article>
<pre id="out"></pre>
</body></html>
`;
}

describe('bundled with esbuild and Vite from the packed tarball', {skip}, () => {
  let tmp;
  let served;
  let origin;
  let browser;
  let viteLog = '';
  const requests = [];

  before(async () => {
    await requirePrerequisites();
    const {buildPackage, packPackage} = await import('../../web/build-package.mjs');
    tmp = mkdtempSync(path.join(tmpdir(), 'precis-bundle-'));
    const built = await buildPackage({out: path.join(tmp, 'package'), wasmDir, quiet: true});
    const tarball = packPackage({out: built.out, destination: tmp, quiet: true});

    const project = path.join(tmp, 'app');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'app', private: true, type: 'module'}));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--save-exact', ESBUILD, VITE, TYPESCRIPT, tarball],
      {cwd: project, stdio: 'pipe', timeout: 240000});
    writeFileSync(path.join(project, 'app.js'), APP);
    const dist = path.join(project, 'dist');
    execFileSync(path.join(project, 'node_modules/.bin/esbuild'), ['app.js', '--bundle', '--format=esm',
      '--platform=browser', '--target=es2022', '--log-level=warning', `--outfile=${path.join(dist, 'app.js')}`],
    {cwd: project, stdio: 'pipe'});
    // esbuild does not copy files named by new URL(…, import.meta.url): the
    // worker and the engine go beside the bundle, or in a folder given as
    // assetsUrl.
    const pkgDir = path.join(project, 'node_modules/precis-summarizer');
    for (const f of ['precis-worker.js', 'precis.wasm']) {
      cpSync(path.join(pkgDir, f), path.join(dist, f));
      cpSync(path.join(pkgDir, f), path.join(dist, 'assets', f));
    }
    const text = readFileSync(path.join(root, 'samples/harbor-bridge.txt'), 'utf8');
    writeFileSync(path.join(dist, 'index.html'), pageHtml(text, {script: 'app.js'}));
    mkdirSync(path.join(dist, 'sub'));
    cpSync(path.join(dist, 'app.js'), path.join(dist, 'sub/app.js'));
    writeFileSync(path.join(dist, 'sub/config.js'), 'window.PRECIS_ASSETS = "../assets/";\n');
    writeFileSync(path.join(dist, 'sub/index.html'), pageHtml(text, {script: 'app.js', assets: true}));
    writeFileSync(path.join(project, 'favicon.ico'), '');
    // Vite: index.html at the project's root is the entry; relative base.
    writeFileSync(path.join(project, 'index.html'), pageHtml(text, {script: 'app.js'}));
    const vite = spawnSync(process.execPath, [path.join(project, 'node_modules/vite/bin/vite.js'), 'build',
      '--base', './', '--outDir', 'dist-vite', '--logLevel', 'warn'], {cwd: project, encoding: 'utf8', timeout: 120000});
    viteLog = `${vite.stdout}${vite.stderr}`;
    assert.equal(vite.status, 0, viteLog);
    served = await serveDir(project);
    origin = served.origin;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await served?.close();
    if (tmp && !process.env.KEEP) rmSync(tmp, {recursive: true, force: true});
  });

  test('TypeScript checks an app against the declarations', () => {
    const project = path.join(tmp, 'app');
    writeFileSync(path.join(project, 'app.ts'), TS_APP);
    writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    const r = spawnSync(process.execPath, [path.join(project, 'node_modules/typescript/bin/tsc'), '-p', project],
      {cwd: project, encoding: 'utf8'});
    assert.equal(r.status, 0, r.stdout + r.stderr);
    // And it does fail on a wrong use.
    writeFileSync(path.join(project, 'app.ts'), `${TS_APP}\nconst wrong: number = await version();\n`);
    const bad = spawnSync(process.execPath, [path.join(project, 'node_modules/typescript/bin/tsc'), '-p', project],
      {cwd: project, encoding: 'utf8'});
    assert.notEqual(bad.status, 0);
    assert.match(bad.stdout, /Type 'string' is not assignable to type 'number'/);
  });

  test('the bundle holds the browser entry, not the node one', () => {
    const bundle = readFileSync(path.join(tmp, 'app/dist/app.js'), 'utf8');
    const viteAssets = readdirSync(path.join(tmp, 'app/dist-vite/assets'));
    assert.ok(!viteAssets.some((f) => f.endsWith('.mjs')), 'the node loader is not in the Vite build');
    assert.match(bundle, /precis-worker\.js/);
    assert.doesNotMatch(bundle, /node:fs|createRequire|readFile/);
    assert.ok(statSync(path.join(tmp, 'app/dist/app.js')).size < 100_000, 'the engine is not inlined');
  });

  test('Vite emitted the worker and the engine as assets, without warnings', () => {
    assert.equal(viteLog.trim(), '');
    const assets = readdirSync(path.join(tmp, 'app/dist-vite/assets'));
    assert.ok(assets.some((f) => /^precis-worker-.*\.js$/.test(f)), assets.join(' '));
    assert.ok(assets.some((f) => /^precis-.*\.wasm$/.test(f)), assets.join(' '));
  });

  for (const [name, url] of [['esbuild, worker and engine beside the bundle', 'dist/index.html'],
    ['esbuild, worker and engine from assetsUrl', 'dist/sub/index.html'],
    ['Vite, no setup', 'dist-vite/index.html']]) {
    test(`Chromium runs the page bundled with ${name}`, async () => {
      const context = await browser.newContext();
      context.on('request', (r) => requests.push(r.url()));
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); }));
      page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
      try {
        await page.goto(`${origin}/${url}`);
        await page.waitForFunction(() => document.documentElement.dataset.state, null, {timeout: 30000});
        const result = await page.evaluate(() => ({state: document.documentElement.dataset.state,
          version: document.documentElement.dataset.version, out: document.getElementById('out').textContent}));
        assert.equal(result.state, 'ready', `${result.out}\n${errors.join('\n')}`);
        assert.match(result.version, /^\d+\.\d+\.\d+/);
        const bullets = result.out.split('\n');
        assert.equal(bullets.length, 3, result.out);
        assert.ok(bullets.every((b) => b.startsWith('• ')), result.out);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('every request stayed on the page\'s origin', () => {
    assert.ok(requests.some((u) => u.endsWith('/assets/precis.wasm')));
    assert.ok(requests.some((u) => new URL(u).pathname === '/dist/precis.wasm'));
    assert.ok(requests.some((u) => /^\/dist-vite\/assets\/precis-.*\.wasm$/.test(new URL(u).pathname)));
    assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), []);
  });
});
