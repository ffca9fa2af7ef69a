// precis JS client: summaries from the WebAssembly engine, run in a module
// Worker so that the page never freezes.
//
//   import {createSummarizer} from './lib/summarizer.js';
//   const s = createSummarizer();
//   const r = await s.summarize(text, {sentences: 3}, {signal});
//   r.summary.map((x) => x.text);      // also r.keywords, r.facts, r.removed, r.stats
//   // failures reject with PrecisError: err.code is 'invalid_options',
//   // 'input_too_large', 'aborted', 'worker_failed', ... (see errors.js)
//
// Calls run one at a time, in order. A call whose signal fires while it waits
// is dropped at once; one that is already running is answered 'aborted' at
// once too, and if the engine has not finished it within abortGraceMs the
// worker is terminated (WebAssembly cannot be interrupted) and the next call
// starts a fresh one. A WebAssembly abort or a crashed worker fails only the
// call that was running; the next call gets a new worker. So does a worker
// that goes silent (killed without an error event): a call that hears
// nothing from its worker (no answer, no progress) for longer than its
// liveness limit, which grows with the text's length, fails with
// 'worker_failed' and the worker is replaced.
import {CONTRACT} from './contract.js';
import {PrecisError, toPrecisError} from './errors.js';

export {PrecisError, ERROR_CODES} from './errors.js';

// The engine refuses inputs over this many bytes of UTF-8 (precis::Limits::
// kMaxInputBytes, 4 MiB). A string has at least as many UTF-8 bytes as
// UTF-16 code units, so longer strings are refused here without copying
// them to the worker.
export const MAX_INPUT_BYTES = CONTRACT.limits.maxInputBytes;

function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function abortError(signal) {
  const reason = signal?.reason;
  const why = reason instanceof Error && reason.name !== 'AbortError' ? `: ${reason.message}` : '';
  return new PrecisError('aborted', `the summary was cancelled${why}`);
}

export class Summarizer {
  #moduleUrl;
  #allLanguagesUrl;
  #compiledModule;
  #workerUrl;
  #createWorker;
  #idleTimeoutMs;
  #abortGraceMs;
  #livenessMs;
  #livenessMsPerMiB;
  #worker = null;
  #queue = [];
  #current = null;    // the job the worker is running, if any
  #nextId = 1;
  #idleTimer = null;
  #graceTimer = null;

  // options:
  //   moduleUrl     URL of precis.mjs (default: next to this file)
  //   allLanguagesUrl  URL of the module with every language when moduleUrl
  //                 is one with part of the language data (precis-en.mjs):
  //                 loaded only for a text that needs it (worker-core.js)
  //   compiledModule  a promise of moduleUrl's .wasm compiled
  //                 (WebAssembly.compileStreaming), started by the page
  //                 before the worker: each worker is given it instead of
  //                 fetching and compiling the file itself (null if it fails)
  //   workerUrl     URL of summarizer-worker.js (default: next to this file)
  //   createWorker  (workerUrl) => Worker-like object; for tests and hosts
  //                 that build workers their own way
  //   idleTimeoutMs terminate the worker after this long without calls
  //                 (default 60 s; 0 or Infinity keeps it)
  //   abortGraceMs  how long a cancelled running call may take to finish
  //                 before its worker is terminated (default 250 ms)
  //   livenessMs, livenessMsPerMiB
  //                 a running call whose worker sends nothing for
  //                 livenessMs + livenessMsPerMiB per MiB of text is taken as
  //                 a dead worker (defaults 30 s and 60 s: far above the
  //                 engine's slowest measured rate; 0 or Infinity: no limit)
  constructor(options = {}) {
    this.#moduleUrl = String(options.moduleUrl ?? new URL('./precis.mjs', import.meta.url));
    this.#allLanguagesUrl = options.allLanguagesUrl == null ? null : String(options.allLanguagesUrl);
    this.#compiledModule = options.compiledModule ?? null;
    this.#workerUrl = options.workerUrl ?? new URL('./summarizer-worker.js', import.meta.url);
    this.#createWorker = options.createWorker
      ?? ((url) => new Worker(url, {type: 'module', name: 'precis'}));
    this.#idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
    this.#abortGraceMs = options.abortGraceMs ?? 250;
    this.#livenessMs = options.livenessMs ?? 30_000;
    this.#livenessMsPerMiB = options.livenessMsPerMiB ?? 60_000;
  }

  // Resolves to the engine's envelope ({ok: true, summary, keywords, facts,
  // removed, stats, version}); rejects with a PrecisError.
  // options: the engine's options ({sentences} | {ratio} | {words},
  // keywords, facts, removeJunk, includeSentences).
  // callOptions: {signal: AbortSignal, timeoutMs: number,
  //   onProgress: ({stage, fraction}) => void  called as the engine works
  //   (fraction 0..1, never decreasing; stage as in wasm/precis.d.ts); use it
  //   for long texts, with signal for a Cancel button}.
  summarize(text, options = {}, callOptions = {}) {
    if (typeof text !== 'string') {
      return Promise.reject(new PrecisError('invalid_input', 'the text must be a string'));
    }
    if (options === undefined || options === null) options = {};
    if (!isPlainObject(options)) {
      return Promise.reject(new PrecisError('invalid_options', 'options must be a plain object'));
    }
    if (text.length > MAX_INPUT_BYTES) {
      return Promise.reject(new PrecisError('input_too_large',
        `the text is over the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit`));
    }
    return this.#enqueue({method: 'summarize', text, options}, callOptions);
  }

  // Resolves to the engine's version string.
  version(callOptions = {}) {
    return this.#enqueue({method: 'version'}, callOptions);
  }

  // Stops the worker; pending calls reject with 'aborted'. Later calls
  // start a new worker.
  terminate() {
    const jobs = [...this.#queue];
    if (this.#current) jobs.unshift(this.#current);
    this.#queue = [];
    this.#current = null;
    this.#killWorker();
    for (const job of jobs) {
      this.#settle(job, new PrecisError('aborted', 'the summarizer was terminated'));
    }
  }

  // Starts the worker and the loading of the engine now, so that the first
  // summary does not wait for them; the idle timeout applies as after a call.
  start() {
    try {
      this.#ensureWorker();
    } catch {
      return;  // the first call reports it
    }
    if (!this.#current && this.#queue.length === 0) this.#scheduleIdle();
  }

  // Whether a worker is running now (for tests and diagnostics).
  get workerRunning() { return this.#worker !== null; }

  #enqueue(payload,
    /** @type {{signal?: AbortSignal, timeoutMs?: number, onProgress?: Function}} */ {signal, timeoutMs, onProgress} = {}) {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (onProgress !== undefined && typeof onProgress !== 'function') {
      return Promise.reject(new PrecisError('invalid_options', 'onProgress must be a function'));
    }
    return new Promise((resolve, reject) => {
      const job = {id: this.#nextId++, payload, resolve, reject, signal, settled: false,
                   abandoned: false, timer: null, watchdog: null, onAbort: null, onProgress};
      if (signal) {
        job.onAbort = () => this.#cancel(job, abortError(signal), this.#abortGraceMs);
        signal.addEventListener('abort', job.onAbort, {once: true});
      }
      if (Number.isFinite(timeoutMs) && timeoutMs >= 0) {
        job.timer = setTimeout(() => this.#cancel(job,
          new PrecisError('timeout', `the summary took longer than ${timeoutMs} ms`), 0), timeoutMs);
      }
      this.#queue.push(job);
      this.#clearIdle();
      this.#pump();
    });
  }

  #settle(job, error, result) {
    if (job.settled) return;
    job.settled = true;
    if (job.timer !== null) clearTimeout(job.timer);
    this.#disarm(job);
    if (job.onAbort) job.signal.removeEventListener('abort', job.onAbort);
    if (error) job.reject(error); else job.resolve(result);
  }

  // Rejects a job now. A queued job is simply dropped; a running one keeps
  // the worker busy, so the worker is killed unless it answers in graceMs.
  #cancel(job, error, graceMs) {
    if (job.settled) return;
    this.#settle(job, error);
    const at = this.#queue.indexOf(job);
    if (at >= 0) {
      this.#queue.splice(at, 1);
      this.#scheduleIdle();
      return;
    }
    if (this.#current !== job) return;
    job.abandoned = true;
    const giveUp = () => {
      if (this.#current !== job) return;
      this.#current = null;
      this.#killWorker();
      this.#pump();
    };
    if (graceMs <= 0) giveUp();
    else this.#graceTimer = setTimeout(giveUp, graceMs);
  }

  #pump() {
    if (this.#current || this.#queue.length === 0) {
      if (!this.#current) this.#scheduleIdle();
      return;
    }
    const job = this.#queue.shift();
    let worker;
    try {
      worker = this.#ensureWorker();
    } catch (error) {
      this.#settle(job, new PrecisError('worker_failed',
        `could not start the summarizer worker: ${error?.message ?? error}`));
      this.#pump();
      return;
    }
    this.#current = job;
    const {method, text, options} = job.payload;
    try {
      worker.postMessage({type: 'call', id: job.id, method, text, options,
                          progress: typeof job.onProgress === 'function'});
      this.#arm(job);
    } catch (error) {
      // Options that cannot be cloned (functions, DOM nodes, ...).
      this.#current = null;
      this.#settle(job, new PrecisError('invalid_options',
        `options cannot be sent to the worker: ${error?.message ?? error}`));
      this.#pump();
    }
  }

  // (Re)starts the running job's liveness timer: it fires when the worker
  // has sent nothing for the job's limit.
  #arm(job) {
    this.#disarm(job);
    const units = job.payload.text?.length ?? 0;
    const ms = this.#livenessMs + this.#livenessMsPerMiB * (units / (1024 * 1024));
    if (!Number.isFinite(ms) || ms <= 0 || this.#livenessMs <= 0) return;
    job.watchdog = setTimeout(() => {
      job.watchdog = null;
      if (this.#current !== job || !this.#worker) return;
      this.#onWorkerFailure(this.#worker, new PrecisError('worker_failed',
        `the summarizer worker stopped responding (nothing for ${Math.round(ms)} ms)`));
    }, ms);
  }

  #disarm(job) {
    if (job.watchdog !== null) clearTimeout(job.watchdog);
    job.watchdog = null;
  }

  #ensureWorker() {
    if (this.#worker) return this.#worker;
    const worker = this.#createWorker(this.#workerUrl);
    const onMessage = (event) => this.#onMessage(worker, event.data);
    const onError = (event) => {
      event?.preventDefault?.();
      const detail = event?.message ? `: ${event.message}` : '';
      this.#onWorkerFailure(worker, new PrecisError('worker_failed',
        `the summarizer worker failed${detail}`));
    };
    const onMessageError = () => this.#onWorkerFailure(worker,
      new PrecisError('worker_failed', 'a reply from the summarizer worker could not be read'));
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onMessageError);
    const compiled = this.#compiledModule;
    worker.postMessage({type: 'init', moduleUrl: this.#moduleUrl,
      ...(this.#allLanguagesUrl ? {allLanguagesUrl: this.#allLanguagesUrl} : {}),
      ...(compiled ? {compiledModule: 'pending'} : {})});
    if (compiled) {
      // The worker waits for this message before it loads the engine.
      Promise.resolve(compiled).catch(() => null).then((module) => {
        if (this.#worker !== worker) return;
        try {
          worker.postMessage({type: 'module', module});
        } catch {
          worker.postMessage({type: 'module', module: null});  // cannot be sent: the worker compiles
        }
      });
    }
    this.#worker = worker;
    return worker;
  }

  #killWorker() {
    if (this.#graceTimer !== null) {
      clearTimeout(this.#graceTimer);
      this.#graceTimer = null;
    }
    this.#clearIdle();
    if (!this.#worker) return;
    const worker = this.#worker;
    this.#worker = null;
    try { worker.terminate(); } catch { /* already gone */ }
  }

  #onWorkerFailure(worker, error) {
    if (worker !== this.#worker) return;
    const job = this.#current;
    this.#current = null;
    this.#killWorker();
    if (job) this.#settle(job, error);
    this.#pump();
  }

  #onMessage(worker, data) {
    if (worker !== this.#worker || !data || typeof data !== 'object') return;
    const job = this.#current;
    if (!job || data.id !== job.id) return;  // a late answer to a dropped call
    if (data.progress && typeof data.progress === 'object' && !('ok' in data)) {
      if (!job.settled) this.#arm(job);
      if (!job.settled && job.onProgress) {
        const {stage, fraction} = data.progress;
        try {
          job.onProgress({stage: String(stage), fraction: Number(fraction)});
        } catch { /* the caller's bug must not stop the summary */ }
      }
      return;
    }
    this.#current = null;
    this.#disarm(job);
    if (this.#graceTimer !== null) {
      clearTimeout(this.#graceTimer);
      this.#graceTimer = null;
    }
    if (data.ok) {
      const result = data.result;
      if (result && typeof result === 'object' && result.ok === false) {
        this.#settle(job, toPrecisError(result.error));
      } else if (job.payload.method === 'summarize' && (!result || result.ok !== true)) {
        this.#settle(job, new PrecisError('internal', 'the engine returned no envelope'));
      } else {
        this.#settle(job, null, result);
      }
    } else {
      if (data.fatal) this.#killWorker();
      this.#settle(job, toPrecisError(data.error, data.fatal ? 'worker_failed' : 'internal'));
    }
    this.#pump();
  }

  #clearIdle() {
    if (this.#idleTimer !== null) {
      clearTimeout(this.#idleTimer);
      this.#idleTimer = null;
    }
  }

  #scheduleIdle() {
    this.#clearIdle();
    const ms = this.#idleTimeoutMs;
    if (!this.#worker || !Number.isFinite(ms) || ms <= 0) return;
    this.#idleTimer = setTimeout(() => {
      this.#idleTimer = null;
      if (!this.#current && this.#queue.length === 0) this.#killWorker();
    }, ms);
  }
}

export function createSummarizer(options = {}) {
  return new Summarizer(options);
}
