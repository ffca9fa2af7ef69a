// Accessibility of the precis page in headless Chromium: axe-core's WCAG 2
// A/AA rules in light and dark mode, and that every control is reachable
// and usable with the keyboard alone.
//   node --test tests/browser/a11y.test.mjs
import assert from 'node:assert/strict';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';

import {launchBrowser, requirePrerequisites, root, serveSite, skipReason, waitForSummary}
  from './harness.mjs';

const skip = await skipReason();

async function axeViolations(page) {
  await page.addScriptTag({path: path.join(root, 'node_modules/axe-core/axe.min.js')});
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}});
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  return violations;
}

describe('precis page accessibility', {skip}, () => {
  let site;
  let browser;

  before(async () => {
    await requirePrerequisites();
    site = await serveSite();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`no axe violations (${colorScheme})`, async () => {
      // bypassCSP lets the test inject axe; the page itself never needs it.
      const context = await browser.newContext({colorScheme, bypassCSP: true});
      const page = await context.newPage();
      await page.goto(site.url);
      await waitForSummary(page);
      await page.click('#removed-section summary');
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }

  test('every control is reachable with Tab, in a sensible order', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url);
    await waitForSummary(page);
    const seen = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => {
        const a = document.activeElement;
        if (!a || a === document.body) return null;
        if (a.closest('#summary')) return 'summary-link';
        return a.id || a.className || a.tagName;
      });
      if (id && !seen.includes(id)) seen.push(id);
    }
    const order = ['skip-link', 'theme-toggle', 'open-file', 'load-sample', 'clear-text', 'article',
      'copy-markdown', 'copy-text', 'unit-sentences', 'length-slider', 'summary-link'];
    const positions = order.map((id) => seen.indexOf(id));
    assert.ok(positions.every((p) => p >= 0), `reached: ${seen.join(', ')}`);
    assert.deepEqual([...positions].sort((a, b) => a - b), positions, `tab order: ${seen.join(', ')}`);
    await context.close();
  });

  test('the length unit, theme and skip link work from the keyboard', async () => {
    const context = await browser.newContext({colorScheme: 'light'});
    const page = await context.newPage();
    await page.goto(site.url);
    await waitForSummary(page);
    // Arrow keys move between the length units and re-summarize.
    const updates = () => page.evaluate(() => Number(document.documentElement.dataset.updates));
    const n = await updates();
    await page.focus('#unit-sentences');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((k) => Number(document.documentElement.dataset.updates) > k, n);
    assert.equal(await page.isChecked('#unit-ratio'), true);
    assert.match(await page.textContent('#length-value'), /% of the article/);
    // The theme button cycles auto -> dark -> light, and remembers it.
    await page.focus('#theme-toggle');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(23, 25, 28)');
    await page.reload();
    await waitForSummary(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await page.focus('#theme-toggle');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    // The skip link moves focus to the summary.
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'summary-heading');
    await context.close();
  });
});
