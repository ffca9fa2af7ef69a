// precis for node 18+: the same Summarizer-API-shaped interface as the
// browser entry, running the WebAssembly module in this thread (no worker).
//
//   import {Summarizer} from 'precis-summarizer';
//   const summarizer = await Summarizer.create({type: 'key-points', length: 'short'});
//   console.log(await summarizer.summarize(articleText));
import {readFile} from 'node:fs/promises';

import {availabilityFor, createBestWith, createWith, PrecisSummarizer, INPUT_QUOTA,
  SUPPORTED_LANGUAGES, TYPES, LENGTHS, FORMATS} from './api.js';
import {ERROR_CODES, PrecisError, toPrecisError} from './lib/errors.js';

export {PrecisSummarizer, INPUT_QUOTA, SUPPORTED_LANGUAGES, TYPES, LENGTHS, FORMATS, PrecisError,
  ERROR_CODES};

let modulePromise = null;

// The instantiated WebAssembly module, loaded once per process: the same
// glue and .wasm file as in browsers, the bytes read from the package.
function loadModule() {
  // @ts-ignore: precis.mjs is the wasm build's, copied by web/build-package.mjs
  modulePromise ??= Promise.all([import('./precis.mjs'), readFile(new URL('./precis.wasm', import.meta.url))])
    .then(([{default: create}, wasmBinary]) => create({wasmBinary}))
    .catch((error) => {
      modulePromise = null;
      throw new PrecisError('worker_failed', `could not load the WebAssembly module: ${error?.message ?? error}`);
    });
  return modulePromise;
}

// Lone surrogates become U+FFFD, one code unit for one, so that offsets
// still index the caller's string (as in the worker).
function wellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// The precis JSON envelope for `text` with the engine's own options
// ({sentences} | {ratio} | {words}, keywords, facts, removeJunk,
// includeSentences). Rejects with a PrecisError.
export async function summarizeEnvelope(text, engineOptions = {}) {
  if (typeof text !== 'string') throw new PrecisError('invalid_input', 'the text must be a string');
  const module = await loadModule();
  let envelope;
  try {
    envelope = JSON.parse(module.summarize(wellFormed(text), JSON.stringify(engineOptions ?? {})));
  } catch (error) {
    modulePromise = null;  // an aborted module cannot be trusted again
    throw new PrecisError('internal', `the summarizer stopped: ${error?.message ?? error}`);
  }
  if (!envelope.ok) throw toPrecisError(envelope.error);
  return envelope;
}

// The envelope as the exact JSON text of `precis --format json`.
export async function summarizeJson(text, engineOptions = {}) {
  const module = await loadModule();
  return module.summarize(wellFormed(String(text)), JSON.stringify(engineOptions ?? {}));
}

const engine = {
  run: (text, engineOptions, /** @type {{signal?: AbortSignal}} */ {signal} = {}) => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return summarizeEnvelope(text, engineOptions);
  },
};

async function getEngine() {
  await loadModule();
  return engine;
}

// The engine's version, e.g. "0.1.0".
// For the browser entry's sake: in node the engine is in the package, so
// there is nothing to locate.
export function configure() {}

export async function version() {
  return String((await loadModule()).version());
}

export const Summarizer = Object.freeze({
  availability: (options = {}) => availabilityFor(options),
  create: (options = {}) => createWith(getEngine, options),
});

export function createSummarizer(options = {}) {
  return Summarizer.create(options);
}

// globalThis.Summarizer when it is 'available' for these options, else precis.
export function createBestSummarizer(options = {}) {
  return createBestWith(createSummarizer, options);
}
