// What the JS tests share: where the builds and the data are (each folder
// can be set through the environment) and how they load the WebAssembly
// module's node build.
//   PRECIS_WASM_DIR     folder with precis-node.mjs, precis.mjs, precis.wasm
//                       (default: build-wasm/wasm in the checkout)
//   PRECIS_REQUIRE_WASM=1 makes a missing build a failure instead of a skip
//   PRECIS_CLI          the native CLI (default: build/cli/precis)
//   PRECIS_SHARED_DATA  the shared data folder (default: ../shared/data)
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const wasmDir = resolve(process.env.PRECIS_WASM_DIR ?? join(root, 'build-wasm', 'wasm'));
export const cliPath = resolve(process.env.PRECIS_CLI ?? join(root, 'build', 'cli', 'precis'));
export const sharedDir = resolve(process.env.PRECIS_SHARED_DATA ?? join(root, '..', 'shared', 'data'));

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
