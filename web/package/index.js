// precis in the browser: the Summarizer-API-shaped interface over the
// WebAssembly engine, which runs in a module worker so the page never waits.
//
//   import {Summarizer} from 'precis-summarizer';
//   const summarizer = await Summarizer.create({type: 'tldr', length: 'medium'});
//   const text = await summarizer.summarize(document.querySelector('article').innerText);
//
// The worker (precis-worker.js) and the engine (precis.wasm) are found next
// to this file with `new URL('./…', import.meta.url)`, the pattern Vite
// (tested) and webpack 5 follow to emit them. When a bundler leaves them out
// (esbuild), copy both files beside the bundle, or to a folder whose URL is
// given to configure({assetsUrl}) or create({assetsUrl}).
import {availabilityFor, createBestWith, createWith, PrecisSummarizer, INPUT_QUOTA,
  SUPPORTED_LANGUAGES, TYPES, LENGTHS, FORMATS} from './api.js';
import {Summarizer as WorkerClient} from './lib/summarizer.js';

export {PrecisError, ERROR_CODES} from './lib/errors.js';
export {PrecisSummarizer, INPUT_QUOTA, SUPPORTED_LANGUAGES, TYPES, LENGTHS, FORMATS};

function workerClient(assetsUrl) {
  if (assetsUrl !== undefined && assetsUrl !== null) {
    const base = new URL(String(assetsUrl), globalThis.location?.href);
    return new WorkerClient({
      moduleUrl: new URL('precis.wasm', base).href,
      createWorker: () => new Worker(new URL('precis-worker.js', base), {type: 'module', name: 'precis'}),
    });
  }
  return new WorkerClient({
    // The worker reads the engine from this URL (see precis-worker.js).
    moduleUrl: new URL('./precis.wasm', import.meta.url).href,
    createWorker: () => new Worker(new URL('./precis-worker.js', import.meta.url),
      {type: 'module', name: 'precis'}),
  });
}

let shared = null;  // one worker for every summarizer made without assetsUrl
let defaultAssetsUrl = null;

// Sets where precis-worker.js and precis.wasm are for everything made
// afterwards without its own assetsUrl (summarizers, version(),
// summarizeEnvelope(), <precis-summary>). A running worker is stopped.
export function configure({assetsUrl = null} = {}) {
  defaultAssetsUrl = assetsUrl;
  shared?.terminate();
  shared = null;
}

function sharedClient() {
  shared ??= workerClient(defaultAssetsUrl);
  return shared;
}

function engineFor(client) {
  return {
    run: (text, engineOptions, {signal} = {}) => client.summarize(text, engineOptions, {signal}),
  };
}

function getEngineFor(options) {
  const assetsUrl = options?.assetsUrl;
  if (assetsUrl !== undefined && assetsUrl !== null) return () => engineFor(workerClient(assetsUrl));
  return () => engineFor(sharedClient());
}

// The precis JSON envelope for `text` with the engine's own options
// ({sentences} | {ratio} | {words}, keywords, facts, removeJunk,
// includeSentences); callOptions: {signal, timeoutMs}. Rejects with a PrecisError.
export function summarizeEnvelope(text, engineOptions = {}, callOptions = {}) {
  return sharedClient().summarize(text, engineOptions, callOptions);
}

// The engine's version, e.g. "0.1.0".
export function version() {
  return sharedClient().version();
}

export const Summarizer = Object.freeze({
  availability: (options = {}) => availabilityFor(options),
  // options: the Summarizer API's (type, length, format, sharedContext,
  // expectedInputLanguages, expectedContextLanguages, outputLanguage,
  // monitor, signal) plus assetsUrl.
  create: (options = {}) => createWith(getEngineFor(options), options),
});

export function createSummarizer(options = {}) {
  return Summarizer.create(options);
}

// globalThis.Summarizer (Chrome's built-in one) when it is 'available' for
// these options, else precis.
export function createBestSummarizer(options = {}) {
  return createBestWith(createSummarizer, options);
}
