// The test pages of the extension tests (extension.test.mjs in Chromium,
// extension-firefox.test.mjs in Firefox), served on 127.0.0.1:
//   /article/N.html   an article page of text N (FIXTURE, then the shared
//                     articles), with page chrome and inline markup
//   /strict/N.html    the same with a strict Content Security Policy
//   /titled/N.html    the same with the site's name in <title>
//   /hostile/N.html   the same with elements named like the extension's
//                     isolated-world objects
//   /frames.html      sentences in the page, in a same-origin frame and in
//                     an open shadow root
//   /cjk.html         a Chinese page of more than the engine's limit in bytes
//                     of UTF-8 but less in UTF-16 units
//   /links.html       links to /target/0.html on this origin and on
//                     localhost (another origin); sets a cookie; its script
//                     records what it can see of a preview card
//   /target/N.html    an article page for link previews; requests are logged
//                     with their Cookie header
import http from 'node:http';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

import {articlesDir} from './harness.mjs';

export const FIXTURE = `Harbor ferry returns after two-year pause
The harbor ferry between Port Ellis and Kinsale Island will return to service on 3 May after a two-year pause, the regional transport office said on Tuesday.
The crossing takes 25 minutes and will run every hour from 6 a.m. to 10 p.m. on weekdays.
The old vessel, which carried about 900 passengers a day before it was withdrawn for safety repairs, has been replaced by a new hybrid ferry built in Norway.
Island businesses have said the closure cost them close to half of their summer trade.
"We have waited a long time for this," said Mara Quinn, who runs a bakery near the pier.
The transport office said fares will stay at 2023 prices until the end of the year.
A second vessel is planned for 2027 if passenger numbers return to their former level.
Engineers found corrosion in the hull of the old ferry during a routine inspection in 2023.
The regional council voted to fund the replacement after a public campaign by island residents.
The new ferry uses batteries for the harbor approach and diesel on the open water.
Its operators expect the hybrid drive to cut fuel use by about a third compared with the old vessel.
Tickets go on sale on 20 April at the harbor office and on the transport office website.`;

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));

// An article page: the first line as the heading, every other line a <p>,
// with some page chrome around it for Readability to leave out.
// Inline markup inside sentences (a link, emphasis), so that highlights
// cross element boundaries.
function inlineMarkup(html) {
  return html.replace('Port Ellis', '<a href="/ports/ellis">Port Ellis</a>')
    .replace('two-year pause, the', '<em>two-year</em> pause, the')
    .replace('25 minutes', '<strong>25</strong> minutes');
}

function articlePage(text) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const [title, ...paras] = lines;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>${escapeHtml(title)}</h1>
${paras.map((p) => `<p>${inlineMarkup(escapeHtml(p))}</p>`).join('\n')}
</article><footer><p>Copyright the test site.</p></footer></body></html>`;
}

const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; "
  + "connect-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

export function articleTexts() {
  const texts = [{name: 'fixture', text: FIXTURE}];
  if (existsSync(articlesDir)) {
    for (const f of readdirSync(articlesDir).filter((n) => n.endsWith('.txt')).sort()) {
      texts.push({name: f, text: readFileSync(path.join(articlesDir, f), 'utf8')});
    }
  }
  return texts;
}


export const SITE_NAME = 'The Test Herald';
const MAX_INPUT_BYTES = 4 * 1024 * 1024;

// About 1.6 million Chinese characters in paragraphs (4.8 MB of UTF-8, 1.6
// million UTF-16 units): more than the engine takes in bytes, less in
// UTF-16 units.
function cjkPage() {
  const sentence = '港口渡轮在停航两年后将于五月恢复服务，地区交通办公室周二表示。';
  const paragraph = sentence.repeat(8);
  const count = Math.ceil((MAX_INPUT_BYTES * 1.15) / Buffer.byteLength(paragraph));
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>渡轮</title></head><body><article>
${Array.from({length: count}, () => `<p>${paragraph}</p>`).join('\n')}</article></body></html>`;
}

// One sentence in the page, one in a same-origin frame (srcdoc) and one in
// an open shadow root (declarative, so the page needs no script).
export const FRAME_SENTENCES = [
  'The light-house keeper counted forty-one ships passing the cape in one night.',
  'Inside the frame the harbor master logged the tide at four meters and ten centimeters.',
  'Within the shadow root the pilot boat waited for the evening ferry to clear the channel.',
];

function framesPage() {
  const srcdoc = `<p>Frame heading.</p><p>${FRAME_SENTENCES[1]}</p>`.replace(/"/g, '&quot;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>
<p>${FRAME_SENTENCES[0]}</p>
<iframe srcdoc="${srcdoc}" width="600" height="120"></iframe>
<div id="host"><template shadowrootmode="open"><p>${FRAME_SENTENCES[2]}</p></template></div>
</body></html>`;
}

// A page whose script watches for anything the extension adds and records
// what it can read of it (window.spy).
function linksPage(otherOrigin) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Links</title>
<style>iframe, div { display: none !important; opacity: 0 !important; }</style></head><body>
<h1>Links</h1>
<p>Read <a id="near" href="/target/0.html">the ferry story</a> here.</p>
<p>Or read <a id="far" href="${otherOrigin}/target/0.html">the same story elsewhere</a>.</p>
<script>
window.spy = {added: 0, shadowRoots: [], frames: 0, texts: []};
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) {
    if (n.nodeType !== 1) continue;
    window.spy.added++;
    window.spy.shadowRoots.push(n.shadowRoot === null ? null : 'open');
    window.spy.frames += n.querySelectorAll('iframe').length;
    window.spy.texts.push(n.textContent);
  }
}).observe(document.body, {childList: true, subtree: true});
</script></body></html>`;
}

function pageFor(kind, entry) {
  if (kind === 'titled') {
    return articlePage(entry.text).replace(/<title>([^<]*)<\/title>/, `<title>$1 - ${SITE_NAME}</title>`);
  }
  if (kind === 'hostile') {
    return articlePage(entry.text).replace('<body>', '<body><div id="precisHighlighter"></div>'
      + '<div id="precisExtract"></div><form name="precisPreview"></form>');
  }
  if (kind === 'target') {
    return articlePage(entry.text).replace('</head>',
      `<meta property="og:site_name" content="${SITE_NAME}"><script>document.title = 'script ran';</script></head>`);
  }
  return articlePage(entry.text);
}

// Serves the pages. Returns {server, origin, otherOrigin, log}: log lists the
// /target/ requests as {path, host, cookie}.
export async function startPages(texts) {
  const log = [];
  let cjk = null;
  let port = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const html = {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'};
    if (url.pathname === '/cjk.html') {
      cjk ??= cjkPage();
      res.writeHead(200, html);
      res.end(cjk);
      return;
    }
    if (url.pathname === '/frames.html') {
      res.writeHead(200, html);
      res.end(framesPage());
      return;
    }
    if (url.pathname === '/links.html') {
      res.writeHead(200, {...html, 'Set-Cookie': 'precis_test_session=secret; Path=/; SameSite=Lax'});
      res.end(linksPage(`http://localhost:${port}`));
      return;
    }
    const m = /^\/(article|strict|titled|hostile|target)\/(\d+)\.html$/.exec(url.pathname);
    const entry = m ? texts[Number(m[2])] : null;
    if (!entry) {
      res.writeHead(404, {'Content-Type': 'text/plain'});
      res.end('not found');
      return;
    }
    if (m[1] === 'target') log.push({path: url.pathname, host: req.headers.host, cookie: req.headers.cookie ?? null});
    const headers = {...html};
    if (m[1] === 'strict') headers['Content-Security-Policy'] = STRICT_CSP;
    res.writeHead(200, headers);
    res.end(pageFor(m[1], entry));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
  return {server, origin: `http://127.0.0.1:${port}`, otherOrigin: `http://localhost:${port}`, log};
}

export async function stopPages(pages) {
  if (!pages) return;
  pages.server.closeAllConnections?.();
  await new Promise((resolve) => pages.server.close(resolve));
}
