// Languages in the WebAssembly module (node --test tests/js/language.test.mjs):
// the page's language list is what the engine accepts, the short articles of
// tests/data/lang are detected as their language, and the module returns the
// native CLI's envelope for them.
//
// Environment: PRECIS_WASM_DIR, PRECIS_REQUIRE_WASM, PRECIS_CLI as in
// wasm.test.mjs.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {before, describe, test} from 'node:test';

import {CONTRACT} from '../../web/lib/contract.js';
import {cliPath, loadModule, root, wasmSkip} from './env.mjs';

const langDir = join(root, 'tests', 'data', 'lang');

const skipAll = wasmSkip();

// The page's list: web/app/app.js takes it from the core's contract
// (web/lib/contract.js, which tests/js/contract.test.mjs checks against the
// module).
function pageLanguages() {
  const source = readFileSync(join(root, 'web', 'app', 'app.js'), 'utf8');
  assert.match(source, /const LANGUAGES = CONTRACT\.languages;/);
  return [...CONTRACT.languages];
}

// The article of a data file, joined as multilingual_test.cc does.
function article(code) {
  const lines = readFileSync(join(langDir, `${code}.txt`), 'utf8').split('\n');
  const joiner = code === 'zh' || code === 'ja' ? '' : ' ';
  const paragraphs = [];
  let current = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) paragraphs.push(current.join(joiner));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) paragraphs.push(current.join(joiner));
  return paragraphs.join('\n\n');
}

let precis;
before(async () => {
  if (skipAll) return;
  precis = await loadModule();
});

const codes = readdirSync(langDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

describe('languages in WebAssembly', {skip: skipAll}, () => {
  test('every language of the page is accepted, and nothing else', () => {
    const list = pageLanguages();
    assert.ok(list.length >= 60, `only ${list.length} languages`);
    assert.deepEqual([...list].sort(), list, 'the list is sorted');
    for (const code of list) {
      const r = JSON.parse(precis.summarize('Ein kurzer Text. Noch ein Satz.', JSON.stringify({language: code})));
      assert.equal(r.ok, true, `${code}: ${r.error?.message}`);
      assert.deepEqual(r.language, {code, confidence: 1, source: 'user'});
    }
    for (const code of ['xx', 'EN', 'english', '', 'en-US']) {
      const r = JSON.parse(precis.summarize('A text.', JSON.stringify({language: code})));
      assert.equal(r.ok, false, code);
      assert.equal(r.error.code, 'invalid_options');
    }
  });

  for (const code of codes) {
    test(`${code}: detected, and the same envelope as the native CLI`, (t) => {
      const text = article(code);
      const raw = precis.summarize(text, JSON.stringify({sentences: 3}));
      const r = JSON.parse(raw);
      assert.equal(r.ok, true);
      assert.equal(r.language.code, code);
      assert.equal(r.language.source, 'detected');
      assert.ok(r.language.confidence >= 0.5, `${code}: confidence ${r.language.confidence}`);
      if (!existsSync(cliPath)) {
        t.diagnostic(`no native CLI at ${cliPath}: comparison skipped`);
        return;
      }
      const native = execFileSync(cliPath, ['--format', 'json', '--sentences', '3'],
        {input: text, encoding: 'utf8'}).trimEnd();
      assert.equal(raw, native);
    });
  }
});
