// The module worker that runs the precis WebAssembly module, so that the page
// never waits on a summary. Started by summarizer.js; see worker-core.js for
// the message protocol.
import {createWorkerHandler} from './worker-core.js';

const handle = createWorkerHandler({
  post: (message) => self.postMessage(message),
  loadModule: async (moduleUrl) => {
    const {default: createPrecisModule} = await import(moduleUrl);
    // The .wasm file sits next to the .mjs file that loads it.
    return createPrecisModule({locateFile: (path) => new URL(path, moduleUrl).href});
  },
});

self.addEventListener('message', (event) => { handle(event.data); });
