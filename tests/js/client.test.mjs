// The JS client (web/lib) against an in-process fake worker that runs the
// real worker handler (web/lib/worker-core.js) over a fake or real module.
//   node --test tests/js/client.test.mjs
// With a wasm build in PRECIS_WASM_DIR (default build-wasm/wasm) the last
// tests also run the real engine through the same path.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';

import {createSummarizer, PrecisError, ERROR_CODES, MAX_INPUT_BYTES}
  from '../../web/lib/summarizer.js';
import {createWorkerHandler, wellFormed} from '../../web/lib/worker-core.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// A module that "summarizes" by returning the first sentence of the text.
// It records every call; behaviour can be swapped per test.
function fakeModule(log = []) {
  return {
    log,
    version: () => '9.9.9',
    summarize(text, optionsJson, onProgress) {
      log.push({text, optionsJson, withProgress: typeof onProgress === 'function'});
      if (onProgress) {
        for (const [stage, fraction] of [['clean', 0], ['rank', 0.5], ['done', 1]]) {
          if (onProgress(stage, fraction) === false) {
            return JSON.stringify({ok: false, version: '9.9.9',
              error: {code: 'cancelled', message: 'the summary was cancelled'}});
          }
        }
      }
      const options = JSON.parse(optionsJson);
      if ('bogus' in options) {
        return JSON.stringify({ok: false, version: '9.9.9',
          error: {code: 'invalid_options', message: 'unknown option "bogus"'}});
      }
      const end = text.indexOf('.') + 1 || text.length;
      return JSON.stringify({ok: true, version: '9.9.9',
        summary: text ? [{index: 0, text: text.slice(0, end), utf16Start: 0, utf16End: end}] : [],
        keywords: [], facts: [], removed: [], stats: {options}});
    },
  };
}

// Worker-like object: structured-clones messages both ways, delivers them
// asynchronously, and can hold replies back to simulate a long computation.
class FakeWorker {
  constructor(loadModule) {
    this.listeners = {message: [], error: [], messageerror: []};
    this.terminated = false;
    this.holding = false;
    this.held = [];
    this.received = [];
    this.handle = createWorkerHandler({
      post: (message) => this.#reply(structuredClone(message)),
      loadModule,
    });
  }
  addEventListener(type, fn) { this.listeners[type].push(fn); }
  postMessage(message) {
    if (this.terminated) return;
    const copy = structuredClone(message);
    this.received.push(copy);
    setTimeout(() => { if (!this.terminated) this.handle(copy); }, 0);
  }
  terminate() { this.terminated = true; }
  release() {
    this.holding = false;
    for (const m of this.held.splice(0)) this.#deliver(m);
  }
  fail(message) {
    for (const fn of this.listeners.error) fn({message, preventDefault() {}});
  }
  #reply(message) {
    if (this.holding) this.held.push(message);
    else setTimeout(() => this.#deliver(message), 0);
  }
  #deliver(message) {
    if (this.terminated) return;
    for (const fn of this.listeners.message) fn({data: message});
  }
}

function setup({loadModule, ...options} = {}) {
  const module = fakeModule();
  const workers = [];
  const summarizer = createSummarizer({
    moduleUrl: 'fake:precis.mjs',
    idleTimeoutMs: 0,
    abortGraceMs: 30,
    createWorker: () => {
      const w = new FakeWorker(loadModule ?? (async () => module));
      workers.push(w);
      return w;
    },
    ...options,
  });
  return {summarizer, module, workers};
}

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

async function rejectsWith(promise, code) {
  await assert.rejects(promise, (error) => {
    assert.ok(error instanceof PrecisError, `not a PrecisError: ${error}`);
    assert.equal(error.code, code, error.message);
    return true;
  });
}

test('summarize resolves the envelope and sends options as JSON', async () => {
  const {summarizer, module, workers} = setup();
  const r = await summarizer.summarize('One. Two.', {sentences: 1, keywords: 0});
  assert.equal(r.ok, true);
  assert.equal(r.summary[0].text, 'One.');
  assert.deepEqual(JSON.parse(module.log[0].optionsJson), {sentences: 1, keywords: 0});
  assert.equal(workers.length, 1);
  assert.deepEqual(workers[0].received[0], {type: 'init', moduleUrl: 'fake:precis.mjs'});
  assert.equal(await summarizer.version(), '9.9.9');
  summarizer.terminate();
});

test('the compiled module from the page reaches the worker, which waits for it before loading', async () => {
  const given = [];
  const loadModule = async (url, compiled) => {
    given.push(await compiled);
    return fakeModule();
  };
  let resolveCompiled;
  const compiledModule = new Promise((resolve) => { resolveCompiled = resolve; });
  const {summarizer, workers} = setup({loadModule, compiledModule});
  summarizer.start();
  await tick(10);
  assert.deepEqual(workers[0].received[0], {type: 'init', moduleUrl: 'fake:precis.mjs', compiledModule: 'pending'});
  assert.deepEqual(given, [], 'the engine waits for the compiled module');
  resolveCompiled({compiled: 'stand-in'});
  assert.equal((await summarizer.summarize('One. Two.')).ok, true);
  assert.deepEqual(workers[0].received.find((m) => m.type === 'module'),
    {type: 'module', module: {compiled: 'stand-in'}});
  assert.deepEqual(given, [{compiled: 'stand-in'}]);
  summarizer.terminate();
});

test('a failed compile in the page leaves the compiling to the worker', async () => {
  const given = [];
  const loadModule = async (url, compiled) => {
    given.push(await compiled);
    return fakeModule();
  };
  const compiledModule = Promise.reject(new Error('no streaming'));
  compiledModule.catch(() => {});
  const {summarizer} = setup({loadModule, compiledModule});
  assert.equal((await summarizer.summarize('One. Two.')).ok, true);
  assert.deepEqual(given, [null]);
  summarizer.terminate();
});

test('a text the first module lacks data for goes to the module with every language', async () => {
  const loaded = [];
  const loadModule = async (url) => {
    loaded.push(url);
    const m = fakeModule();
    const inner = m.summarize;
    m.summarize = (text, options) => JSON.stringify({...JSON.parse(inner(text, options)), from: url});
    if (url === 'fake:precis-en.mjs') {
      m.missingLanguageData = (text) => (text.includes('Bonjour') ? 'fr' : '');
    }
    return m;
  };
  const {summarizer, workers} = setup({loadModule, moduleUrl: 'fake:precis-en.mjs',
    allLanguagesUrl: 'fake:precis.mjs'});
  summarizer.start();
  await tick(10);
  assert.deepEqual(loaded, ['fake:precis-en.mjs'], 'the first module loads at start, alone');
  assert.deepEqual(workers[0].received[0],
    {type: 'init', moduleUrl: 'fake:precis-en.mjs', allLanguagesUrl: 'fake:precis.mjs'});
  assert.equal((await summarizer.summarize('Hello there. x')).from, 'fake:precis-en.mjs');
  assert.deepEqual(loaded, ['fake:precis-en.mjs']);
  assert.equal((await summarizer.summarize('Bonjour tout le monde. x')).from, 'fake:precis.mjs');
  assert.equal((await summarizer.summarize('Hello again. x')).from, 'fake:precis.mjs');
  assert.deepEqual(loaded, ['fake:precis-en.mjs', 'fake:precis.mjs']);
  summarizer.terminate();
});

test('calls get distinct ids and answers go to the right caller', async () => {
  const {summarizer, workers} = setup();
  const texts = ['Alpha one. x', 'Beta two. y', 'Gamma three. z'];
  const results = await Promise.all(texts.map((t) => summarizer.summarize(t)));
  assert.deepEqual(results.map((r) => r.summary[0].text), ['Alpha one.', 'Beta two.', 'Gamma three.']);
  const ids = workers[0].received.filter((m) => m.type === 'call').map((m) => m.id);
  assert.equal(new Set(ids).size, 3);
  summarizer.terminate();
});

test('lone surrogates are replaced without changing the length', async () => {
  const {summarizer, module} = setup();
  const text = 'a\uD800bc. \uDC00d. \uD83D\uDE00 ok.';
  await summarizer.summarize(text);
  assert.equal(module.log[0].text, 'a\uFFFDbc. \uFFFDd. \uD83D\uDE00 ok.');
  assert.equal(module.log[0].text.length, text.length);
  // The fallback for engines without String.prototype.toWellFormed.
  const noNative = new String(text);
  noNative.toWellFormed = undefined;
  assert.equal(wellFormed(noNative), module.log[0].text);
  summarizer.terminate();
});

test('engine errors become PrecisError with the engine code', async () => {
  const {summarizer} = setup();
  await rejectsWith(summarizer.summarize('Text.', {bogus: 1}), 'invalid_options');
  // The worker survives an ordinary error.
  assert.equal((await summarizer.summarize('Still fine.')).summary[0].text, 'Still fine.');
  summarizer.terminate();
});

test('bad arguments are refused before reaching the worker', async () => {
  const {summarizer, workers} = setup();
  await rejectsWith(summarizer.summarize(42), 'invalid_input');
  await rejectsWith(summarizer.summarize(null), 'invalid_input');
  await rejectsWith(summarizer.summarize('x', 'sentences=3'), 'invalid_options');
  await rejectsWith(summarizer.summarize('x', [1, 2]), 'invalid_options');
  await rejectsWith(summarizer.summarize('x'.repeat(MAX_INPUT_BYTES + 1)), 'input_too_large');
  assert.equal(workers.length, 0);
  await rejectsWith(summarizer.summarize('x', {f: () => 1}), 'invalid_options');
  summarizer.terminate();
});

test('a signal aborted before the call rejects at once', async () => {
  const {summarizer, workers} = setup();
  await rejectsWith(summarizer.summarize('x', {}, {signal: AbortSignal.abort()}), 'aborted');
  assert.equal(workers.length, 0);
});

test('aborting a queued call drops it without touching the worker', async () => {
  const {summarizer, module, workers} = setup();
  const first = summarizer.summarize('First. a');
  const controller = new AbortController();
  const second = summarizer.summarize('Second. b', {}, {signal: controller.signal});
  controller.abort();
  await rejectsWith(second, 'aborted');
  assert.equal((await first).summary[0].text, 'First.');
  await tick(20);
  assert.deepEqual(module.log.map((c) => c.text), ['First. a']);
  assert.equal(workers.length, 1);
  assert.equal(workers[0].terminated, false);
  summarizer.terminate();
});

test('aborting a running call that never finishes terminates and replaces the worker', async () => {
  const {summarizer, workers} = setup();
  await summarizer.summarize('Warm. up');
  workers[0].holding = true;  // the next computation "never" finishes
  const controller = new AbortController();
  const running = summarizer.summarize('Slow. text', {}, {signal: controller.signal});
  const queued = summarizer.summarize('Next. one');
  await tick(10);
  controller.abort();
  await rejectsWith(running, 'aborted');  // answered at once, not after the grace period
  const next = await queued;               // runs on a fresh worker after the grace period
  assert.equal(next.summary[0].text, 'Next.');
  assert.equal(workers.length, 2);
  assert.equal(workers[0].terminated, true);
  workers[0].release();                    // a late answer from the dead worker is ignored
  assert.equal((await summarizer.summarize('Again. z')).summary[0].text, 'Again.');
  summarizer.terminate();
});

test('a cancelled call that finishes within the grace period keeps the worker', async () => {
  const {summarizer, workers} = setup({abortGraceMs: 1000});
  workers.length = 0;
  await summarizer.summarize('Warm. up');
  workers[0].holding = true;
  const controller = new AbortController();
  const running = summarizer.summarize('Slow. text', {}, {signal: controller.signal});
  await tick(10);
  controller.abort();
  await rejectsWith(running, 'aborted');
  workers[0].release();
  const after = await summarizer.summarize('After. w');
  assert.equal(after.summary[0].text, 'After.');
  assert.equal(workers.length, 1);
  assert.equal(workers[0].terminated, false);
  summarizer.terminate();
});

test('timeoutMs rejects with timeout and the next call still works', async () => {
  const {summarizer, workers} = setup();
  await summarizer.summarize('Warm. up');
  workers[0].holding = true;
  await rejectsWith(summarizer.summarize('Slow.', {}, {timeoutMs: 20}), 'timeout');
  assert.equal(workers[0].terminated, true);
  assert.equal((await summarizer.summarize('Quick. q')).summary[0].text, 'Quick.');
  summarizer.terminate();
});

test('a worker that silently stops responding fails the call with worker_failed and is replaced', async () => {
  const {summarizer, workers} = setup({livenessMs: 60, livenessMsPerMiB: 0});
  await summarizer.summarize('Warm. up');
  workers[0].holding = true;  // the worker dies without an error event: nothing ever comes back
  const started = Date.now();
  await assert.rejects(summarizer.summarize('Lost. call'), (error) => {
    assert.equal(error.code, 'worker_failed');
    assert.match(error.message, /stopped responding/);
    return true;
  });
  assert.ok(Date.now() - started < 2000);
  assert.equal(workers[0].terminated, true);
  assert.equal((await summarizer.summarize('Fresh. f')).summary[0].text, 'Fresh.');
  assert.equal(workers.length, 2);
  summarizer.terminate();
});

test('the liveness limit grows with the text, and progress messages keep a call alive', async () => {
  const {summarizer, workers} = setup({livenessMs: 40, livenessMsPerMiB: 60_000});
  await summarizer.summarize('Warm. up');
  workers[0].holding = true;
  let settled = false;
  const long = summarizer.summarize(`Long. ${'x'.repeat(1 << 20)}`).finally(() => { settled = true; });
  await tick(200);
  assert.equal(settled, false, 'a 1 MiB text may take a minute');
  workers[0].release();
  assert.equal((await long).summary[0].text, 'Long.');
  summarizer.terminate();

  // Progress every 20 ms for 300 ms, with a 60 ms limit: alive throughout.
  const {summarizer: s2, workers: w2} = setup({livenessMs: 60, livenessMsPerMiB: 0});
  await s2.summarize('Warm. up');
  w2[0].holding = true;
  let done = false;
  const slow = s2.summarize('Slow. but alive', {}, {onProgress: () => {}}).finally(() => { done = true; });
  await tick(5);
  const id = w2[0].received.at(-1).id;
  for (let t = 0; t < 300; t += 20) {
    for (const fn of w2[0].listeners.message) fn({data: {id, progress: {stage: 'rank', fraction: t / 300}}});
    await tick(20);
  }
  assert.equal(done, false);
  w2[0].release();
  assert.equal((await slow).summary[0].text, 'Slow.');
  assert.equal(w2.length, 1, 'the worker was kept');
  s2.terminate();
});

test('a WebAssembly abort fails that call and the next call gets a new worker', async () => {
  let instances = 0;
  const loadModule = async () => {
    instances++;
    const m = fakeModule();
    const inner = m.summarize;
    m.summarize = (text, options) => {
      if (text.includes('CRASH')) throw new WebAssembly.RuntimeError('Aborted(OOM)');
      return inner(text, options);
    };
    return m;
  };
  const {summarizer, workers} = setup({loadModule});
  await rejectsWith(summarizer.summarize('CRASH now.'), 'internal');
  assert.equal(workers[0].terminated, true);
  const r = await summarizer.summarize('Recovered. fine');
  assert.equal(r.summary[0].text, 'Recovered.');
  assert.equal(workers.length, 2);
  assert.equal(instances, 2);
  summarizer.terminate();
});

test('a module that cannot load fails with worker_failed, and loading is retried', async () => {
  let attempts = 0;
  const loadModule = async () => {
    attempts++;
    if (attempts === 1) throw new Error('404 precis.wasm');
    return fakeModule();
  };
  const {summarizer} = setup({loadModule});
  await rejectsWith(summarizer.summarize('Hello. x'), 'worker_failed');
  assert.equal((await summarizer.summarize('Hello. x')).summary[0].text, 'Hello.');
  assert.equal(attempts, 2);
  summarizer.terminate();
});

test('a worker error event fails the running call with worker_failed', async () => {
  const {summarizer, workers} = setup();
  await summarizer.summarize('Warm. up');
  workers[0].holding = true;
  const running = summarizer.summarize('Doomed. d');
  await tick(10);
  workers[0].fail('script error');
  await rejectsWith(running, 'worker_failed');
  assert.equal((await summarizer.summarize('Back. b')).summary[0].text, 'Back.');
  assert.equal(workers.length, 2);
  summarizer.terminate();
});

test('a worker that cannot be created fails with worker_failed', async () => {
  const summarizer = createSummarizer({
    idleTimeoutMs: 0,
    createWorker: () => { throw new TypeError('Worker is not defined'); },
  });
  await rejectsWith(summarizer.summarize('x'), 'worker_failed');
});

test('terminate rejects every pending call with aborted', async () => {
  const {summarizer, workers} = setup();
  await summarizer.summarize('Warm. up');
  workers[0].holding = true;
  const a = summarizer.summarize('A. a');
  const b = summarizer.summarize('B. b');
  await tick(10);
  summarizer.terminate();
  await rejectsWith(a, 'aborted');
  await rejectsWith(b, 'aborted');
  assert.equal(summarizer.workerRunning, false);
});

test('the idle timer stops the worker and the next call restarts it', async () => {
  const {summarizer, workers} = setup({idleTimeoutMs: 20});
  await summarizer.summarize('One. a');
  assert.equal(summarizer.workerRunning, true);
  await tick(60);
  assert.equal(summarizer.workerRunning, false);
  assert.equal(workers[0].terminated, true);
  await summarizer.summarize('Two. b');
  assert.equal(workers.length, 2);
  summarizer.terminate();
});

test('onProgress gets the engine\'s progress before the result; no callback, no progress', async () => {
  const {summarizer, module, workers} = setup();
  const events = [];
  const r = await summarizer.summarize('One. Two.', {}, {onProgress: (p) => events.push(p)});
  assert.equal(r.summary[0].text, 'One.');
  assert.deepEqual(events, [{stage: 'clean', fraction: 0}, {stage: 'rank', fraction: 0.5},
    {stage: 'done', fraction: 1}]);
  await summarizer.summarize('Three. Four.');
  assert.deepEqual(module.log.map((c) => c.withProgress), [true, false]);
  assert.deepEqual(workers[0].received.filter((m) => m.type === 'call').map((m) => m.progress),
    [true, false]);
  await rejectsWith(summarizer.summarize('x', {}, {onProgress: 'yes'}), 'invalid_options');
  // A callback that throws does not stop the summary.
  const r2 = await summarizer.summarize('Five. Six.', {}, {onProgress: () => { throw new Error('x'); }});
  assert.equal(r2.summary[0].text, 'Five.');
  summarizer.terminate();
});

test('cancelling after progress was shown rejects at once, stops progress, replaces the worker', async () => {
  const {summarizer, workers} = setup();
  await summarizer.summarize('Warm. up');
  const worker = workers[0];
  worker.holding = true;  // the engine is still at work: hold its replies
  const controller = new AbortController();
  const events = [];
  const running = summarizer.summarize('Long. text', {},
    {signal: controller.signal, onProgress: (p) => events.push(p.stage)});
  await tick(10);
  // Let the first progress message through, as a long run would.
  const first = worker.held.findIndex((m) => m.progress);
  for (const fn of worker.listeners.message) fn({data: worker.held.splice(first, 1)[0]});
  assert.deepEqual(events, ['clean']);
  controller.abort();
  await rejectsWith(running, 'aborted');
  await tick(50);    // past abortGraceMs: the busy worker was terminated
  assert.equal(worker.terminated, true);
  worker.terminated = false;
  worker.release();  // late progress and the late result are ignored
  assert.deepEqual(events, ['clean']);
  const next = await summarizer.summarize('Next. one');
  assert.equal(next.summary[0].text, 'Next.');
  assert.equal(workers.length, 2);
  summarizer.terminate();
});

test('error codes are the documented set', () => {
  assert.deepEqual([...ERROR_CODES].sort(), ['aborted', 'cancelled', 'input_too_large',
    'internal', 'invalid_input', 'invalid_options', 'timeout', 'worker_failed']);
  assert.equal(new PrecisError('nonsense', 'x').code, 'internal');
});

// ---- the real engine, when a wasm build is present ----------------------

const wasmDir = path.resolve(root, process.env.PRECIS_WASM_DIR ?? 'build-wasm/wasm');
const haveWasm = existsSync(path.join(wasmDir, 'precis.mjs'))
  && existsSync(path.join(wasmDir, 'precis.wasm'));
const skipWasm = haveWasm ? false : `no wasm build in ${wasmDir} (run scripts/build-wasm.sh)`;

async function loadRealModule() {
  const {default: factory} = await import(pathToFileURL(path.join(wasmDir, 'precis.mjs')).href);
  return factory({wasmBinary: readFileSync(path.join(wasmDir, 'precis.wasm'))});
}

test('real engine: summary offsets index the original string', {skip: skipWasm}, async () => {
  const {summarizer} = setup({loadModule: loadRealModule});
  const text = 'Caf\u00e9 owners \uD83D\uDE00 met on Monday.\n\nThe port of Ellis spent $48 million on a new bridge. '
    + 'The bridge carries 18,000 vehicles a day. Engineers said the old bridge failed four times. '
    + 'Lone \uD800 surrogate here.';
  const r = await summarizer.summarize(text, {sentences: 2});
  assert.equal(r.ok, true);
  assert.equal(r.summary.length, 2);
  const fixed = text.toWellFormed();
  for (const s of r.summary) {
    assert.ok(s.utf16End > s.utf16Start);
    assert.equal(fixed.slice(s.utf16Start, s.utf16End).replace(/\s+/g, ' '), s.text);
  }
  await rejectsWith(summarizer.summarize(text, {sentences: 0}), 'invalid_options');
  await rejectsWith(summarizer.summarize(text, {sentences: 1, words: 3}), 'invalid_options');
  assert.match(await summarizer.version(), /^\d+\.\d+\.\d+/);
  summarizer.terminate();
});

test('real engine: progress of a long text, and the same result as without', {skip: skipWasm}, async () => {
  const {summarizer} = setup({loadModule: loadRealModule});
  const article = readFileSync(path.join(root, 'samples/harbor-bridge.txt'), 'utf8');
  const text = Array.from({length: 40}, () => article).join('\n\n');
  const events = [];
  const r = await summarizer.summarize(text, {}, {onProgress: (p) => events.push(p)});
  assert.equal(r.ok, true);
  assert.ok(events.length >= 9 && events.length < 200, `${events.length} events`);
  assert.deepEqual(events[0], {stage: 'clean', fraction: 0});
  assert.deepEqual(events.at(-1), {stage: 'done', fraction: 1});
  for (let i = 1; i < events.length; i++) assert.ok(events[i].fraction >= events[i - 1].fraction);
  const stages = [...new Set(events.map((e) => e.stage))];
  assert.deepEqual(stages, ['clean', 'split', 'junk', 'tokenize', 'rank', 'select', 'keywords',
    'facts', 'done']);
  assert.deepEqual(await summarizer.summarize(text), r);
  summarizer.terminate();
});

test('real engine: a progress callback that returns false cancels', {skip: skipWasm}, async () => {
  const precis = await loadRealModule();
  const stages = [];
  const out = JSON.parse(precis.summarize('One sentence here. And another one.', '',
    (stage) => { stages.push(stage); return stage !== 'rank'; }));
  assert.equal(out.ok, false);
  assert.equal(out.error.code, 'cancelled');
  assert.equal(stages.at(-1), 'rank');
  const bad = JSON.parse(precis.summarize('Text.', '', 42));
  assert.equal(bad.error.code, 'invalid_options');
  assert.equal(JSON.parse(precis.summarize('Text. More text.', '', undefined)).ok, true);
});

test('real engine: a progress callback that throws cancels and leaks nothing', {skip: skipWasm}, async () => {
  const precis = await loadRealModule();
  const article = readFileSync(path.join(root, 'samples/harbor-bridge.txt'), 'utf8');
  const text = Array.from({length: 200}, () => article).join('\n\n');  // about 400 KB
  const call = () => JSON.parse(precis.summarize(text, '', (stage) => {
    if (stage === 'rank') throw new Error('a bug in the callback');
    return true;
  }));
  const first = call();
  assert.equal(first.ok, false);
  assert.equal(first.error.code, 'cancelled');
  assert.match(first.error.message, /progress callback threw/);
  const handles = precis.count_emval_handles();
  const heap = precis.HEAPU8.length;
  for (let i = 0; i < 20; i++) assert.equal(call().error.code, 'cancelled');
  assert.equal(precis.count_emval_handles(), handles, 'no JS handles are left behind');
  // Each leaked call would keep at least its 400 KB UTF-8 copy of the text.
  assert.ok(precis.HEAPU8.length - heap < 4 << 20, `the heap grew from ${heap} to ${precis.HEAPU8.length}`);
  assert.equal(JSON.parse(precis.summarize('One sentence. Two sentences.', '', () => true)).ok, true);
});

test('real engine: empty text is an empty summary, not an error', {skip: skipWasm}, async () => {
  const {summarizer} = setup({loadModule: loadRealModule});
  const r = await summarizer.summarize('   \n ');
  assert.equal(r.ok, true);
  assert.deepEqual(r.summary, []);
  summarizer.terminate();
});
