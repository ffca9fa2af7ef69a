// Times the WebAssembly module in node on one text file:
//   node bench/speed/wasm.mjs MODULE.mjs FILE [--runs N]
// prints one JSON line: {"ms": median wall time of summarize() in ms,
// "minMs": the fastest run, "runs": N, "heapBytes": size of the wasm memory
// after the runs, "ok": envelope.ok, "error": code}. Run it once per file so
// that the memory figure belongs to that input alone (wasm memory never
// shrinks).
// What is timed is the summarize() call itself, as a worker pays it (the
// page's worker message round trip is not included), after warm-up calls:
// V8 compiles a module's functions on their first call and recompiles the
// hot ones optimised in the background, so the first calls of a fresh module
// are several times slower (the first about 100 times) and say nothing
// about the engine.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const [modulePath, file, ...rest] = process.argv.slice(2);
if (!modulePath || !file) {
  console.error('usage: node wasm.mjs MODULE.mjs FILE [--runs N]');
  process.exit(2);
}
const at = rest.indexOf('--runs');
const maxRuns = at >= 0 ? Number(rest[at + 1]) : 15;

const {default: createPrecisModule} = await import(pathToFileURL(path.resolve(modulePath)).href);
const precis = await createPrecisModule();
const text = readFileSync(file, 'utf8');

// Warm-up: calls for a second, and at least three of them (two of an input
// over 200,000 characters).
let envelope = null;
const warmStart = performance.now();
for (let i = 0; ; i++) {
  const out = precis.summarize(text);
  if (envelope === null) envelope = JSON.parse(out);
  const spent = performance.now() - warmStart;
  if (spent > 1000 && (i >= 2 || (i >= 1 && text.length > 200000))) break;
}

const times = [];
const budgetMs = 3000;  // stop early on slow inputs, after at least one run
const started = performance.now();
for (let i = 0; i < maxRuns; i++) {
  const t0 = performance.now();
  precis.summarize(text);
  times.push(performance.now() - t0);
  if (performance.now() - started > budgetMs) break;
}
times.sort((a, b) => a - b);
const mid = Math.floor(times.length / 2);
const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
const heap = precis.HEAP8?.buffer?.byteLength ?? precis.wasmMemory?.buffer?.byteLength ?? null;
console.log(JSON.stringify({
  ms: median, minMs: times[0], runs: times.length, heapBytes: heap,
  ok: envelope.ok, error: envelope.ok ? null : envelope.error.code,
}));
