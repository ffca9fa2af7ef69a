#!/usr/bin/env node
// Builds the static site: one self-contained folder with relative paths, no
// CDN and no server code, that any static host can serve and that works
// offline after the first visit (service worker).
//
//   node web/build-site.mjs [--out DIR] [--wasm-dir DIR]
//   (npm run build:site)
//
// Inputs: web/app/*, web/lib/*.js, precis.{mjs,wasm} from the wasm build
// (--wasm-dir, else $PRECIS_WASM_DIR, else build-wasm/wasm) and
// @mozilla/readability from node_modules (npm ci). Output (default
// build-wasm/site):
//   index.html app.js app.css text-import.js sample-article.txt icon.svg
//   manifest.webmanifest sw.js
//   lib/      the JS client, its worker, precis-en.{mjs,wasm} (English only,
//             loaded first) and precis.{mjs,wasm} (every language, on demand)
//   vendor/   readability.js (as an ES module) and its licence
// The page's scripts, the Emscripten loaders and the style sheet are
// minified with esbuild (a devDependency): it takes a third off what a first
// visit downloads besides the engine. Without esbuild installed the files are
// copied as they are, with a warning.
import {createHash} from 'node:crypto';
import {createRequire} from 'node:module';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync}
  from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {parseBuildArgs, requireBuildInputs} from './build-common.mjs';
import {contractModuleSource, readContract} from './build-contract.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  return parseBuildArgs(argv, {root, defaultOut: 'build-wasm/site',
    usage: 'usage: node web/build-site.mjs [--out DIR] [--wasm-dir DIR] [--quiet]'});
}

const APP_FILES = ['index.html', 'app.js', 'app.css', 'text-import.js', 'looks-like-html.js', 'digest-view.js',
  'sample-article.txt',
  'icon.svg', 'manifest.webmanifest'];
const CSP = "script-src 'self' 'wasm-unsafe-eval'";

// esbuild's API, or null when it is not installed (npm ci installs it).
function loadEsbuild() {
  try {
    return createRequire(import.meta.url)('esbuild');
  } catch {
    return null;
  }
}

// Minifies the site's scripts and style sheet in place: each file on its own
// (no bundling, but for the worker), so that every file and its exports stay
// where they were.
// sw.js keeps its PRECACHE line readable; vendor/ is left as published.
function minifySite(out, quiet) {
  const esbuild = loadEsbuild();
  if (!esbuild) {
    if (!quiet) console.warn('build-site: warning: esbuild is not installed (npm ci); files are not minified');
    return;
  }
  for (const f of listFiles(out)) {
    if (f === 'sw.js' || f.startsWith('vendor/') || !/\.(?:m?js|css)$/.test(f)) continue;
    const file = path.join(out, f);
    const css = f.endsWith('.css');
    const options = {format: css ? undefined : 'esm', minify: true, target: 'es2022'};
    let code;
    if (f === 'lib/summarizer-worker.js') {
      // The worker with worker-core.js inlined: one request fewer, in
      // sequence, before the worker can load the engine.
      const built = esbuild.buildSync({...options, entryPoints: [file], bundle: true, write: false,
        logLevel: 'silent'});
      code = built.outputFiles[0].text;
    } else {
      code = esbuild.transformSync(readFileSync(file, 'utf8'), {...options, loader: css ? 'css' : 'js'}).code;
    }
    writeFileSync(file, code);
  }
}

function listFiles(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

export function buildSite({out, wasmDir, quiet = false}) {
  const {wasmFiles, readabilityDir} = requireBuildInputs({root, wasmDir});

  rmSync(out, {recursive: true, force: true});
  mkdirSync(path.join(out, 'lib'), {recursive: true});
  mkdirSync(path.join(out, 'vendor'), {recursive: true});

  const appDir = path.join(root, 'web/app');
  for (const f of APP_FILES) cpSync(path.join(appDir, f), path.join(out, f));
  const html = readFileSync(path.join(out, 'index.html'), 'utf8');
  if (!html.includes('http-equiv="Content-Security-Policy"') || !html.includes(CSP)) {
    throw new Error(`web/app/index.html lost its Content-Security-Policy (${CSP})`);
  }

  const libDir = path.join(root, 'web/lib');
  for (const f of readdirSync(libDir).filter((n) => n.endsWith('.js'))) {
    cpSync(path.join(libDir, f), path.join(out, 'lib', f));
  }
  for (const f of wasmFiles) cpSync(f, path.join(out, 'lib', path.basename(f)));
  // The page's first engine: English-only language data (precis-en.mjs).
  for (const f of ['precis-en.mjs', 'precis-en.wasm']) {
    const from = path.join(wasmDir, f);
    if (!existsSync(from)) throw new Error(`${from} is missing; run scripts/build-wasm.sh`);
    cpSync(from, path.join(out, 'lib', f));
  }
  // The contract of the engine shipped, not the checked-in copy.
  writeFileSync(path.join(out, 'lib/contract.js'), contractModuleSource(readContract(wasmDir)));
  const glue = readFileSync(path.join(out, 'lib/precis.mjs'), 'utf8');
  if (/\bnew Function\s*\(|\beval\s*\(/.test(glue)) {
    console.warn('build-site: warning: precis.mjs uses eval or new Function; '
      + 'the strict CSP will block it (link with -sDYNAMIC_EXECUTION=0)');
  }

  minifySite(out, quiet);

  // Readability is CommonJS; as an ES module its "module.exports" branch is
  // skipped and the class is exported by name.
  const readability = readFileSync(path.join(readabilityDir, 'Readability.js'), 'utf8');
  const version = JSON.parse(readFileSync(path.join(readabilityDir, 'package.json'), 'utf8')).version;
  writeFileSync(path.join(out, 'vendor/readability.js'),
    `// @mozilla/readability ${version}, Apache-2.0 (see readability.LICENSE.md)\n`
    + `${readability}\nexport {Readability};\n`);
  cpSync(path.join(readabilityDir, 'LICENSE.md'), path.join(out, 'vendor/readability.LICENSE.md'));

  // The service worker precaches what every visit uses, and caches the rest
  // (the engine with every language, Readability) when a visit first needs
  // it, so that an English visit downloads no other language's data. Its
  // version is a hash of every file, so any change installs a new cache.
  const files = listFiles(out);
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(readFileSync(path.join(out, f)));
  const onDemand = (f) => f === 'lib/precis.mjs' || f === 'lib/precis.wasm' || f.startsWith('vendor/');
  const precache = {version: hash.digest('hex').slice(0, 16), files: ['./', ...files.filter((f) => !onDemand(f))]};
  const swSource = readFileSync(path.join(appDir, 'sw.js'), 'utf8');
  const placeholder = /const PRECACHE = \{version: 'dev', files: \[\]\};[^\n]*/;
  if (!placeholder.test(swSource)) throw new Error('web/app/sw.js lost its PRECACHE line');
  writeFileSync(path.join(out, 'sw.js'),
    swSource.replace(placeholder, `const PRECACHE = ${JSON.stringify(precache)};`));

  const sizes = listFiles(out).map((f) => {
    const data = readFileSync(path.join(out, f));
    return {file: f, bytes: data.length, gzip: gzipSync(data, {level: 9}).length};
  });
  if (!quiet) {
    for (const s of sizes) {
      console.log(`${s.file.padEnd(34)} ${String(s.bytes).padStart(9)} B  ${String(s.gzip).padStart(8)} B gz`);
    }
    const total = sizes.reduce((a, s) => ({bytes: a.bytes + s.bytes, gzip: a.gzip + s.gzip}), {bytes: 0, gzip: 0});
    console.log(`${'total'.padEnd(34)} ${String(total.bytes).padStart(9)} B  ${String(total.gzip).padStart(8)} B gz`);
    console.log(`site: ${out}`);
  }
  return {out, files: sizes, version: precache.version};
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildSite(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`build-site: ${error.message}`);
    process.exit(1);
  }
}
