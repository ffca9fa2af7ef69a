// The module worker that runs the precis WebAssembly module, so that the page
// never waits on a summary. Started by summarizer.js; see worker-core.js for
// the message protocol.
import {createWorkerHandler} from './worker-core.js';

// Loads the Emscripten module at moduleUrl (precis.mjs or precis-en.mjs).
// Its .wasm file, next to it with the same name, is fetched and compiled
// (streaming) while the loader itself is imported, rather than after,
// unless the page has compiled it already (precompiled: a promise of the
// WebAssembly.Module, or of null).
async function loadModule(moduleUrl, precompiled = null) {
  const loader = import(moduleUrl);
  loader.catch(() => {});  // reported by the await below
  const wasmUrl = moduleUrl.replace(/\.mjs(?=$|[?#])/, '.wasm');
  const given = await precompiled;
  const compiled = given instanceof WebAssembly.Module ? Promise.resolve(given)
    : wasmUrl !== moduleUrl && typeof WebAssembly.compileStreaming === 'function'
      ? WebAssembly.compileStreaming(fetch(wasmUrl)) : null;
  compiled?.catch(() => {});  // reported through `failed` below
  const {default: createPrecisModule} = await loader;
  let fail = () => {};
  const failed = new Promise((resolve, reject) => { fail = reject; });
  const options = {locateFile: (path) => new URL(path, moduleUrl).href};
  if (compiled) {
    options.instantiateWasm = (imports, receive) => {
      compiled
        .then((module) => WebAssembly.instantiate(module, imports)
          .then((instance) => receive(instance, module)))
        .catch(fail);
      return {};
    };
  }
  return Promise.race([createPrecisModule(options), failed]);
}

const handle = createWorkerHandler({
  post: (message) => self.postMessage(message),
  loadModule,
});

self.addEventListener('message', (event) => { handle(event.data); });
