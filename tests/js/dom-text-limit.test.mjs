// The input limit of web/lib/dom-text.js in the engine's unit (bytes of
// UTF-8): blockText/documentText with maxBytes and cutText.
//   node --test tests/js/dom-text-limit.test.mjs
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseHTML} from 'linkedom';

import {blockText, cutText, documentText, utf8Length} from '../../web/lib/dom-text.js';

const bytes = (s) => Buffer.byteLength(s, 'utf8');

test('utf8Length counts as TextEncoder does', () => {
  for (const s of ['', 'abc', 'é', '港口', '😀', 'a😀é港', '\ud800x', 'x\udc00']) {
    assert.equal(utf8Length(s), new TextEncoder().encode(s).length, JSON.stringify(s));
  }
});

test('cutText cuts by bytes at a paragraph, else at the limit, never inside a pair', () => {
  const para = '港口渡轮恢复服务。'.repeat(10);  // 270 bytes
  const text = [para, para, para].join('\n\n');
  assert.equal(cutText(text, Infinity, 600), `${para}\n\n${para}`);
  assert.equal(cutText(text, Infinity, 200), para.slice(0, 66));
  assert.equal(cutText(text, Infinity, 10_000), text);
  assert.equal(cutText('港口渡轮', Infinity, 7), '港口');
  assert.equal(cutText('a😀b', Infinity, 3), 'a');
  assert.equal(cutText('a😀b', Infinity, 5), 'a😀');
  // The UTF-16 limit as before.
  assert.equal(cutText('abc\n\ndef', 6), 'abc');
});

test('blockText and documentText keep Chinese text within the byte limit', () => {
  const para = '港口渡轮在停航两年后将于五月恢复服务，地区交通办公室周二表示。'.repeat(4);
  const {document} = parseHTML(`<html><body><article>${`<p>${para}</p>`.repeat(200)}</article></body></html>`);
  const limit = 20_000;
  const text = blockText(document.body, Infinity, {maxBytes: limit});
  assert.ok(bytes(text) <= limit && bytes(text) > limit - bytes(para) - 2, `${bytes(text)} bytes`);
  assert.ok(text.endsWith('。'), 'at a paragraph');
  // The old unit would let three times as many bytes through.
  assert.ok(bytes(blockText(document.body, limit)) > limit * 2);
  const found = documentText(document, null, {maxBytes: limit});
  assert.ok(bytes(found.text) <= limit);
});
