// The message handler of the summarizer worker, apart from the Worker global
// so that it can be tested in node with a fake module.
//
// Protocol (client -> worker):
//   {type: 'init', moduleUrl, allLanguagesUrl}      once, before any call; the
//                                                   module starts loading at once
//   {type: 'init', ..., compiledModule: 'pending'}  the same, but the engine waits
//                                                   for the next message:
//   {type: 'module', module}                        moduleUrl's .wasm compiled by
//                                                   the page (or null: compile it here)
//   {type: 'call', id, method: 'summarize', text, options, progress}
//   {type: 'call', id, method: 'version'}
// Replies (worker -> client), one per call:
//   {id, ok: true, result}                 result: the parsed envelope / version
//   {id, ok: false, error: {code, message}, fatal}
// and, before the reply, when the call asked for progress (progress: true):
//   {id, progress: {stage, fraction}}      stage and fraction of the engine
// fatal means the module can no longer be trusted (a WebAssembly abort, a
// failed load): the client terminates this worker and starts a new one.
//
// Two modules: moduleUrl may be a module with part of the language data
// (the page's precis-en.mjs, English only). Before each summary it is asked
// whether the text needs data it lacks (missingLanguageData); if so the
// module at allLanguagesUrl (precis.mjs, every language) is loaded and
// summarizes that text and every later one, with the same result the
// full module gives. Without allLanguagesUrl, moduleUrl is used for all.

// Replaces lone surrogates by U+FFFD without changing the UTF-16 length, so
// that the engine's utf16 offsets still index the caller's string. Without
// this a lone surrogate is encoded as garbage that swallows its neighbour.
export function wellFormed(text) {
  if (typeof text.toWellFormed === 'function') return text.toWellFormed();
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD');
}

function describe(error) {
  if (error && typeof error.message === 'string' && error.message) return error.message;
  return String(error);
}

// post(message): sends a reply. loadModule(moduleUrl, compiled): resolves
// to the instantiated module ({summarize(text, optionsJson), version()});
// compiled is a promise of the WebAssembly.Module of its .wasm, or of null
// (then loadModule compiles it).
export function createWorkerHandler({post, loadModule}) {
  let moduleUrl = null;
  let modulePromise = null;
  let allLanguagesUrl = null;
  let allLanguagesPromise = null;
  let compiled = Promise.resolve(null);  // the page's compiled module, when it sends one
  let receiveCompiled = null;
  const startLoading = () => {
    modulePromise ??= Promise.resolve().then(() => loadModule(moduleUrl, compiled));
    // A failed load is reported to the first call that needs the module.
    modulePromise.catch(() => {});
  };
  let broken = null;  // set after a fatal error; every later call fails fast

  const fail = (id, code, message, fatal) => {
    if (fatal) broken = {code, message};
    post({id, ok: false, error: {code, message}, fatal: Boolean(fatal)});
  };

  return async function handle(data) {
    if (!data || typeof data !== 'object') return;
    if (data.type === 'init') {
      if (typeof data.moduleUrl === 'string') moduleUrl = data.moduleUrl;
      if (typeof data.allLanguagesUrl === 'string') allLanguagesUrl = data.allLanguagesUrl;
      if (data.compiledModule === 'pending' && !modulePromise) {
        compiled = new Promise((resolve) => { receiveCompiled = resolve; });
      }
      if (moduleUrl) startLoading();
      return;
    }
    if (data.type === 'module') {
      receiveCompiled?.(data.module && typeof data.module === 'object' ? data.module : null);
      receiveCompiled = null;
      return;
    }
    if (data.type !== 'call') return;
    const {id, method} = data;
    if (broken) {
      fail(id, broken.code, broken.message, true);
      return;
    }
    let module;
    try {
      if (!moduleUrl) throw new Error('no module URL was given to the worker');
      startLoading();
      module = await (allLanguagesPromise ?? modulePromise);
    } catch (error) {
      fail(id, 'worker_failed', `could not load the WebAssembly module: ${describe(error)}`, true);
      return;
    }
    try {
      if (method === 'version') {
        post({id, ok: true, result: String(module.version())});
        return;
      }
      if (method !== 'summarize') {
        fail(id, 'internal', `unknown method ${JSON.stringify(String(method))}`, false);
        return;
      }
      if (typeof data.text !== 'string') {
        fail(id, 'invalid_input', 'the text must be a string', false);
        return;
      }
      let optionsJson;
      try {
        optionsJson = JSON.stringify(data.options ?? {});
      } catch (error) {
        fail(id, 'invalid_options', `options cannot be written as JSON: ${describe(error)}`, false);
        return;
      }
      const text = wellFormed(data.text);
      if (allLanguagesUrl && !allLanguagesPromise && typeof module.missingLanguageData === 'function'
          && module.missingLanguageData(text, optionsJson) !== '') {
        try {
          allLanguagesPromise = Promise.resolve().then(() => loadModule(allLanguagesUrl, null));
          module = await allLanguagesPromise;
        } catch (error) {
          fail(id, 'worker_failed',
            `could not load the WebAssembly module with every language: ${describe(error)}`, true);
          return;
        }
      }
      const envelope = JSON.parse(data.progress === true
        ? module.summarize(text, optionsJson, (stage, fraction) => {
          post({id, progress: {stage: String(stage), fraction: Number(fraction)}});
          return true;
        })
        : module.summarize(text, optionsJson));
      post({id, ok: true, result: envelope});
    } catch (error) {
      // A trap or abort inside WebAssembly leaves the module in an unknown
      // state; anything else thrown here is just as unexpected.
      fail(id, 'internal', `the summarizer stopped: ${describe(error)}`, true);
    }
  };
}
