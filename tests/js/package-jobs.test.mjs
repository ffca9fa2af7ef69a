// The npm package's CLI with worker threads (--jobs N): a folder summarized
// with several threads gives exactly the output of one thread, as JSON and
// as rewritten front matter, with the same messages in the same order.
//   node --test tests/js/package-jobs.test.mjs
// Needs the wasm build (PRECIS_WASM_DIR, default build-wasm/wasm); skips
// without it unless PRECIS_REQUIRE_WASM=1.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync,
  writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wasmDir = path.resolve(process.env.PRECIS_WASM_DIR ?? path.join(root, 'build-wasm/wasm'));
const haveWasm = ['precis.mjs', 'precis.wasm'].every((f) => existsSync(path.join(wasmDir, f)));
const skip = haveWasm || process.env.PRECIS_REQUIRE_WASM === '1'
  ? false : `no wasm build in ${wasmDir} (run scripts/build-wasm.sh)`;

let tmp;
let pkgDir;
let corpus;

before(async () => {
  if (skip) return;
  const {buildPackage} = await import('../../web/build-package.mjs');
  tmp = mkdtempSync(path.join(tmpdir(), 'precis-jobs-'));
  symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'));
  pkgDir = path.join(tmp, 'package');
  await buildPackage({out: pkgDir, wasmDir, quiet: true});
  // Markdown posts, text articles in several languages, an HTML page, a file
  // the engine refuses (too large) and one that --front-matter skips.
  corpus = path.join(tmp, 'corpus');
  cpSync(path.join(root, 'tests/data/posts'), corpus, {recursive: true});
  for (const dir of ['lang', 'digest']) {
    for (const f of readdirSync(path.join(root, 'tests/data', dir)).filter((n) => n.endsWith('.txt'))) {
      cpSync(path.join(root, 'tests/data', dir, f), path.join(corpus, `${dir}-${f}`));
    }
  }
  const sample = readFileSync(path.join(root, 'samples/harbor-bridge.txt'), 'utf8');
  writeFileSync(path.join(corpus, 'page.html'), `<html><body><main><h1>Bridge</h1>${
    sample.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</main></body></html>`);
  writeFileSync(path.join(corpus, 'huge.txt'), 'Words and more words. '.repeat(200000));
  writeFileSync(path.join(corpus, 'toml.md'), `+++\ntitle = "x"\n+++\n${sample}`);
  for (let i = 0; i < 6; i++) writeFileSync(path.join(corpus, `copy-${i}.md`), `---\ntitle: ${i}\n---\n${sample}`);
});

after(() => {
  if (tmp) rmSync(tmp, {recursive: true, force: true});
});

function runCli(args) {
  const r = spawnSync(process.execPath, [path.join(pkgDir, 'cli.js'), ...args],
    {encoding: 'utf8', maxBuffer: 64 << 20});
  return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

const tree = (dir) => Object.fromEntries(readdirSync(dir, {recursive: true, withFileTypes: true})
  .filter((e) => e.isFile())
  .map((e) => [path.relative(dir, path.join(e.parentPath ?? e.path, e.name)),
    readFileSync(path.join(e.parentPath ?? e.path, e.name), 'utf8')]));

describe('npm CLI with worker threads', {skip}, () => {
  test('JSON for a folder: --jobs 3 writes what --jobs 1 writes', () => {
    const one = runCli([corpus, '--envelope', '--sentences', '2', '--jobs', '1']);
    const three = runCli([corpus, '--envelope', '--sentences', '2', '--jobs', '3']);
    assert.equal(one.status, 1, 'the oversized file fails the run');
    assert.match(one.stderr, /huge\.txt: .*input_too_large|huge\.txt: .*limit/);
    assert.equal(three.status, one.status);
    assert.equal(three.stderr, one.stderr);
    assert.equal(three.stdout, one.stdout);
    const files = JSON.parse(one.stdout).files;
    assert.ok(files.length > 20, `${files.length} files`);
    assert.ok(files.every((f) => f.envelope.ok));
  });

  test('front matter: the same files rewritten and the same messages', () => {
    const runs = [];
    for (const jobs of ['1', '4']) {
      const dir = path.join(tmp, `fm-${jobs}`);
      mkdirSync(dir);
      cpSync(corpus, dir, {recursive: true});
      const check = runCli([dir, '--front-matter', '--check', '--jobs', jobs]);
      assert.equal(check.status, 1, check.stderr);
      const r = runCli([dir, '--front-matter', '--jobs', jobs]);
      runs.push({r, check, files: tree(dir), dir});
    }
    const [a, b] = runs;
    const strip = (s, dir) => s.split(dir).join('DIR');
    assert.equal(strip(b.r.stderr, b.dir), strip(a.r.stderr, a.dir));
    assert.equal(strip(b.check.stderr, b.dir), strip(a.check.stderr, a.dir));
    assert.equal(b.r.status, a.r.status);
    assert.deepEqual(b.files, a.files);
    assert.match(a.r.stderr, /skipped: .*toml\.md/);
    assert.match(a.files['copy-3.md'], /^---\ntitle: 3\nsummary: "/);
    // A file named twice is rewritten once.
    const twice = runCli([b.dir, path.join(b.dir, 'copy-0.md'), '--front-matter', '--jobs', '2']);
    assert.equal(twice.status, 0, twice.stderr);
    assert.equal((twice.stderr.match(/copy-0\.md/g) ?? []).length, 1);
  });

  test('--jobs takes a whole number from 1', () => {
    assert.equal(runCli([corpus, '--jobs', '0']).status, 2);
    assert.equal(runCli([corpus, '--jobs', 'x']).status, 2);
  });
});
