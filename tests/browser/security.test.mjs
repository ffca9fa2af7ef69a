// Security tests of the precis page in headless Chromium: pasted HTML never
// runs (no script, no event handler, no dialog, no javascript: link in the
// page), summary text is never rendered as markup, and the page's Content
// Security Policy blocks inline script and inline event handlers.
//   node --test tests/browser/security.test.mjs
// Skips like the other browser tests when prerequisites are missing.
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';

import {launchBrowser, requirePrerequisites, serveSite, skipReason, waitForSummary} from './harness.mjs';

const skip = await skipReason();

const HOSTILE_HTML = `<html><head><script>window.__pwned = 'head script'</script></head><body>
<img src="x" onerror="window.__pwned = 'img onerror'; alert(1)">
<svg onload="window.__pwned = 'svg onload'"></svg>
<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>
<article><h1>Council approves the harbor bridge plan</h1>
<p>The council approved a 48 million dollar bridge plan on Tuesday after a long debate about
<a href="javascript:window.__pwned='link'">the costs</a> and the schedule.</p>
<p>Work on the bridge begins in September, the mayor said, and the ferry will run every 15
minutes while the works last.<script>window.__pwned = 'body script'</script></p>
<p>The bridge will carry about 18,000 vehicles a day when it opens in 2028.</p>
<p onclick="window.__pwned = 'onclick'">Residents can comment on the plan until the end of the month.</p>
</article></body></html>`;

// Plain text that looks like markup: it must come back as the same text.
const MARKUP_TEXT = 'The report quoted <script>window.__pwned = "text script"</script> verbatim. '
  + 'An <img src=x onerror="window.__pwned = \'text img\'"> tag was also in the paste. '
  + 'A <a href="javascript:window.__pwned=1">link</a> with a javascript: address followed it.\n\n'
  + 'The harbor report ends with <iframe src="javascript:parent.__pwned=2"></iframe> here.';

const updates = (page) => page.evaluate(() => Number(document.documentElement.dataset.updates ?? 0));

async function waitForUpdate(page, beforeCount, timeout = 15000) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.updates ?? 0) > n
    && document.documentElement.dataset.state !== 'loading', beforeCount, {timeout});
  return page.evaluate(() => document.documentElement.dataset.state);
}

// No element that could run code or load anything in the input and result areas.
async function activeElements(page) {
  return page.$$eval('#summary *, #source *, #keywords *, #facts *',
    (els) => els.filter((e) => /^(SCRIPT|IMG|IFRAME|SVG|OBJECT|EMBED|svg)$/.test(e.tagName)
      || [...e.attributes].some((a) => /^on/i.test(a.name))
      || /^\s*javascript:/i.test(e.getAttribute('href') ?? '')).map((e) => e.outerHTML));
}

describe('precis page security', {skip}, () => {
  let site;
  let browser;
  let page;
  const dialogs = [];

  before(async () => {
    await requirePrerequisites();
    site = await serveSite();
    browser = await launchBrowser();
    const context = await browser.newContext();
    page = await context.newPage();
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    await page.goto(site.url);
    await waitForSummary(page);
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('pasted HTML with script, event handlers and javascript: links never runs', async () => {
    await page.focus('#article');
    const n = await updates(page);
    await page.evaluate((html) => {
      const dt = new DataTransfer();
      dt.setData('text/html', html);
      dt.setData('text/plain', 'Council approves the harbor bridge plan');
      document.getElementById('article').dispatchEvent(
        new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
    }, HOSTILE_HTML);
    assert.equal(await waitForUpdate(page, n), 'ready');
    await page.waitForTimeout(300);  // time for any handler that would fire
    const value = await page.inputValue('#article');
    assert.match(value, /Council approves the harbor bridge plan/);
    assert.doesNotMatch(value, /__pwned/);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(await activeElements(page), []);
  });

  test('text that looks like markup is shown verbatim, never rendered', async () => {
    const n = await updates(page);
    await page.evaluate((t) => {
      const area = document.getElementById('article');
      area.value = t;
      area.dispatchEvent(new Event('input', {bubbles: true}));
    }, MARKUP_TEXT);
    assert.equal(await waitForUpdate(page, n), 'ready');
    await page.waitForTimeout(300);
    assert.equal(await page.$eval('#source', (s) => s.textContent), MARKUP_TEXT);
    const summary = await page.$$eval('#summary a', (links) => links.map((a) => a.textContent).join(' '));
    assert.ok(summary.includes('<script>'), `summary text keeps the markup as text: ${summary}`);
    assert.deepEqual(await activeElements(page), []);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(dialogs, []);
  });

  test('the Content Security Policy blocks inline script and inline handlers', async () => {
    const result = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.appendChild(script);
      const div = document.createElement('div');
      div.innerHTML = '<img src="data:," onerror="window.__handlerRan = true">'
        + '<img src="x-invalid:" onerror="window.__handlerRan = true">';
      document.body.appendChild(div);
      await new Promise((r) => setTimeout(r, 300));
      div.remove();
      script.remove();
      return {inline: window.__inlineRan ?? false, handler: window.__handlerRan ?? false,
        violations};
    });
    assert.equal(result.inline, false, 'inline script ran');
    assert.equal(result.handler, false, 'inline event handler ran');
    assert.ok(result.violations.some((d) => d.startsWith('script-src')), JSON.stringify(result.violations));
  });

  test('the policy is sent as a header and as a meta tag', async () => {
    const response = await page.goto(site.url);
    const header = response.headers()['content-security-policy'] ?? '';
    const meta = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    for (const csp of [header, meta]) {
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      assert.match(csp, /object-src 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|(?<!wasm-)unsafe-eval/);
    }
  });
});
