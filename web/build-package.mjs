#!/usr/bin/env node
// Builds the npm package "precis-summarizer" into one folder and, with
// --pack, packs it with `npm pack` into a tarball beside that folder.
//
//   node web/build-package.mjs [--out DIR] [--wasm-dir DIR] [--pack] [--quiet]
//   (npm run build:package, npm run pack:package)
//
// Inputs: web/package/* (entry points, types, CLI, element, README,
// package.json template), web/lib/{summarizer,errors,worker-core,markdown,
// markdown-text,dom-text}.js and the
// wasm build (--wasm-dir, else $PRECIS_WASM_DIR, else build-wasm/wasm):
// precis.mjs and precis.wasm. The version is the core's
// (project VERSION in CMakeLists.txt), checked against the module's.
// Output (default build-wasm/package), exactly the package.json "files":
//   index.js node.js api.js element.js cli.js text.js front-matter.js
//   lib/summarizer.js lib/errors.js lib/contract.js   the JS client (its unused default URLs
//                      marked for Vite)
//   lib/markdown.js lib/markdown-text.js lib/dom-text.js   the Markdown
//                      writer and the text import shared with the page
//   precis-worker.js   the worker: web/package/worker.js with worker-core.js
//                      and the glue precis.mjs inlined (no imports)
//   precis.wasm        the engine, for the worker and for node
//   precis.mjs         its loader (node reads precis.wasm and passes the bytes)
//   index.d.ts element.d.ts README.md LICENSE package.json
//   envelope.d.ts      the engine's envelope types (wasm/envelope.d.ts)
// The built package.json declares linkedom and @mozilla/readability, which
// the CLI needs for HTML files (only), as optional dependencies at the
// versions of the project's package.json: npm installs them, and an install
// that cannot fetch them still works for everything else.
import {execFileSync} from 'node:child_process';
import {chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync}
  from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {inlineModule, parseBuildArgs} from './build-common.mjs';
import {contractModuleSource, readContract} from './build-contract.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node web/build-package.mjs [--out DIR] [--wasm-dir DIR] [--pack] [--quiet]';

const LIB_COPIED = ['errors.js', 'markdown.js', 'markdown-text.js', 'dom-text.js'];
// The package's (optional) runtime dependencies, at the versions the
// project itself uses (package.json): the CLI reads HTML with linkedom and
// Readability.
const RUNTIME_DEPENDENCIES = ['@mozilla/readability', 'linkedom'];
const COPIED = ['index.js', 'node.js', 'api.js', 'element.js', 'cli.js', 'text.js', 'front-matter.js',
  'index.d.ts', 'element.d.ts', 'README.md'];

export function coreVersion() {
  const cmake = readFileSync(path.join(root, 'CMakeLists.txt'), 'utf8');
  const m = /project\(\s*precis\s+VERSION\s+([0-9][0-9A-Za-z.+-]*)/.exec(cmake);
  if (!m) throw new Error('no "project(precis VERSION x.y.z" in CMakeLists.txt');
  return m[1];
}

// The client's default URLs (its worker and glue beside it) are never used
// by the package, which passes its own; bundlers that follow
// new URL(…, import.meta.url) (Vite) would warn that they are missing, so the
// copy marks them as runtime URLs.
function markDefaultUrls(source) {
  let count = 0;
  const out = source.replace(/new URL\('(\.\/[^']+)', import\.meta\.url\)/g, (m, rel) => {
    count++;
    return `new URL(/* @vite-ignore */ '${rel}', import.meta.url)`;
  });
  if (count === 0) throw new Error('web/lib/summarizer.js has no default new URL(…, import.meta.url) left to mark');
  return out;
}

function buildWorker(wasmDir) {
  const template = readFileSync(path.join(root, 'web/package/worker.js'), 'utf8');
  const parts = {
    'worker-core.js': path.join(root, 'web/lib/worker-core.js'),
    'precis.mjs': path.join(wasmDir, 'precis.mjs'),
  };
  let out = template;
  for (const [name, file] of Object.entries(parts)) {
    const marker = `/* @inline ${name} */`;
    if (!out.includes(marker)) throw new Error(`web/package/worker.js lost its ${marker} line`);
    const body = inlineModule(readFileSync(file, 'utf8'), name);
    out = out.replace(marker, () => `// ---- ${name} ----\n${body}\n// ---- end of ${name} ----`);
  }
  return out;
}

export async function buildPackage({out, wasmDir, quiet = false}) {
  const wasmFiles = ['precis.mjs', 'precis.wasm'].map((f) => path.join(wasmDir, f));
  const missing = wasmFiles.filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(`the wasm build is missing (${missing.join(', ')}); run scripts/build-wasm.sh `
      + 'or pass --wasm-dir / PRECIS_WASM_DIR');
  }
  const version = coreVersion();
  const {default: createModule} = await import(pathToFileURL(path.join(wasmDir, 'precis.mjs')).href);
  const wasmBinary = readFileSync(path.join(wasmDir, 'precis.wasm'));
  const moduleVersion = String((await createModule({wasmBinary})).version());
  if (moduleVersion !== version) {
    throw new Error(`the wasm build is version ${moduleVersion}, the core ${version}: rebuild it`);
  }

  rmSync(out, {recursive: true, force: true});
  mkdirSync(path.join(out, 'lib'), {recursive: true});
  const src = path.join(root, 'web/package');
  for (const f of COPIED) cpSync(path.join(src, f), path.join(out, f));
  for (const f of LIB_COPIED) cpSync(path.join(root, 'web/lib', f), path.join(out, 'lib', f));
  writeFileSync(path.join(out, 'lib/contract.js'), contractModuleSource(readContract(wasmDir)));
  cpSync(path.join(root, 'wasm/envelope.d.ts'), path.join(out, 'envelope.d.ts'));
  cpSync(path.join(root, 'LICENSE'), path.join(out, 'LICENSE'));
  writeFileSync(path.join(out, 'lib/summarizer.js'),
    markDefaultUrls(readFileSync(path.join(root, 'web/lib/summarizer.js'), 'utf8')));
  cpSync(path.join(wasmDir, 'precis.wasm'), path.join(out, 'precis.wasm'));
  cpSync(path.join(wasmDir, 'precis.mjs'), path.join(out, 'precis.mjs'));
  writeFileSync(path.join(out, 'precis-worker.js'), buildWorker(wasmDir));
  chmodSync(path.join(out, 'cli.js'), 0o755);

  const pkg = JSON.parse(readFileSync(path.join(src, 'package.json'), 'utf8'));
  pkg.version = version;
  const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  pkg.optionalDependencies = Object.fromEntries(RUNTIME_DEPENDENCIES.map((name) => {
    const range = rootPkg.dependencies?.[name];
    if (!range) throw new Error(`package.json has no dependency ${name}, which the package needs`);
    return [name, range];
  }));
  writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  for (const f of pkg.files) {
    if (!existsSync(path.join(out, f))) throw new Error(`package.json lists ${f}, which was not built`);
  }
  const bytes = pkg.files.reduce((n, f) => n + statSync(path.join(out, f)).size, 0);
  if (!quiet) console.log(`package: ${out} (${pkg.name}@${version}, ${pkg.files.length} files, ${bytes} B)`);
  return {out, name: pkg.name, version, files: pkg.files};
}

// Runs `npm pack` on the built folder; returns the tarball's path.
export function packPackage({out, destination = path.dirname(out), quiet = false}) {
  const stdout = execFileSync('npm', ['pack', '--json', '--pack-destination', destination],
    {cwd: out, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  const [info] = JSON.parse(stdout);
  const tarball = path.join(destination, info.filename);
  if (!quiet) console.log(`tarball: ${tarball} (${info.size} B, ${info.entryCount} files)`);
  return tarball;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const argv = process.argv.slice(2);
    const pack = argv.includes('--pack');
    const args = parseBuildArgs(argv.filter((a) => a !== '--pack'),
      {root, defaultOut: 'build-wasm/package', usage: USAGE});
    const built = await buildPackage(args);
    if (pack) packPackage({out: built.out, quiet: args.quiet});
  } catch (error) {
    console.error(`build-package: ${error.message}`);
    process.exit(1);
  }
}
