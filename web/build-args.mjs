// Command-line arguments shared by the web build scripts
// (build-site.mjs, build-extension.mjs): --out DIR, --wasm-dir DIR, --quiet.
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
