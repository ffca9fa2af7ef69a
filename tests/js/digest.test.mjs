// Multi-article digests in JS (node --test tests/js/digest.test.mjs): the
// page's pure helpers (web/app/digest-view.js) and the WebAssembly module's
// digest envelope, byte for byte equal to the native CLI's on several files
// (which the CLI joins with "---" lines), with UTF-16 offsets that index the
// JS string.
//
// Environment: PRECIS_WASM_DIR, PRECIS_CLI, PRECIS_SHARED_DATA as in
// wasm.test.mjs; the wasm tests skip without a build unless
// PRECIS_REQUIRE_WASM=1.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {before, describe, test} from 'node:test';

import {joinArticles, looksLikeSeveralArticles, sentenceKey, splitArticles} from '../../web/app/digest-view.js';
import {supportLabel, supportSuffix} from '../../web/lib/markdown.js';
import {cliPath, loadModule, root, sharedDir, sharedRequired, sharedSkip, wasmSkip} from './env.mjs';

const digestDir = join(root, 'tests', 'data', 'digest');

describe('digest-view helpers', () => {
  test('splitArticles follows the engine: exact --- lines, CRLF, spaces, blank parts', () => {
    assert.deepEqual(splitArticles('One.\n---\nTwo.'), ['One.', 'Two.']);
    assert.deepEqual(splitArticles('One.\r\n  ---\t\r\nTwo.\r\n'), ['One.', 'Two.']);
    assert.deepEqual(splitArticles('---\n\n---\nOne.\n---\n  \n'), ['One.']);
    assert.deepEqual(splitArticles('One.\n----\nTwo.\n--- x'), ['One.\n----\nTwo.\n--- x']);
    assert.deepEqual(splitArticles(''), []);
  });

  test('looksLikeSeveralArticles needs two long parts', () => {
    const long = 'A sentence of an article that goes on for a while. '.repeat(6);
    assert.equal(looksLikeSeveralArticles(`${long}\n---\n${long}`), true);
    assert.equal(looksLikeSeveralArticles(`${long}\n---\nShort tail.`), false);  // a Markdown rule
    assert.equal(looksLikeSeveralArticles(`${long}${long}`), false);
    assert.equal(looksLikeSeveralArticles(`${long}\n----\n${long}`), false);
  });

  test('joinArticles skips blank inputs', () => {
    assert.equal(joinArticles(['One.', '  ', 'Two.']), 'One.\n---\nTwo.');
    assert.equal(joinArticles(['One.']), 'One.');
    assert.equal(joinArticles(['', '\n']), '');
  });

  test('support labels and keys', () => {
    assert.equal(supportLabel({articles: [0, 2], article: 0}, 3), '2/3 sources');
    assert.equal(supportLabel({articles: [1], article: 1}, 3), 'only in article 2');
    assert.equal(supportLabel({text: 'no digest'}, 3), '');
    assert.equal(sentenceKey({index: 4}), '4');
    assert.equal(sentenceKey({index: 4, article: 1}), '1-4');
    const result = {articles: [{sameEvent: true}, {sameEvent: false}, {sameEvent: true}]};
    assert.equal(supportSuffix({articles: [0, 2]}, result), ' [2/2 sources]');
    assert.equal(supportSuffix({articles: [0, 2]}, result, {markdown: true}), ' *[2/2 sources]*');
    assert.equal(supportSuffix({articles: [0]}, {summary: []}), '');
  });
});

const skipWasm = wasmSkip(['precis-node.mjs', 'precis.wasm']);

describe('digest in the WebAssembly module', {skip: skipWasm}, () => {
  let precis;
  before(async () => {
    precis = await loadModule();
  });

  const files = ['acme-deal.txt', 'acme-deal-reworded.txt', 'acme-talks-2019.txt'].map((f) => join(digestDir, f));

  test('the envelope equals the CLI on several files', {skip: existsSync(cliPath) ? false : `no CLI at ${cliPath}`},
    () => {
      const text = files.map((f) => readFileSync(f, 'utf8')).join('\n---\n');
      const wasm = precis.summarize(text, '{"digest":true}');
      const cli = execFileSync(cliPath, [...files, '--format', 'json'], {encoding: 'utf8'}).trimEnd();
      assert.equal(wasm, cli);
      const e = JSON.parse(wasm);
      assert.equal(e.articles.length, 3);
      assert.deepEqual(e.articles.map((a) => a.sameEvent), [true, true, false]);
      const deal = e.facts.find((f) => f.text.includes('$4.2 billion'));
      assert.ok(deal, 'the $4.2 billion fact');
      assert.deepEqual(deal.articles, [0, 1]);
      assert.equal(deal.support, 2);
      assert.equal(deal.singleSource, false);
    });

  test('UTF-16 offsets index the JS string across articles', () => {
    const first = 'Ünïcödé 😀 first article about café owners. It has two sentences.';
    const second = readFileSync(files[0], 'utf8');
    const text = `${first}\n---\n${second}`;
    const e = JSON.parse(precis.summarize(text, '{"digest":true,"includeSentences":true}'));
    assert.ok(e.ok);
    assert.equal(text.slice(e.articles[1].utf16Start, e.articles[1].utf16End), second.trim());
    for (const s of e.sentences) {
      assert.equal(text.slice(s.utf16Start, s.utf16End).replace(/\s+/g, ' ').trim(), s.text);
    }
    for (const f of e.facts) {
      const src = text.slice(f.utf16Start, f.utf16End);
      assert.ok(src.includes(f.text.split(' ')[0]), f.text);
    }
  });

  test('the three shared articles: the 2021 one is a different event',
    {skip: sharedSkip()}, () => {
      sharedRequired();
      const names = ['blinken-trip-koreatimes.txt', 'blinken-austin-2021-with-comments.txt',
        'blinken-trip-with-donation-plea.txt'];
      const text = names.map((n) => readFileSync(join(sharedDir, 'articles', n), 'utf8')).join('\n---\n');
      const e = JSON.parse(precis.summarize(text, '{"digest":true}'));
      assert.deepEqual(e.articles.map((a) => a.sameEvent), [true, false, true]);
      assert.match(e.articles[1].reason, /2021/);
      const sale = e.facts.find((f) => f.text.includes('$3.64 billion'));
      assert.deepEqual(sale?.articles, [0, 2]);
      assert.ok(e.facts.every((f) => !f.articles.includes(1)));
    });
});
