// What the web build scripts (build-site.mjs, build-extension.mjs) share:
// their command-line arguments, the inputs they need and module inlining.
import {existsSync} from 'node:fs';
import path from 'node:path';

// `root` is the repository root, `defaultOut` the output folder relative to
// it, `usage` the line printed for --help.
export function parseBuildArgs(argv, {root, defaultOut, usage}) {
  const args = {out: path.join(root, defaultOut),
    wasmDir: path.resolve(root, process.env.PRECIS_WASM_DIR ?? 'build-wasm/wasm'), quiet: false};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = path.resolve(argv[++i] ?? '');
    else if (a === '--wasm-dir') args.wasmDir = path.resolve(argv[++i] ?? '');
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--help' || a === '-h') {
      console.log(usage);
      process.exit(0);
    } else {
      throw new Error(`unknown argument ${a}`);
    }
  }
  return args;
}

// The WebAssembly build in `wasmDir` and Readability from node_modules, or an
// error naming the command that provides what is missing. Returns
// {wasmFiles: [precis.mjs, precis.wasm], readabilityDir}.
export function requireBuildInputs({root, wasmDir}) {
  const wasmFiles = ['precis.mjs', 'precis.wasm'].map((f) => path.join(wasmDir, f));
  const missing = wasmFiles.filter((f) => !existsSync(f));
  if (missing.length) {
    throw new Error(`the wasm build is missing (${missing.join(', ')}); run scripts/build-wasm.sh `
      + 'or pass --wasm-dir / PRECIS_WASM_DIR');
  }
  const readabilityDir = path.join(root, 'node_modules/@mozilla/readability');
  if (!existsSync(path.join(readabilityDir, 'Readability.js'))) {
    throw new Error('node_modules/@mozilla/readability is missing; run npm ci');
  }
  return {wasmFiles, readabilityDir};
}

// A module's source for inlining into a classic script or a worker: its
// `export` keywords go, and nothing may be imported. `name` names it in the
// error.
export function inlineModule(source, name) {
  const out = source
    .replace(/^export default [A-Za-z_$][\w$]*;\s*$/m, '')
    .replace(/^export (function|const|class|async function) /gm, '$1 ');
  if (/^\s*(import|export)\b/m.test(out)) {
    throw new Error(`${name} has import or export statements the build cannot inline`);
  }
  return out;
}
