#!/usr/bin/env node
// Builds the browser extension (Manifest V3) for Chrome and Firefox.
//
//   node web/build-extension.mjs [--out DIR] [--wasm-dir DIR] [--quiet]
//   (npm run build:extension)
//
// Inputs: web/extension/*, web/lib/*.js, precis.{mjs,wasm} from the wasm
// build (--wasm-dir, else $PRECIS_WASM_DIR, else build-wasm/wasm) and
// @mozilla/readability from node_modules (npm ci). Output (default
// build-wasm/extension): chrome/ and firefox/, the same files with their own
// manifest.json (Chrome: a background service worker; Firefox: background
// scripts, an event page, and its add-on id).
import {cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync}
  from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {crc32, deflateSync} from 'node:zlib';
import {inlineModule, parseBuildArgs, requireBuildInputs} from './build-common.mjs';
import {contentScriptConstants, contractModuleSource, readContract} from './build-contract.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const EXTENSION_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";
export const PERMISSIONS = ['activeTab', 'scripting', 'contextMenus', 'storage'];
// Asked for at first use (a link preview, or a side panel that follows the
// tabs), never at install.
export const OPTIONAL_HOST_PERMISSIONS = ['http://*/*', 'https://*/*'];
export const FIREFOX_ID = 'precis@precis.invalid';
const ICON_SIZES = [16, 32, 48, 128];
const EXTENSION_FILES = ['background.js', 'panel.html', 'panel.css', 'panel.js',
  'preview.html', 'preview.css', 'preview.js', 'preview-core.js', 'allow.html', 'allow.js',
  'content/highlight.js', 'content/highlight.css', 'content/preview.js'];

function parseArgs(argv) {
  return parseBuildArgs(argv, {root, defaultOut: 'build-wasm/extension',
    usage: 'usage: node web/build-extension.mjs [--out DIR] [--wasm-dir DIR] [--quiet]'});
}

// The manifest of one browser. extraHostPermissions is for the tests only
// (see tests/browser/extension.test.mjs); the built extension has none.
export function manifestFor(browser,
  /** @type {{version?: string, extraHostPermissions?: string[]}} */ {version, extraHostPermissions = []} = {}) {
  const icons = Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icons/icon-${s}.png`]));
  const manifest = {
    manifest_version: 3,
    name: 'precis',
    short_name: 'precis',
    version,
    description: 'Summarize the page or a selection on your own device: the sentences that carry '
      + 'it, highlighted in the page. Nothing is sent anywhere.',
    icons,
    action: {default_title: 'Summarize this page (precis)', default_popup: 'panel.html',
      default_icon: icons},
    permissions: [...PERMISSIONS],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    commands: {
      _execute_action: {
        suggested_key: {default: 'Alt+Shift+S'},
        description: 'Summarize this page',
      },
      'preview-link': {
        suggested_key: {default: 'Alt+Shift+P'},
        description: 'Preview the focused link',
      },
    },
    // The link preview's card is this page, framed in the page (inside a
    // closed shadow root); nothing else is reachable from web pages.
    web_accessible_resources: [{resources: ['preview.html'], matches: ['http://*/*', 'https://*/*']}],
    content_security_policy: {extension_pages: EXTENSION_CSP},
  };
  if (extraHostPermissions.length) manifest.host_permissions = [...extraHostPermissions];
  if (browser === 'chrome') {
    // 116: sidePanel.open().
    manifest.minimum_chrome_version = '116';
    manifest.background = {service_worker: 'background.js'};
    manifest.permissions.push('sidePanel');
    manifest.side_panel = {default_path: 'sidebar.html'};
    // A new URL for the card's page on each session, so that pages cannot
    // tell that precis is installed from a fixed address.
    manifest.web_accessible_resources[0].use_dynamic_url = true;
  } else if (browser === 'firefox') {
    manifest.background = {scripts: ['background.js']};
    manifest.sidebar_action = {default_panel: 'sidebar.html', default_title: 'precis',
      default_icon: icons, open_at_install: false};
    manifest.browser_specific_settings = {
      // 140: the first that reads data_collection_permissions (and has the
      // CSS Custom Highlight API); Firefox for Android 142.
      gecko: {id: FIREFOX_ID, strict_min_version: '140.0',
        data_collection_permissions: {required: ['none']}},
      gecko_android: {strict_min_version: '142.0'},
    };
  } else {
    throw new Error(`unknown browser ${browser}`);
  }
  return manifest;
}

// --- icons: the page's icon (web/app/icon.svg) drawn as PNGs ---

function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

// Coverage (0..1) of a rounded rectangle at a pixel, 4x4 supersampled.
/** @param {number[]} rect [x, y, width, height, corner radius] */
function roundedRectCoverage(px, py, scale, rect) {
  const [x, y, w, h, r] = rect;
  let hits = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (px + (sx + 0.5) / 4) / scale;
      const v = (py + (sy + 0.5) / 4) / scale;
      if (u < x || v < y || u > x + w || v > y + h) continue;
      const cx = Math.min(Math.max(u, x + r), x + w - r);
      const cy = Math.min(Math.max(v, y + r), y + h - r);
      if ((u - cx) ** 2 + (v - cy) ** 2 <= r * r) hits++;
    }
  }
  return hits / 16;
}

export function iconPng(size) {
  // Shapes in the 64x64 box of icon.svg: [rect, rgb].
  const shapes = [[[0, 0, 64, 64, 14], [0x1f, 0x6f, 0x5c]], [[13, 17, 38, 6, 3], [255, 255, 255]],
    [[13, 29, 26, 6, 3], [255, 255, 255]], [[13, 41, 32, 6, 3], [0xf2, 0xc9, 0x4c]]];
  const scale = size / 64;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    raw[row] = 0;  // no filter
    for (let px = 0; px < size; px++) {
      let rgba = [0, 0, 0, 0];
      for (const [rect, rgb] of shapes) {
        const a = roundedRectCoverage(px, py, scale, rect);
        if (a === 0) continue;
        const outA = a + rgba[3] * (1 - a);
        rgba = [...rgb.map((c, k) => (c * a + rgba[k] * rgba[3] * (1 - a)) / outA), outA];
      }
      const o = row + 1 + px * 4;
      raw[o] = Math.round(rgba[0]);
      raw[o + 1] = Math.round(rgba[1]);
      raw[o + 2] = Math.round(rgba[2]);
      raw[o + 3] = Math.round(rgba[3] * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;   // bit depth
  ihdr[9] = 6;   // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(raw, {level: 9})), pngChunk('IEND', Buffer.alloc(0))]);
}

export function listFiles(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

// Test builds of Firefox only (tests/browser/extension-firefox.test.mjs):
// the hook scripts of `hooksDir` as a content script on the test server's
// pages, a second background script and a script of the preview card, which
// let the tests drive the extension's pages (WebDriver BiDi cannot open them).
function addTestHooks(dir, manifest, hooksDir) {
  mkdirSync(path.join(dir, 'test'), {recursive: true});
  for (const f of ['hook-content.js', 'hook-background.js', 'hook-preview.js']) {
    cpSync(path.join(hooksDir, f), path.join(dir, 'test', f));
  }
  manifest.content_scripts = [{matches: ['http://127.0.0.1/*'], js: ['test/hook-content.js'],
    run_at: 'document_start'}];
  manifest.background.scripts.push('test/hook-background.js');
  const preview = path.join(dir, 'preview.html');
  writeFileSync(preview, readFileSync(preview, 'utf8').replace('</head>',
    '<script type="module" src="test/hook-preview.js"></script>\n</head>'));
}

function writeBrowserBuild(dir, browser, {wasmFiles, contract, extraHostPermissions, contentScript, testHooks}) {
  const {version} = contract;
  rmSync(dir, {recursive: true, force: true});
  for (const sub of ['lib', 'content', 'icons', 'vendor']) mkdirSync(path.join(dir, sub), {recursive: true});
  const extDir = path.join(root, 'web/extension');
  for (const f of EXTENSION_FILES) cpSync(path.join(extDir, f), path.join(dir, f));
  // The side panel: the popup's page, told which view it is.
  const panel = readFileSync(path.join(extDir, 'panel.html'), 'utf8');
  if (!panel.includes('data-view="popup"')) throw new Error('panel.html has no data-view="popup"');
  writeFileSync(path.join(dir, 'sidebar.html'), panel.replace('data-view="popup"', 'data-view="side"'));
  writeFileSync(path.join(dir, 'content/extract.js'), contentScript.code);
  cpSync(contentScript.licence, path.join(dir, 'content/readability.LICENSE.md'));
  writeFileSync(path.join(dir, 'vendor/readability.js'), contentScript.readabilityModule);
  cpSync(contentScript.licence, path.join(dir, 'vendor/readability.LICENSE.md'));
  const libDir = path.join(root, 'web/lib');
  for (const f of readdirSync(libDir).filter((n) => n.endsWith('.js'))) {
    cpSync(path.join(libDir, f), path.join(dir, 'lib', f));
  }
  for (const f of wasmFiles) cpSync(f, path.join(dir, 'lib', path.basename(f)));
  writeFileSync(path.join(dir, 'lib/contract.js'), contractModuleSource(contract));
  for (const s of ICON_SIZES) writeFileSync(path.join(dir, `icons/icon-${s}.png`), iconPng(s));
  const manifest = manifestFor(browser, {version, extraHostPermissions});
  if (testHooks && browser === 'firefox') addTestHooks(dir, manifest, testHooks);
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

// Builds out/chrome and out/firefox. Returns {out, dirs: {chrome, firefox}, files}.
// extraHostPermissions and testHooks (a folder of hook scripts) are for the
// tests only.
export function buildExtension({out, wasmDir, quiet = false, extraHostPermissions = [], testHooks = null}) {
  const {wasmFiles, readabilityDir} = requireBuildInputs({root, wasmDir});
  const glue = readFileSync(wasmFiles[0], 'utf8');
  if (/\bnew Function\s*\(|\beval\s*\(/.test(glue)) {
    throw new Error('precis.mjs uses eval or new Function, which the extension CSP blocks '
      + '(link with -sDYNAMIC_EXECUTION=0)');
  }
  const contract = readContract(wasmDir);
  const version = contract.version;
  const rVersion = JSON.parse(readFileSync(path.join(readabilityDir, 'package.json'), 'utf8')).version;
  // One classic script for executeScript: Readability (CommonJS; its
  // module.exports branch is skipped where there is no module) and the
  // extractor, in one scope so that the page never sees either.
  const contentScript = {
    code: `// @mozilla/readability ${rVersion}, Apache-2.0 (see readability.LICENSE.md), then\n`
      + '// web/lib/dom-text.js and web/extension/content/extract.js.\n(() => {\n'
      + contentScriptConstants(contract)
      + `${readFileSync(path.join(readabilityDir, 'Readability.js'), 'utf8')}\n`
      + `${inlineModule(readFileSync(path.join(root, 'web/lib/dom-text.js'), 'utf8'), 'dom-text.js')}\n`
      + `${readFileSync(path.join(root, 'web/extension/content/extract.js'), 'utf8')}\n})();\n`,
    licence: path.join(readabilityDir, 'LICENSE.md'),
    // For the link preview's page: Readability as an ES module (its
    // "module.exports" branch is skipped where there is no module).
    readabilityModule: `// @mozilla/readability ${rVersion}, Apache-2.0 (see readability.LICENSE.md)\n`
      + `${readFileSync(path.join(readabilityDir, 'Readability.js'), 'utf8')}\nexport {Readability};\n`,
  };
  const dirs = {chrome: path.join(out, 'chrome'), firefox: path.join(out, 'firefox')};
  for (const [browser, dir] of Object.entries(dirs)) {
    writeBrowserBuild(dir, browser, {wasmFiles, contract, extraHostPermissions, contentScript, testHooks});
  }
  const files = listFiles(dirs.chrome).map((f) => ({file: f, bytes: statSync(path.join(dirs.chrome, f)).size}));
  if (!quiet) {
    for (const f of files) console.log(`${f.file.padEnd(34)} ${String(f.bytes).padStart(9)} B`);
    console.log(`extension: ${dirs.chrome}`);
    console.log(`extension: ${dirs.firefox}`);
  }
  return {out, dirs, files, version};
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildExtension(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`build-extension: ${error.message}`);
    process.exit(1);
  }
}
