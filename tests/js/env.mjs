// What the JS tests share: where the builds and the data are (each folder
// can be set through the environment) and how they load the WebAssembly
// module's node build.
//   PRECIS_WASM_DIR     folder with precis-node.mjs, precis.mjs, precis.wasm
//                       (default: build-wasm/wasm in the checkout)
//   PRECIS_REQUIRE_WASM=1 makes a missing build a failure instead of a skip
//   PRECIS_CLI          the native CLI (default: build/cli/precis)
//   PRECIS_SHARED_DATA  the shared data folder (default: ../shared/data)
//   CI=true             missing shared data fails the tests that need it
//                       instead of skipping them (see sharedSkip)
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const wasmDir = resolve(process.env.PRECIS_WASM_DIR ?? join(root, 'build-wasm', 'wasm'));
export const cliPath = resolve(process.env.PRECIS_CLI ?? join(root, 'build', 'cli', 'precis'));
export const sharedDir = resolve(process.env.PRECIS_SHARED_DATA ?? join(root, '..', 'shared', 'data'));

// The `skip` option for tests that need `rel` (a file or folder of the
// shared data): false when it is there, else the reason. Under CI=true a
// missing file is not a skip: the test runs and fails on it (sharedRequired
// throws with the reason).
export function sharedSkip(rel = 'articles') {
  if (existsSync(join(sharedDir, rel))) return false;
  if (process.env.CI === 'true') return false;
  return `no shared data ${join(sharedDir, rel)} (set PRECIS_SHARED_DATA)`;
}

// Throws under CI=true when the shared data `rel` is missing (call it first
// in a test that sharedSkip lets run); returns its path.
export function sharedRequired(rel = 'articles') {
  const p = join(sharedDir, rel);
  if (!existsSync(p) && process.env.CI === 'true') throw new Error(`shared data ${p} is missing (CI=true; set PRECIS_SHARED_DATA)`);
  return p;
}

// For tests that use the shared data `rel` when it is there: true when it
// is; when it is not, throws under CI=true, else reports the skipped part
// on stderr and returns false.
export function sharedPresent(rel = 'articles', what = 'the shared-data cases') {
  if (existsSync(join(sharedDir, rel))) return true;
  sharedRequired(rel);
  process.stderr.write(`skipped: ${what} (no ${join(sharedDir, rel)}; set PRECIS_SHARED_DATA)\n`);
  return false;
}

// The `skip` option for tests that need these files of the wasm build:
// false when they are there (or PRECIS_REQUIRE_WASM=1), else the reason.
export function wasmSkip(files = ['precis-node.mjs']) {
  return files.every((f) => existsSync(join(wasmDir, f))) || process.env.PRECIS_REQUIRE_WASM === '1'
    ? false
    : `no wasm build in ${wasmDir} (run scripts/build-wasm.sh)`;
}

// A new instance of the module built as `file` (default: the node build).
export async function loadModule(file = 'precis-node.mjs', options = undefined) {
  const path = join(wasmDir, file);
  assert.ok(existsSync(path), `${path} is missing: run scripts/build-wasm.sh first`);
  const {default: createPrecisModule} = await import(pathToFileURL(path).href);
  return createPrecisModule(options);
}
