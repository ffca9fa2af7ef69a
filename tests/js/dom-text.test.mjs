// web/lib/dom-text.js: the guard against HTML a parser reads slowly, the
// text read without a parser, and the block cleanup of Readability's
// article (through web/package/text.js, linkedom and Readability).
//   node --test tests/js/dom-text.test.mjs
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {MAX_HTML_DEPTH, hostileHtml, htmlSourceText, scanHtml} from '../../web/lib/dom-text.js';
import {htmlToText} from '../../web/package/text.js';

const nested = (n) => `<html><body>${'<div>x'.repeat(n)}${'</div>'.repeat(n)}</body></html>`;

test('scanHtml counts nesting, not void elements, optional end tags or raw text', () => {
  assert.deepEqual(scanHtml('<div><div><span>a</span></div></div>'), {tags: 3, depth: 3});
  assert.deepEqual(scanHtml('<p>a<p>b<ul><li>x<li>y</ul><img src=x><br/><hr>'), {tags: 8, depth: 1});
  assert.deepEqual(scanHtml('<script>if (a<b) { x = "<div><div>"; }</script><div></div>'), {tags: 2, depth: 1});
  assert.deepEqual(scanHtml('<!-- <div><div> --><div></div>'), {tags: 1, depth: 1});
  assert.equal(scanHtml(nested(1000)).depth, 1000);
});

test('hostileHtml flags deep nesting only', () => {
  assert.equal(hostileHtml(nested(MAX_HTML_DEPTH)), false);
  assert.equal(hostileHtml(nested(MAX_HTML_DEPTH + 1)), true);
  assert.equal(hostileHtml(`<body>${'<p>Some text.</p>'.repeat(50000)}</body>`), false);
});

test('scanHtml and htmlSourceText take linear time', () => {
  const time = (f) => {
    const started = performance.now();
    f();
    return performance.now() - started;
  };
  const small = nested(50000);
  const large = nested(200000);
  const t1 = time(() => htmlSourceText(small)) + time(() => scanHtml(small));
  const t4 = time(() => htmlSourceText(large)) + time(() => scanHtml(large));
  assert.ok(t4 < 10 * t1 + 50, `4x the input took ${t4.toFixed(0)} ms against ${t1.toFixed(0)} ms`);
  // Tags, comments and raw-text elements left open, and one ">" after many "<".
  for (const open of ['<script>x'.repeat(20000), '<a'.repeat(200000), `${'<a'.repeat(200000)}>`,
    '<!--'.repeat(100000), `${'<'.repeat(400000)}>`, '<!x'.repeat(130000)]) {
    const ms = time(() => htmlSourceText(open)) + time(() => scanHtml(open));
    assert.ok(ms < 2000, `${JSON.stringify(open.slice(0, 8))}...: ${ms.toFixed(0)} ms`);
  }
});

test('htmlSourceText reads paragraphs, drops scripts, styles and comments, decodes entities', () => {
  const html = '<html><head><title>T</title><style>p{}</style></head><body><h1>Hi &amp; bye</h1>'
    + '<p>One<br>two &#x41;&#66;</p><script>var a = "<p>no</p>";</script><!-- c --><ul><li>a<li>b</ul></body>';
  assert.equal(htmlSourceText(html), 'Hi & bye\n\nOne\ntwo AB\n\na\n\nb');
  assert.equal(htmlSourceText('<p>one</p><p>two</p><p>three</p>', 9), 'one\n\ntwo');
});

test('the npm CLI reads 60,000 nested <div>s quickly, without a parser', async () => {
  const started = performance.now();
  const text = await htmlToText(nested(60000));
  assert.ok(performance.now() - started < 5000);
  assert.match(text, /^x\n\nx\n\nx/);
});

test('the cleanup removes captions, prompts and related links and keeps the title and headings', async () => {
  const para = (s) => `<p>${s} ${'The council met on Tuesday and agreed the plan for the harbour. '.repeat(4)}</p>`;
  const html = `<!doctype html><html><head><title>Harbor ferry returns</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Harbor ferry returns</h1>
    ${para('First.')}
    <figure><img src="f.jpg"><figcaption>The ferry at dawn. Photo: A. Person</figcaption></figure>
    <h2>What changes</h2>
    ${para('Second.')}
    <p>Lesen Sie auch: <a href="/x">Ein anderer Artikel über Fähren</a></p>
    <p>Sign up for our newsletter to get the news first.</p>
    ${para('Third.')}
    <h3>Related stories</h3>
    <ul><li><a href="/a">Bridge opens in May</a></li><li><a href="/b">Port gets new cranes</a></li></ul>
    </article><footer>© 2024 Example News</footer></body></html>`;
  const text = await htmlToText(html);
  assert.match(text, /^Harbor ferry returns\n\nFirst\./);
  assert.match(text, /What changes/);
  assert.match(text, /Second\./);
  assert.match(text, /Third\./);
  for (const junk of ['Photo:', 'Lesen Sie', 'newsletter', 'Related stories', 'Bridge opens', '©', 'Home']) {
    assert.ok(!text.includes(junk), `"${junk}" is removed`);
  }
});

// Article paragraphs long enough for Readability to take their container.
const prose = (s, n = 5) => Array.from({length: n}, (_, i) => `<p>${s} ${i + 1}. `
  + `${'The council met on Tuesday and agreed the plan for the harbour, after a long debate. '.repeat(3)}</p>`).join('');

test('the lead between the headline and the article is put back, a teaser beside it is not', async () => {
  const html = `<!doctype html><html><head><title>Harbor ferry returns</title></head><body>
    <div class="top"><header class="article-header"><h1>Harbor ferry returns</h1>
    <p class="intro">After three years the ferry sails again: the town pays for the new boat, the crossing costs two euros.</p>
    <p>Sign up for our newsletter and never miss a story from the harbour again.</p></header></div>
    <div class="main"><div class="article-body">${prose('Body')}</div></div>
    <nav><p>Another article about bridges that goes somewhere else entirely.</p></nav>
    </body></html>`;
  const text = await htmlToText(html);
  assert.match(text, /^Harbor ferry returns\n\nAfter three years the ferry sails again: .*two euros\.\n\nBody 1\./);
  for (const junk of ['newsletter', 'Another article']) assert.ok(!text.includes(junk), junk);
  // A lead without a full stop only when it is the page's description.
  const bare = html.replace('two euros.', 'two euros');
  assert.ok(!(await htmlToText(bare)).includes('After three years'));
  const described = bare.replace('</title>', '</title><meta name="description" content="After three years the ferry sails again">');
  assert.match(await htmlToText(described), /^Harbor ferry returns\n\nAfter three years/);
  // Without a heading that holds the title nothing is put back.
  const untitled = await htmlToText(html.replace('<h1>Harbor ferry returns</h1>', '<h1>Local news</h1>'));
  assert.ok(!untitled.includes('After three years'));
});

test('small comment, author and sharing boxes named by class or id are removed, large ones kept', async () => {
  const page = (box) => `<!doctype html><html><head><title>Ferry</title></head><body><article>
    <h1>Ferry</h1>${prose('Body', 8)}${box}</article></body></html>`;
  const text = await htmlToText(page(`<section class="post-author"><h3>Jane Doe</h3>
    <p>Jane writes about ships and harbours for the paper since 2010.</p></section>
    <div id="comments"><h3>Leave a reply</h3><p>Your name and your e-mail address, please.</p></div>
    <div class="c-share"><p>Tell your friends about this story today.</p><p>Or send it by post.</p></div>`));
  assert.match(text, /Body 8\./);
  for (const junk of ['Jane', 'reply', 'e-mail', 'friends']) assert.ok(!text.includes(junk), junk);
  // A box with more than 1500 characters (or 40% of the article) is article text.
  const large = await htmlToText(page(`<div class="related-content">${prose('Related', 8)}</div>`));
  assert.match(large, /Related 8\./);
});

test('figure credits and numbered captions are removed; quotes, tables and running text kept', async () => {
  const html = `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>
    ${prose('Body', 3)}
    <figure><img src="a.jpg"><div class="credit-line">Jane Doe/Harbour Pictures</div></figure>
    <figure><blockquote><p>We waited three years for this boat.</p></blockquote></figure>
    <figure><table><tr><td>Crossings a day</td><td>12</td></tr></table></figure>
    <p>Figure 2: The harbour in 1900, seen from the old lighthouse.</p>
    <p>Figure skating returns to the harbour hall in winter, the council said on Tuesday.</p>
    ${prose('End', 2)}</article></body></html>`;
  const text = await htmlToText(html);
  for (const kept of ['We waited three years', 'Crossings a day', 'Figure skating returns', 'End 2.']) {
    assert.ok(text.includes(kept), kept);
  }
  for (const junk of ['Harbour Pictures', 'Figure 2']) assert.ok(!text.includes(junk), junk);
});

test('rating, printing, donation and channel prompts are removed; reporting on messengers is kept', async () => {
  const html = `<!doctype html><html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>
    ${prose('Body', 3)}
    <p>The mayor wrote in a WhatsApp message on Sunday evening that the new ferry would be late by at least a month.</p>
    <p>Was this article helpful?</p><p>War dieser Artikel hilfreich?</p><p>Rezept drucken</p>
    <p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.</p>
    <p>Unsere Arbeit ist unabhängig. Jetzt spenden!</p><h3>Über den Autor</h3>
    ${prose('End', 2)}</article></body></html>`;
  const text = await htmlToText(html);
  assert.match(text, /WhatsApp message on Sunday evening/);
  assert.match(text, /End 2\./);
  for (const junk of ['helpful', 'hilfreich', 'drucken', 'Telegram', 'spenden', 'Autor']) {
    assert.ok(!text.includes(junk), junk);
  }
});
