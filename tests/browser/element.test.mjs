// <precis-summary> (precis-summarizer/element) in headless Chromium, on a
// plain HTML page with a strict Content Security Policy: the summary box
// appears with the article's key facts, lazily, accessibly and themable,
// errors are announced, and every request stays on the page's origin.
//   node --test tests/browser/element.test.mjs
// Skips like the other browser tests when prerequisites are missing.
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';

import {articlesDir, launchBrowser, requirePrerequisites, root, serveDir, skipReason, wasmDir} from './harness.mjs';

const skip = await skipReason();

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

// The article and a fact its short key points must hold.
function article() {
  const blinken = path.join(articlesDir, 'blinken-trip-koreatimes.txt');
  if (existsSync(blinken)) return {text: readFileSync(blinken, 'utf8'), fact: '$3.64 billion'};
  return {text: readFileSync(path.join(root, 'samples/harbor-bridge.txt'), 'utf8'), fact: null};
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;');

function pageHtml(text) {
  const paragraphs = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>A blog post</title>
<link rel="stylesheet" href="./page.css">
<script type="module" src="./node_modules/precis-summarizer/element.js"></script>
</head>
<body>
<main>
<precis-summary id="points" for="post" type="key-points" length="medium"></precis-summary>
<precis-summary id="missing" for="no-such-id" loading="eager"></precis-summary>
<article id="post">
<h1>US Secretary of State to visit Seoul</h1>
${paragraphs}
<p>A reader wrote &lt;img src=x onerror="window.__pwned=1"&gt; in a comment, as text.</p>
</article>
<div class="spacer"></div>
<precis-summary id="lazy" for="post" type="tldr" length="medium" label="In short"></precis-summary>
</main>
</body>
</html>
`;
}

// A page with one key-points box (#box) and `head` added to its <head>.
function schemePage(head) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">${head}<title>Scheme</title>
<script type="module" src="./node_modules/precis-summarizer/element.js"></script></head>
<body><main><precis-summary id="box" loading="eager"></precis-summary>
<article>${article().text.split(/\n\s*\n|\n/).filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}
</article></main></body></html>`;
}

// A news post: a box before the article and one inside it after the two
// opening paragraphs, which state the story's main facts.
function newsPage() {
  const lede = [
    'The harbor ferry between Port Ellis and Kinsale Island will return to service on 3 May after a two-year pause, the regional transport board said on Thursday.',
    'The board approved a contract worth 6.2 million dollars with a local shipyard to refit the vessel, which carried about 900 passengers a day before it was withdrawn.',
  ];
  const rest = [
    'Island residents had campaigned for the service since the last sailing, saying the detour by road added more than an hour to each trip to the hospital.',
    '"This is the day we have been waiting for," said Ana Ribeiro, who chairs the island council.',
    'She said shops on the island had lost a third of their visitors while the ferry was gone.',
    'The refitted ferry will run every 40 minutes in summer and every hour in winter, the board said.',
    'Fares will stay at the level set in 2022, and children under 12 will travel free.',
    'The shipyard expects to finish the refit by the end of April, two weeks ahead of the sailing.',
    'A second vessel could join the route in 2027 if passenger numbers return to their earlier level.',
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}"><title>News</title>
<script type="module" src="./node_modules/precis-summarizer/element.js"></script></head>
<body><main><precis-summary id="before" for="story" loading="eager"></precis-summary>
<article id="story"><h1>Harbor ferry returns</h1>${lede.map((p) => `<p class="lede">${p}</p>`).join('')}
<precis-summary id="inside" loading="eager"></precis-summary>
${rest.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article></main></body></html>`;
}

const PAGE_CSS = `
body { font-family: serif; }
.spacer { height: 4000px; }
@media (prefers-color-scheme: light) { #points { --precis-accent: rgb(1, 2, 3); } }
precis-summary::part(title) { text-transform: uppercase; }
`;

describe('<precis-summary> element', {skip}, () => {
  let dir;
  let served;
  let browser;
  let origin;
  const requests = [];
  const problems = [];

  before(async () => {
    await requirePrerequisites();
    const {buildPackage} = await import('../../web/build-package.mjs');
    dir = mkdtempSync(path.join(tmpdir(), 'precis-element-'));
    const pkgDir = path.join(dir, 'node_modules/precis-summarizer');
    mkdirSync(path.dirname(pkgDir), {recursive: true});
    await buildPackage({out: pkgDir, wasmDir, quiet: true});
    writeFileSync(path.join(dir, 'index.html'), pageHtml(article().text));
    writeFileSync(path.join(dir, 'page.css'), PAGE_CSS);
    writeFileSync(path.join(dir, 'favicon.ico'), '');
    writeFileSync(path.join(dir, 'light-dark.html'), schemePage('<meta name="color-scheme" content="light dark">'));
    writeFileSync(path.join(dir, 'dark-only.html'), schemePage('<link rel="stylesheet" href="./dark.css">'));
    writeFileSync(path.join(dir, 'dark.css'), ':root { color-scheme: dark; background: #111; color: #eee; }\n');
    writeFileSync(path.join(dir, 'news.html'), newsPage());
    served = await serveDir(dir);
    origin = served.origin;
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await served?.close();
    if (dir) rmSync(dir, {recursive: true, force: true});
  });

  async function openPage(options = {}, file = 'index.html') {
    const context = await browser.newContext({viewport: {width: 900, height: 700}, ...options});
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && !/no element with id/.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`${origin}/${file}`);
    return {context, page};
  }

  const state = (page, id) => page.evaluate((i) => document.getElementById(i).dataset.state, id);
  const waitState = (page, id, want) => page.waitForFunction(([i, w]) =>
    document.getElementById(i)?.dataset.state === w, [id, want], {timeout: 20000});

  test('the key-points box appears with the article\'s key facts, as an accessible list', async () => {
    const {context, page} = await openPage();
    try {
      await waitState(page, 'points', 'ready');
      const box = await page.evaluate(() => {
        const root = document.getElementById('points').shadowRoot;
        const region = root.querySelector('[part="box"]');
        const title = root.getElementById(region.getAttribute('aria-labelledby'));
        const items = [...root.querySelectorAll('ul[part="list"] > li[part="item"]')];
        return {role: region.getAttribute('role'), busy: region.getAttribute('aria-busy'),
          title: title?.textContent, items: items.map((li) => li.textContent),
          childElements: items.reduce((n, li) => n + li.children.length, 0),
          statusHidden: root.querySelector('[part="status"]').hidden,
          showHidden: root.querySelector('[part="button"]').hidden};
      });
      assert.equal(box.role, 'region');
      assert.equal(box.busy, 'false');
      assert.equal(box.title, 'Key points', 'key points are not called TL;DR');
      assert.equal(box.items.length, 5);
      assert.equal(box.childElements, 0, 'items are text only');
      assert.ok(box.statusHidden && box.showHidden);
      const {fact} = article();
      if (fact) assert.ok(box.items.some((t) => t.includes(fact)), `a key point mentions ${fact}: ${box.items}`);
      const text = await page.evaluate(() => document.getElementById('post').innerText);
      for (const item of box.items) {
        const firstWords = item.split(' ').slice(0, 4).join(' ');
        assert.ok(text.replace(/\s+/g, ' ').includes(firstWords), `"${item}" comes from the article`);
      }
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
    } finally {
      await context.close();
    }
  });

  test('lazy: the box below the fold waits, showing "Show summary", until scrolled into view', async () => {
    const {context, page} = await openPage();
    try {
      await waitState(page, 'points', 'ready');
      await page.waitForTimeout(300);
      assert.equal(await state(page, 'lazy'), 'idle');
      const idle = await page.evaluate(() => {
        const root = document.getElementById('lazy').shadowRoot;
        const button = root.querySelector('[part="button"]');
        return {button: button.hidden ? null : button.textContent,
          title: root.querySelector('[part="title"]').textContent};
      });
      assert.deepEqual(idle, {button: 'Show summary', title: 'In short'});
      await page.evaluate(() => document.getElementById('lazy').scrollIntoView());
      await waitState(page, 'lazy', 'ready');
      const paragraph = await page.evaluate(() =>
        document.getElementById('lazy').shadowRoot.querySelector('p[part="text"]')?.textContent);
      assert.ok(paragraph && paragraph.length > 100, paragraph);
    } finally {
      await context.close();
    }
  });

  test('"Show summary" summarizes at once when pressed', async () => {
    const {context, page} = await openPage();
    try {
      assert.equal(await state(page, 'lazy'), 'idle');
      // Pressed where it is, off screen (a real click would scroll it into view).
      const label = await page.evaluate(() => {
        const button = document.getElementById('lazy').shadowRoot.querySelector('button[part="button"]');
        button.click();
        return button.textContent;
      });
      assert.equal(label, 'Show summary');
      await waitState(page, 'lazy', 'ready');
      const inView = await page.evaluate(() => document.getElementById('lazy').getBoundingClientRect().top
        < window.innerHeight);
      assert.equal(inView, false, 'it was summarized without being in view');
    } finally {
      await context.close();
    }
  });

  test('a missing target is announced as an error', async () => {
    const {context, page} = await openPage();
    try {
      await waitState(page, 'missing', 'error');
      const alert = await page.evaluate(() => {
        const el = document.getElementById('missing').shadowRoot.querySelector('[role="alert"]');
        return {text: el.textContent, hidden: el.hidden};
      });
      assert.equal(alert.hidden, false);
      assert.match(alert.text, /no element with id "no-such-id"/);
    } finally {
      await context.close();
    }
  });

  test('themable: custom properties, ::part and the dark colour scheme', async () => {
    const light = await openPage({colorScheme: 'light'});
    const dark = await openPage({colorScheme: 'dark'});
    try {
      const styles = async (page) => {
        await waitState(page, 'points', 'ready');
        return page.evaluate(() => {
          const get = (id, part) => getComputedStyle(
            document.getElementById(id).shadowRoot.querySelector(`[part="${part}"]`));
          return {accent: get('points', 'box').borderLeftColor, title: get('points', 'title').textTransform,
            background: get('missing', 'box').backgroundColor};
        });
      };
      const l = await styles(light.page);
      const d = await styles(dark.page);
      assert.equal(l.accent, 'rgb(1, 2, 3)');
      assert.equal(l.title, 'uppercase');
      assert.equal(l.background, 'rgb(246, 248, 250)');
      assert.equal(d.background, 'rgb(246, 248, 250)', 'a light-only page keeps a light box in dark mode');
    } finally {
      await light.context.close();
      await dark.context.close();
    }
  });

  test('dark colours only where the page declares dark support', async () => {
    const background = async (file, colorScheme) => {
      const {context, page} = await openPage({colorScheme}, file);
      try {
        await waitState(page, 'box', 'ready');
        return await page.evaluate(() => getComputedStyle(
          document.getElementById('box').shadowRoot.querySelector('[part="box"]')).backgroundColor);
      } finally {
        await context.close();
      }
    };
    const LIGHT = 'rgb(246, 248, 250)';
    const DARK = 'rgb(22, 27, 34)';
    assert.equal(await background('light-dark.html', 'dark'), DARK, 'light and dark page, dark system');
    assert.equal(await background('light-dark.html', 'light'), LIGHT, 'light and dark page, light system');
    assert.equal(await background('dark-only.html', 'light'), DARK, 'dark-only page');
  });

  test('on a news post, the box skips the opening paragraphs just above it', async () => {
    const {context, page} = await openPage({}, 'news.html');
    try {
      await waitState(page, 'inside', 'ready');
      await waitState(page, 'before', 'ready');
      const read = await page.evaluate(() => {
        const items = (id) => [...document.getElementById(id).shadowRoot.querySelectorAll('li[part="item"]')]
          .map((li) => li.textContent);
        const above = [...document.querySelectorAll('#story > p.lede')].map((p) => p.textContent).join(' ');
        return {inside: items('inside'), before: items('before'), above};
      });
      assert.equal(read.inside.length, 3, 'still three key points');
      for (const item of read.inside) {
        assert.ok(!read.above.replace(/\s+/g, ' ').includes(item.slice(0, 30)), `"${item}" was just read above`);
      }
      assert.ok(read.before.some((item) => read.above.replace(/\s+/g, ' ').includes(item.slice(0, 30))),
        'a box before the article may use its opening');
    } finally {
      await context.close();
    }
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`no axe violations in the boxes (${colorScheme})`, async () => {
      // bypassCSP lets the test inject axe; the page itself never needs it.
      const {context, page} = await openPage({colorScheme, bypassCSP: true});
      try {
        await waitState(page, 'points', 'ready');
        await waitState(page, 'missing', 'error');
        await page.addScriptTag({path: path.join(root, 'node_modules/axe-core/axe.min.js')});
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document,
            {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}});
          return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        });
        assert.deepEqual(violations, []);
      } finally {
        await context.close();
      }
    });
  }

  test('every request went to the page\'s origin; no CSP violation or page error', () => {
    assert.ok(requests.length > 0);
    const foreign = requests.filter((u) => new URL(u).origin !== origin);
    assert.deepEqual(foreign, []);
    assert.ok(requests.some((u) => u.endsWith('/precis.wasm')), 'the engine came from the package');
    assert.ok(requests.some((u) => u.endsWith('/precis-worker.js')), 'the worker came from the package');
    assert.deepEqual(problems, []);
  });
});
