// Hostile inputs from JavaScript through the WebAssembly node build
// (node --test tests/js/hostile.test.mjs): lone and misordered surrogates,
// the JS-relevant rows of tests/unit/hostile_input_test.cc, determinism
// (same input twice, and across fresh module instances, gives byte-identical
// JSON) and equality with the native CLI on the same hostile texts.
//
// Environment as in tests/js/wasm.test.mjs: PRECIS_WASM_DIR (default
// build-wasm/wasm; without a build every test skips unless
// PRECIS_REQUIRE_WASM=1) and PRECIS_CLI (default build/cli/precis).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { cliPath, loadModule as load, wasmSkip } from './env.mjs';

const skipAll = wasmSkip();

function run(precis, text, options = '') {
  const raw = precis.summarize(text, options);
  assert.equal(typeof raw, 'string');
  return JSON.parse(raw);
}

// Sentence text: white space collapsed, BOMs and direction controls dropped.
const collapse = (s) => s.replace(/[\uFEFF\u202A-\u202E\u2066-\u2069]/gu, '').replace(/\s+/gu, ' ').trim();
const wellFormed = (s) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD');

// Every span of an ok envelope points at its text in the (well-formed) input.
function checkSpans(e, text) {
  const wf = wellFormed(text);
  for (const list of ['summary', 'sentences', 'removed']) {
    for (const s of e[list] ?? []) {
      assert.ok(s.utf16Start <= s.utf16End && s.utf16End <= wf.length, `${list} span in range`);
      assert.equal(collapse(wf.slice(s.utf16Start, s.utf16End)), s.text);
    }
  }
}

const html = '<p>Hello <script>alert(1)</script> world.</p> ' +
  '<img src=x onerror="alert(2)"> is an image tag. ' +
  '<a href="javascript:alert(3)">click here</a> for more.';

// [name, text, options, expected: 'ok' or an error code, check?]
const rows = [
  ['empty', '', '', 'ok', (e) => assert.deepEqual(e.summary, [])],
  ['whitespace only', ' \t\n\r\n   ', '', 'ok', (e) => assert.deepEqual(e.summary, [])],
  ['NUL characters', 'Alpha beta gamma.\0\0 Delta epsilon zeta.', '', 'ok',
    (e) => e.summary.forEach((s) => assert.ok(!s.text.includes('\0')))],
  ['mostly NUL is binary', 'Text.' + '\0'.repeat(200), '', 'invalid_input'],
  ['lone high surrogate at the end', 'A full sentence here. Another one \uD83D', '{"includeSentences":true}', 'ok',
    (e) => assert.equal(e.sentences.at(-1).text, 'Another one \uFFFD')],
  ['lone low surrogate at the start', '\uDE00 Start of it. End of it.', '{"ratio":1}', 'ok'],
  ['reversed surrogate pair', 'Reversed \uDE00\uD83D pair here. Next sentence.', '{"ratio":1}', 'ok',
    (e) => assert.match(e.summary[0].text, /\uFFFD\uFFFD/u)],
  ['two high surrogates then a pair', 'Odd \uD800\uD800\uD83D\uDE00 run. Tail here.', '{"ratio":1}', 'ok',
    (e) => assert.match(e.summary[0].text, /\uFFFD\uFFFD\u{1F600}/u)],
  ['surrogates only', '\uD800\uDC00\uDBFF'.repeat(1000), '', 'ok'],
  ['10,000 combining marks', 'a' + '\u0301'.repeat(10000) + '. Next sentence here.', '{"includeSentences":true}', 'ok',
    (e) => assert.equal(e.sentences.at(-1).text, 'Next sentence here.')],
  ['RTL override and mixed scripts',
    'שלום עולם. مرحبا بالعالم. \u202E override text \u202C here. Hello 世界。Привет мир!', '{"ratio":1}', 'ok',
    (e) => {
      assert.ok(e.summary.length >= 4);
      for (const s of e.summary) assert.ok(!/[\u202A-\u202E\u2066-\u2069]/u.test(s.text), 'no direction control');
    }],
  ['byte-order mark at the start', '\uFEFFFirst sentence here. Second one.', '{"ratio":1}', 'ok',
    (e) => assert.equal(e.summary[0].text, 'First sentence here.')],
  ['emoji only', '😀🎉 '.repeat(200), '', 'ok', (e) => assert.equal(e.stats.words, 0)],
  ['every sentence identical', 'The cat sat on the mat. '.repeat(500), '{"sentences":5}', 'ok',
    (e) => assert.equal(e.summary.length, 1)],
  ['HTML stays text', html, '{"ratio":1}', 'ok', (e) => {
    const all = e.summary.map((s) => s.text).join(' ');
    assert.ok(all.includes('<script>alert(1)</script>'));
    assert.ok(all.includes('<img src=x onerror="alert(2)">'));
    assert.ok(all.includes('<a href="javascript:alert(3)">'));
  }],
  ['options of the wrong type', 'Text here.', '{"sentences":"3"}', 'invalid_options'],
  ['unknown option', 'Text here.', '{"colour":"red"}', 'invalid_options'],
  ['negative length', 'Text here.', '{"words":-5}', 'invalid_options'],
  ['huge length', 'One here. Two here.', '{"sentences":1e9}', 'ok', (e) => assert.equal(e.summary.length, 2)],
  ['length beyond range', 'Text here.', '{"sentences":1e10}', 'invalid_options'],
  ['length overflowing a double', 'Text here.', '{"words":1e400}', 'invalid_options'],
  ['deeply nested options', 'Text here.', '['.repeat(20000) + ']'.repeat(20000), 'invalid_options'],
];

let precis;
before(async () => {
  if (!skipAll) precis = await load();
});

describe('hostile inputs from JavaScript', { skip: skipAll }, () => {
  for (const [name, text, options, expected, check] of rows) {
    test(`${name}: ${expected}`, () => {
      const e = run(precis, text, options);
      if (expected === 'ok') {
        assert.equal(e.ok, true, JSON.stringify(e.error));
        checkSpans(e, text);
        for (const s of e.summary) assert.ok(!/[\uD800-\uDFFF]/u.test(s.text), 'no lone surrogate');
      } else {
        assert.equal(e.ok, false);
        assert.equal(e.error.code, expected, e.error.message);
        assert.ok(e.error.message.length > 0);
      }
      check?.(e);
    });
  }

  test('options that are not strings give invalid_options, never an exception', () => {
    for (const options of [42, {}, [], true, Symbol.iterator, { sentences: 3 }]) {
      const e = JSON.parse(precis.summarize('Text here. More text.', options));
      assert.equal(e.ok, false);
      assert.equal(e.error.code, 'invalid_options', e.error.message);
    }
    assert.equal(run(precis, 'Still working. Yes it is.').ok, true);
  });
});

describe('determinism', { skip: skipAll }, () => {
  test('the same input twice gives byte-identical JSON, also in a fresh module', async () => {
    const fresh = await load();
    for (const [, text, options] of rows) {
      const first = precis.summarize(text, options);
      assert.equal(precis.summarize(text, options), first);
      assert.equal(fresh.summarize(text, options), first);
    }
  });
});

describe('hostile texts: wasm equals the native CLI', { skip: skipAll }, () => {
  const skip = existsSync(cliPath) ? false : `native CLI not found at ${cliPath} (set PRECIS_CLI or build it)`;
  let dir;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'precis-hostile-')); });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });
  // Well-formed rows only: the CLI reads bytes, the module reads a JS string.
  const names = ['whitespace only', 'NUL characters', '10,000 combining marks',
    'RTL override and mixed scripts', 'emoji only', 'every sentence identical', 'HTML stays text'];
  const texts = rows.filter(([name]) => names.includes(name));
  assert.equal(texts.length, names.length);
  for (const [name, text] of texts) {
    if (wellFormed(text) !== text) continue;
    test(name, { skip }, () => {
      const file = join(dir, 'input.txt');
      writeFileSync(file, text);
      let native;
      try {
        native = execFileSync(cliPath, [file, '--format', 'json', '--sentences', '3'], { encoding: 'utf8' });
      } catch (err) {
        native = err.stdout;  // a non-zero exit status still prints the envelope
      }
      assert.equal(precis.summarize(text, '{"sentences":3}') + '\n', native);
    });
  }
});

describe('the native CLI writes no terminal controls', () => {
  const skip = existsSync(cliPath) ? false : `native CLI not found at ${cliPath} (set PRECIS_CLI or build it)`;
  test('C1 controls (U+009B, U+009D) in the text come out as U+FFFD', { skip }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'precis-c1-'));
    try {
      const file = join(dir, 'c1.txt');
      writeFileSync(file, 'The council met on Monday \u009b31m to vote on the plan. '
        + 'It approved the plan \u009d0;title\u0007 quickly after a debate. Everyone was happy about it.\n');
      for (const format of ['text', 'markdown']) {
        const out = execFileSync(cliPath, [file, '--format', format, '--keywords', '--facts'], { encoding: 'utf8' });
        const controls = [...out].filter((ch) => {
          const c = ch.codePointAt(0) ?? 0;
          return (c < 0x20 && c !== 0x0a && c !== 0x09) || (c >= 0x7f && c <= 0x9f);
        });
        assert.deepEqual(controls, [], format);
        assert.match(out, /Monday \ufffd31m/u, format);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
