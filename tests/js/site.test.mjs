// The static site builder (web/build-site.mjs) and the localhost server
// (scripts/serve.mjs), without a browser. The builder only copies the wasm
// files, so these tests give it a stand-in folder (with the checked-in
// contract as its contract.json) and need no wasm build.
//   node --test tests/js/site.test.mjs
import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';

import {buildSite} from '../../web/build-site.mjs';
import {CONTRACT} from '../../web/lib/contract.js';
import {CSP_HEADER, startServer} from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const haveReadability = existsSync(path.join(root, 'node_modules/@mozilla/readability/Readability.js'));
const skip = haveReadability ? false : 'node_modules is missing (npm ci)';

function fakeWasmDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-wasm-'));
  writeFileSync(path.join(dir, 'precis.mjs'), 'export default async function createPrecisModule() {}\n');
  writeFileSync(path.join(dir, 'precis.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(path.join(dir, 'precis-en.mjs'), 'export default async function createPrecisModule() {}\n');
  writeFileSync(path.join(dir, 'precis-en.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(path.join(dir, 'contract.json'), JSON.stringify(CONTRACT));
  return dir;
}

function get(url, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {method}, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks)}));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('build-site', {skip}, () => {
  let wasmDir;
  let out;
  let built;

  before(() => {
    wasmDir = fakeWasmDir();
    out = mkdtempSync(path.join(tmpdir(), 'precis-site-'));
    built = buildSite({out, wasmDir, quiet: true});
  });

  after(() => {
    rmSync(wasmDir, {recursive: true, force: true});
    rmSync(out, {recursive: true, force: true});
  });

  test('puts the page, the client, the engine and Readability in one folder', () => {
    for (const f of ['index.html', 'app.js', 'app.css', 'text-import.js', 'sample-article.txt', 'sw.js',
      'manifest.webmanifest', 'icon.svg', 'lib/summarizer.js', 'lib/summarizer-worker.js',
      'lib/worker-core.js', 'lib/errors.js', 'lib/precis.mjs', 'lib/precis.wasm', 'lib/precis-en.mjs',
      'lib/precis-en.wasm', 'looks-like-html.js', 'vendor/readability.js', 'vendor/readability.LICENSE.md']) {
      assert.ok(existsSync(path.join(out, f)), f);
    }
    assert.deepEqual(readFileSync(path.join(out, 'lib/precis.wasm')), readFileSync(path.join(wasmDir, 'precis.wasm')));
  });

  test('uses relative paths only and no other origin', () => {
    for (const f of ['index.html', 'app.js', 'app.css', 'text-import.js', 'sw.js', 'manifest.webmanifest',
      'lib/summarizer.js', 'lib/summarizer-worker.js', 'lib/worker-core.js']) {
      const text = readFileSync(path.join(out, f), 'utf8');
      assert.doesNotMatch(text, /(?:src|href)=["']\/|https?:\/\/(?!www\.w3\.org\/2000\/svg)/, f);
      assert.doesNotMatch(text, /from ['"]\/|import\(['"]\//, f);
    }
  });

  test('carries the strict Content Security Policy as a meta tag', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.ok(csp);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(csp, /default-src 'self'/);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline scripts');
    assert.doesNotMatch(html, /\son[a-z]+=/, 'no inline event handlers');
  });

  test('the service worker precaches every file but those loaded on demand, under a content version', () => {
    const sw = readFileSync(path.join(out, 'sw.js'), 'utf8');
    const precache = JSON.parse(sw.match(/const PRECACHE = (\{.*\});/)[1]);
    assert.equal(precache.version, built.version);
    assert.match(precache.version, /^[0-9a-f]{16}$/);
    // The engine with every language and Readability are cached when first used.
    const onDemand = (f) => f === 'lib/precis.mjs' || f === 'lib/precis.wasm' || f.startsWith('vendor/');
    const expected = ['./', ...built.files.map((f) => f.file).filter((f) => f !== 'sw.js' && !onDemand(f))];
    assert.deepEqual([...precache.files].sort(), expected.sort());
    // Another build of the same inputs has the same version; a change makes a new one.
    const again = mkdtempSync(path.join(tmpdir(), 'precis-site-'));
    try {
      assert.equal(buildSite({out: again, wasmDir, quiet: true}).version, built.version);
      writeFileSync(path.join(wasmDir, 'precis.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 1]));
      assert.notEqual(buildSite({out: again, wasmDir, quiet: true}).version, built.version);
    } finally {
      rmSync(again, {recursive: true, force: true});
    }
  });

  test('Readability is an ES module exporting the class', async () => {
    const {Readability} = await import(pathToFileURL(path.join(out, 'vendor/readability.js')).href);
    assert.equal(typeof Readability, 'function');
    assert.equal(typeof Readability.prototype.parse, 'function');
  });

  test('refuses to build without the wasm files', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'precis-nowasm-'));
    try {
      assert.throws(() => buildSite({out: path.join(empty, 'site'), wasmDir: empty, quiet: true}),
        /wasm build is missing/);
    } finally {
      rmSync(empty, {recursive: true, force: true});
    }
  });
});

describe('serve', {skip}, () => {
  let wasmDir;
  let out;
  let server;
  let url;

  before(async () => {
    wasmDir = fakeWasmDir();
    out = mkdtempSync(path.join(tmpdir(), 'precis-site-'));
    buildSite({out, wasmDir, quiet: true});
    ({server, url} = await startServer({dir: out, port: 0}));
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(wasmDir, {recursive: true, force: true});
    rmSync(out, {recursive: true, force: true});
  });

  test('serves the site with types and the CSP header', async () => {
    assert.match(url, /^http:\/\/localhost:\d+\/$/);
    const index = await get(url);
    assert.equal(index.status, 200);
    assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(index.headers['content-security-policy'], CSP_HEADER);
    assert.deepEqual(index.body, readFileSync(path.join(out, 'index.html')));
    assert.equal((await get(`${url}lib/precis.wasm`)).headers['content-type'], 'application/wasm');
    assert.match((await get(`${url}lib/summarizer.js`)).headers['content-type'], /^text\/javascript/);
    const head = await get(`${url}app.css`, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  });

  test('refuses paths outside the folder, unknown files and other methods', async () => {
    assert.equal((await get(`${url}..%2f..%2fetc%2fpasswd`)).status, 403);
    assert.equal((await get(`${url}%2e%2e/%2e%2e/etc/passwd`)).status, 404);
    assert.equal((await get(`${url}nothing-here.js`)).status, 404);
    assert.equal((await get(`${url}%E0%A4%A`)).status, 400);
    assert.equal((await get(url, 'POST')).status, 405);
  });
});
