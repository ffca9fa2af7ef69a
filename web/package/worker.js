// The module worker of the precis package. The package build
// (web/build-package.mjs) makes precis-worker.js from this file, the
// worker handler (web/lib/worker-core.js) and the Emscripten glue
// (precis.mjs), so that the worker is one file with no imports that any
// bundler can copy. The client's "module URL" is the URL of precis.wasm.
/* @inline worker-core.js */
/* @inline precis.mjs */
/* global createWorkerHandler, createPrecisModule */

const handle = createWorkerHandler({
  post: (message) => self.postMessage(message),
  loadModule: (wasmUrl) => createPrecisModule({locateFile: () => wasmUrl}),
});

self.addEventListener('message', (event) => { handle(event.data); });
