// Shared setup of the browser tests and scripts/bench-web.mjs: finds the
// wasm build and Chromium, builds the site into a temporary folder, serves it
// on localhost and launches headless Chromium through playwright-core.
//
// Environment:
//   PRECIS_WASM_DIR          wasm build folder (default build-wasm/wasm)
//   PRECIS_CHROMIUM          browser binary (default /usr/bin/chromium)
//   PRECIS_REQUIRE_BROWSER=1 missing pieces fail the tests instead of skipping
//   PRECIS_SHARED_DATA       the shared data folder (default ../shared/data);
//                            under CI=true a missing folder is an error
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wasmDir = path.resolve(root, process.env.PRECIS_WASM_DIR ?? 'build-wasm/wasm');
export const chromiumPath = process.env.PRECIS_CHROMIUM ?? '/usr/bin/chromium';
export const artifactsDir = path.join(root, 'build-wasm/artifacts');
export const articlesDir = path.resolve(root, process.env.PRECIS_SHARED_DATA ?? '../shared/data', 'articles');
if (process.env.CI === 'true' && !existsSync(articlesDir)) {
  throw new Error(`browser tests: shared data ${articlesDir} is missing (CI=true; set PRECIS_SHARED_DATA)`);
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Why the browser tests cannot run here, or null when they can.
export async function missingPrerequisite() {
  if (!existsSync(path.join(wasmDir, 'precis.mjs')) || !existsSync(path.join(wasmDir, 'precis.wasm'))) {
    return `no wasm build in ${wasmDir} (run scripts/build-wasm.sh or set PRECIS_WASM_DIR)`;
  }
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (apt-get install chromium)`;
  try {
    await import('playwright-core');
  } catch {
    return 'playwright-core is not installed (npm ci)';
  }
  if (!existsSync(path.join(root, 'node_modules/@mozilla/readability'))) {
    return '@mozilla/readability is not installed (npm ci)';
  }
  return null;
}

// The {skip} option for node:test: a reason string, or false. With
// PRECIS_REQUIRE_BROWSER=1 it never skips, so that the test fails instead.
export async function skipReason() {
  const missing = await missingPrerequisite();
  if (!missing) return false;
  if (process.env.PRECIS_REQUIRE_BROWSER === '1') {
    return false;
  }
  return missing;
}

export async function requirePrerequisites() {
  const missing = await missingPrerequisite();
  if (missing) throw new Error(`browser tests cannot run: ${missing}`);
}

// Serves the folder `dir` on a free port with scripts/serve.mjs.
// Returns {url, origin, close()}; close() stops the server.
export async function serveDir(dir) {
  const {startServer} = await import('../../scripts/serve.mjs');
  const {server, url} = await startServer({dir, port: 0});
  return {
    url, origin: new URL(url).origin,
    close: async () => {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// Builds the site into a fresh temporary folder and serves it.
// Returns {url, siteDir, close()}.
export async function serveSite() {
  const {buildSite} = await import('../../web/build-site.mjs');
  const siteDir = mkdtempSync(path.join(tmpdir(), 'precis-site-'));
  const built = buildSite({out: siteDir, wasmDir, quiet: true});
  const served = await serveDir(siteDir);
  return {
    url: served.url, siteDir, files: built.files,
    close: async () => {
      await served.close();
      rmSync(siteDir, {recursive: true, force: true});
    },
  };
}

export async function launchBrowser() {
  const {chromium} = await import('playwright-core');
  return chromium.launch({executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true});
}

// Serves the site and opens it in a fresh browser at desktop size, waiting
// for the sample's summary. Console errors and uncaught exceptions of the
// page are pushed onto `errors`. Close with `browser.close()` and
// `site.close()`.
export async function openSitePage(errors = []) {
  await requirePrerequisites();
  const site = await serveSite();
  const browser = await launchBrowser();
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url);
  await waitForSummary(page);
  return {site, browser, context, page};
}

// Waits until the page shows a summary (data-state="ready").
export async function waitForSummary(page, timeout = 15000) {
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, {timeout});
}
