// Key facts in JS (node --test tests/js/facts.test.mjs): the pure helpers of
// the page and the extension (web/lib/fact-view.js: bold values;
// web/lib/markdown.js: subject groups, Markdown) and the WebAssembly module's facts: subject groups of an
// article organised by subject and typed spans whose UTF-16 offsets index the
// JS string.
//
// Environment: PRECIS_WASM_DIR, PRECIS_SHARED_DATA as in wasm.test.mjs; the
// wasm tests skip without a build unless PRECIS_REQUIRE_WASM=1.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {before, describe, test} from 'node:test';

import {factPieces} from '../../web/lib/fact-view.js';
import {factsMarkdownLines, groupFacts} from '../../web/lib/markdown.js';
import {loadModule, sharedDir, sharedRequired, sharedSkip, wasmSkip} from './env.mjs';

describe('fact-view helpers', () => {
  test('groupFacts: facts without a subject first, then subjects in order of appearance', () => {
    const facts = [{group: 'Japan'}, {group: ''}, {group: 'Korea'}, {}, {group: 'Japan'}];
    assert.deepEqual(groupFacts(facts), [
      {group: '', indices: [1, 3]}, {group: 'Japan', indices: [0, 4]}, {group: 'Korea', indices: [2]}]);
    assert.deepEqual(groupFacts([]), []);
  });

  // Spans as the engine reports them: with their place in the bullet.
  const placed = (text, spans) => spans.map((sp) => {
    const at = text.indexOf(sp.text, sp.from ?? 0);
    return {kind: sp.kind, text: sp.text, inText: {utf16Start: at, utf16End: at + sp.text.length}};
  });

  test('factPieces: values in bold, names and quotes plain, pieces join to the text', () => {
    const text = 'Blinken will visit “Seoul on January 4” and approve a $3.64 billion sale.';
    const fact = {text, spans: placed(text, [{kind: 'person', text: 'Blinken'},
      {kind: 'quote', text: '“Seoul on January 4”'}, {kind: 'place', text: 'Seoul'},
      {kind: 'date', text: 'January 4'}, {kind: 'money', text: '$3.64 billion'}])};
    const pieces = factPieces(fact);
    assert.equal(pieces.map((p) => p.text).join(''), fact.text);
    assert.deepEqual(pieces.filter((p) => p.kind).map((p) => [p.kind, p.text]),
      [['date', 'January 4'], ['money', '$3.64 billion']]);
  });

  test('factPieces: missing, empty, overlapping and out-of-range places never break the text', () => {
    const text = '5 percent of 5 percent rose 40 percent in 2024.';
    const pieces = factPieces({text, spans: [
      {kind: 'percent', text: '5 percent', inText: {utf16Start: 0, utf16End: 9}},
      {kind: 'percent', text: '5 percent', inText: {utf16Start: 13, utf16End: 22}},
      {kind: 'quantity', text: '5', inText: {utf16Start: 13, utf16End: 14}},  // overlaps
      {kind: 'money', text: '$9'},  // no place
      {kind: 'date', text: '', inText: {utf16Start: 30, utf16End: 30}},  // empty
      {kind: 'percent', text: '40 percent', inText: {utf16Start: 28, utf16End: 38}}, null,
      {kind: 'date', text: 'x', inText: {utf16Start: 40, utf16End: 99}},  // past the end
      {kind: 'date', text: '2024', inText: {utf16Start: 42, utf16End: 46}}]});
    assert.equal(pieces.map((p) => p.text).join(''), text);
    assert.deepEqual(pieces.filter((p) => p.kind).map((p) => p.text), ['5 percent', '5 percent', '40 percent', '2024']);
    assert.deepEqual(factPieces({text: 'No spans.'}), [{text: 'No spans.', kind: null}]);
    assert.deepEqual(factPieces({text: ''}), []);
  });

  test('factsMarkdownLines: subjects become ### headings', () => {
    const facts = [{text: 'A.', group: ''}, {text: 'B.', group: 'Korea'}, {text: 'C.', group: 'Japan'}];
    assert.deepEqual(factsMarkdownLines(facts, (f) => f.text),
      ['- A.', '', '### Korea', '', '- B.', '', '### Japan', '', '- C.']);
    assert.deepEqual(factsMarkdownLines([{text: 'A.'}], (f) => f.text), ['- A.']);
  });
});

const skipWasm = wasmSkip(['precis-node.mjs', 'precis.wasm']);

describe('facts in the WebAssembly module', {skip: skipWasm}, () => {
  let precis;
  before(async () => {
    precis = await loadModule();
  });

  test('typed spans: their UTF-16 offsets index the JS string, their text reads in the fact', () => {
    const text = '😀 Ünïcödé Café Group said on Monday that it paid €40 million for the Harbor Bridge site. '
      + 'Mayor Jane Ortiz said work would start in March 2025 and cost 12 percent more than planned.\n';
    const e = JSON.parse(precis.summarize(text, '{"facts":7}'));
    assert.ok(e.ok);
    const kinds = new Set();
    for (const f of e.facts) {
      assert.equal(f.group, '');
      for (const sp of f.spans) {
        assert.equal(text.slice(sp.utf16Start, sp.utf16End).replace(/\s+/g, ' ').trim(), sp.text);
        assert.equal(f.text.slice(sp.inText.utf16Start, sp.inText.utf16End), sp.text);
        assert.equal(Buffer.from(f.text).subarray(sp.inText.byteStart, sp.inText.byteEnd).toString(),
          sp.text);
        assert.ok(f.kinds.includes(sp.kind));
        kinds.add(`${sp.kind}:${sp.text}`);
      }
      assert.equal(factPieces(f).map((p) => p.text).join(''), f.text);
    }
    assert.ok(kinds.has('money:€40 million'), [...kinds].join(' | '));
    assert.ok(kinds.has('percent:12 percent'), [...kinds].join(' | '));
  });

  test('the koreatimes article groups its conclusion under Korea and Japan',
    {skip: sharedSkip()}, () => {
      sharedRequired();
      const text = readFileSync(join(sharedDir, 'articles', 'blinken-trip-koreatimes.txt'), 'utf8');
      const e = JSON.parse(precis.summarize(text, '{"facts":7}'));
      const groupOf = (needle) => e.facts.find((f) => f.text.includes(needle))?.group;
      assert.equal(groupOf('impeachment'), 'Korea');
      assert.equal(groupOf('$3.64 billion'), 'Japan');
      // The press release's dates: a bullet with no group when the summary
      // does not already give them, else in the summary (bullets do not
      // repeat it).
      const release = e.facts.find((f) => f.text.includes('January 4 to 9'));
      if (release) {
        assert.equal(release.group, '');
        assert.equal(release.spans.find((sp) => sp.kind === 'quote').speaker, 'US State Department');
      } else {
        assert.ok(e.summary.some((s) => s.text.includes('January 4 to 9')), 'the release is in the summary');
      }
      assert.ok(e.facts.every((f) => f.spans.every((sp) => (sp.kind === 'quote') === ('speaker' in sp))));
      const sale = e.facts.find((f) => f.text.includes('$3.64 billion'));
      assert.ok(sale.spans.some((sp) => sp.kind === 'money' && sp.text === '$3.64 billion'));
    });
});
