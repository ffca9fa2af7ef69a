// The WebAssembly module under node (node --test tests/js/wasm.test.mjs):
// envelopes, error codes, JS-string edge cases, and equality with the native
// CLI's `--format json` output.
//
// Environment (all optional):
//   PRECIS_WASM_DIR     folder with precis-node.mjs, precis.mjs, precis.wasm
//                       (default: build-wasm/wasm in the checkout); without a
//                       build there every test skips, unless
//   PRECIS_REQUIRE_WASM=1, which makes a missing build a failure (ctest sets it)
//   PRECIS_CLI          the native CLI (default: build/cli/precis)
//   PRECIS_SHARED_DATA  the shared data folder (default: ../shared/data)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { before, describe, test } from 'node:test';

import { cliPath, loadModule as load, root, sharedDir, sharedPresent, wasmDir, wasmSkip } from './env.mjs';

const samplePath = join(root, 'samples', 'harbor-bridge.txt');
import { CONTRACT } from '../../web/lib/contract.js';

const MAX_INPUT_BYTES = CONTRACT.limits.maxInputBytes;  // precis::Limits::kMaxInputBytes


// Summarize and parse; the raw string must itself be one line of JSON.
function run(precis, text, options) {
  const raw = options === undefined ? precis.summarize(text) : precis.summarize(text, options);
  assert.equal(typeof raw, 'string');
  assert.ok(!raw.includes('\n'), 'the envelope is a single line');
  return JSON.parse(raw);
}

function expectError(envelope, code) {
  assert.equal(envelope.ok, false, `expected ${code}, got ok`);
  assert.equal(envelope.error.code, code, envelope.error.message);
  assert.equal(typeof envelope.error.message, 'string');
  assert.ok(envelope.error.message.length > 0);
}

const collapse = (s) => s.replace(/\s+/gu, ' ').trim();

const skipAll = wasmSkip(['precis-node.mjs', 'precis.mjs', 'precis.wasm']);

let precis;
before(async () => {
  if (!skipAll) precis = await load('precis-node.mjs');
});

describe('envelopes', { skip: skipAll }, () => {
  test('version() is the envelope version', () => {
    assert.match(precis.version(), /^\d+\.\d+\.\d+$/);
    assert.equal(run(precis, 'One sentence.', '').version, precis.version());
  });

  test('the sample article: summary, keywords, facts, removed, stats', () => {
    const text = readFileSync(samplePath, 'utf8');
    const e = run(precis, text, '{"sentences":3}');
    assert.equal(e.ok, true);
    assert.deepEqual(Object.keys(e), ['ok', 'version', 'summary', 'headline', 'keywords', 'facts', 'removed',
      'language', 'stats']);
    assert.equal(e.language.code, 'en');
    assert.equal(e.language.source, 'detected');
    assert.equal(e.summary.length, 3);
    assert.equal(e.stats.inputBytes, Buffer.byteLength(text));
    const bytes = Buffer.from(text);
    let last = -1;
    for (const s of e.summary) {
      assert.ok(s.index > last, 'summary in document order');
      last = s.index;
      // Both offset systems point at the sentence in the caller's input.
      assert.equal(collapse(text.slice(s.utf16Start, s.utf16End)), s.text);
      assert.equal(collapse(bytes.subarray(s.byteStart, s.byteEnd).toString()), s.text);
    }
    for (const r of e.removed) assert.equal(collapse(text.slice(r.utf16Start, r.utf16End)), r.text);
  });

  test('length options and includeSentences', () => {
    const text = readFileSync(samplePath, 'utf8');
    assert.equal(run(precis, text, '{"sentences":1}').summary.length, 1);
    const words = run(precis, text, '{"words":40}');
    assert.ok(words.summary.length >= 1);
    const all = run(precis, text, '{"includeSentences":true,"keywords":0,"facts":0}');
    assert.equal(all.sentences.length, all.stats.sentences);
    assert.deepEqual(all.keywords, []);
    assert.deepEqual(all.facts, []);
    const sum = all.sentences.reduce((a, s) => a + s.score, 0);
    assert.ok(Math.abs(sum - 1) < 1e-3, `scores sum to 1 (got ${sum})`);
  });

  test('empty and blank input give an empty summary', () => {
    for (const text of ['', '   ', '\n\n\t ']) {
      const e = run(precis, text, '');
      assert.equal(e.ok, true);
      assert.deepEqual(e.summary, []);
      assert.equal(e.stats.sentences, 0);
    }
  });

  test('options may be omitted, null, undefined or blank', () => {
    const text = 'The council voted on Tuesday. The bridge will close in May. Repairs cost money.';
    const want = precis.summarize(text, '');
    assert.equal(precis.summarize(text), want);
    assert.equal(precis.summarize(text, null), want);
    assert.equal(precis.summarize(text, undefined), want);
    assert.equal(precis.summarize(text, '  {}  '), want);
  });
});

describe('error codes', { skip: skipAll }, () => {
  const text = 'A short article. It has two sentences.';
  const invalid = [
    '{', '[]', '"sentences"', '3', 'null', '{"sentences":0}', '{"sentences":2.5}',
    '{"sentences":"3"}', '{"ratio":0}', '{"ratio":1.5}', '{"words":-1}', '{"keywords":51}',
    '{"facts":21}', '{"removeJunk":1}', '{"includeSentences":"yes"}', '{"frobnicate":true}',
    '{"sentences":2,"words":10}', '{"sentences":1e400}',
  ];
  for (const options of invalid) {
    test(`invalid_options: ${options}`, () => expectError(run(precis, text, options), 'invalid_options'));
  }

  test('invalid_options: options that are not a string', () => {
    for (const options of [3, {}, { sentences: 2 }, [], true]) {
      expectError(run(precis, text, options), 'invalid_options');
    }
  });

  test('invalid_input: text that is not a string', () => {
    for (const bad of [undefined, null, 42, {}, ['x'], new Uint8Array(4)]) {
      expectError(run(precis, bad, ''), 'invalid_input');
    }
  });

  test('input_too_large: more UTF-16 code units than the byte limit', () => {
    expectError(run(precis, 'a'.repeat(MAX_INPUT_BYTES + 1), ''), 'input_too_large');
  });

  test('input_too_large: within the code-unit limit but over it in UTF-8', () => {
    // 2 UTF-8 bytes per "é": 4 MiB + 2 bytes from 2 Mi + 1 code units.
    const e = run(precis, 'é'.repeat(MAX_INPUT_BYTES / 2 + 1), '');
    expectError(e, 'input_too_large');
    assert.match(e.error.message, new RegExp(String(MAX_INPUT_BYTES + 2)));
  });

  test('the module keeps working after errors', () => {
    for (let i = 0; i < 200; ++i) precis.summarize(text, '{');
    const e = run(precis, text, '{"sentences":1}');
    assert.equal(e.ok, true);
    assert.equal(e.summary.length, 1);
  });
});

describe('JavaScript strings', { skip: skipAll }, () => {
  test('lone surrogates become U+FFFD, one code unit each', () => {
    const text = 'Alpha \uD800 beta gamma. Delta \uDC00 epsilon zeta. Eta \uDBFF';
    const e = run(precis, text, '{"sentences":3,"removeJunk":false,"includeSentences":true}');
    assert.equal(e.ok, true);
    assert.equal(e.stats.inputBytes, Buffer.byteLength(text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')));
    assert.equal(e.sentences.length, 3);
    const wellFormed = text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
    for (const s of e.sentences) {
      assert.ok(!/[\uD800-\uDFFF]/u.test(s.text));
      assert.equal(collapse(wellFormed.slice(s.utf16Start, s.utf16End)), s.text);
    }
    assert.equal(e.sentences[0].text, 'Alpha \uFFFD beta gamma.');
    // The character after a lone surrogate is kept, not swallowed.
    assert.equal(e.sentences[1].utf16Start, text.indexOf('Delta'));
  });

  test('surrogate pairs, CJK and combining marks keep UTF-16 offsets exact', () => {
    const text = 'Emoji 😀 here now. Café résumé naïve façade. 東京は大きい都市です。 Последнее предложение здесь.';
    const e = run(precis, text, '{"includeSentences":true,"removeJunk":false}');
    assert.equal(e.ok, true);
    assert.equal(e.stats.inputBytes, Buffer.byteLength(text));
    assert.ok(e.sentences.length >= 3);
    for (const s of e.sentences) {
      assert.equal(collapse(text.slice(s.utf16Start, s.utf16End)), s.text);
    }
  });

  test('NUL characters pass through', () => {
    const e = run(precis, 'First part\u0000 of it. Second sentence here.', '{"removeJunk":false}');
    assert.equal(e.ok, true);
  });
});

describe('browser build', { skip: skipAll }, () => {
  test('precis.mjs + precis.wasm load with wasmBinary and agree with the node build', async () => {
    const web = await load('precis.mjs', { wasmBinary: readFileSync(join(wasmDir, 'precis.wasm')) });
    const text = readFileSync(samplePath, 'utf8');
    assert.equal(web.version(), precis.version());
    assert.equal(web.summarize(text, '{"sentences":3}'), precis.summarize(text, '{"sentences":3}'));
    expectError(JSON.parse(web.summarize(text, '{')), 'invalid_options');
  });

  test('the browser glue needs no eval (extension CSP) and no node APIs', () => {
    const src = readFileSync(join(wasmDir, 'precis.mjs'), 'utf8');
    assert.ok(!/new Function\s*\(|\beval\s*\(/u.test(src), 'no new Function or eval');
    assert.ok(!/require\s*\(\s*["'](fs|path)["']/u.test(src), 'no node modules');
    assert.match(src, /export default createPrecisModule/u);
  });
});

describe('same envelope as the native CLI', { skip: skipAll }, () => {
  const haveCli = existsSync(cliPath);
  const articles = [samplePath];
  const articleDir = join(sharedDir, 'articles');
  const haveShared = sharedPresent('articles', 'CLI comparison of the shared articles');
  if (haveShared) {
    for (const f of readdirSync(articleDir).sort()) {
      if (f.endsWith('.txt')) articles.push(join(articleDir, f));
    }
  }
  // CLI flags and the equivalent options object.
  const variants = [
    [[], '{}'],
    [['--sentences', '3'], '{"sentences":3}'],
    [['--ratio', '0.5'], '{"ratio":0.5}'],
    [['--words', '80', '--keep-junk'], '{"words":80,"removeJunk":false}'],
  ];
  const skip = haveCli ? false : `native CLI not found at ${cliPath} (set PRECIS_CLI or build it)`;

  test('shared articles are present', { skip: haveShared ? false : `${articleDir} not found` }, () => {
    assert.ok(articles.length > 1);
  });

  for (const file of articles) {
    for (const [flags, options] of variants) {
      test(`${basename(file)} ${flags.join(' ') || '(defaults)'}`, { skip }, () => {
        const text = readFileSync(file, 'utf8');
        let native;
        try {
          native = execFileSync(cliPath, [file, '--format', 'json', ...flags], { encoding: 'utf8' });
        } catch (err) {
          native = err.stdout;  // exit status 1 still prints the envelope
        }
        assert.equal(precis.summarize(text, options) + '\n', native);
      });
    }
  }
});
