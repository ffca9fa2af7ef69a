// Times npm node-summarizer on one text file, the way precis is asked:
//   node bench/speed/peers.mjs NODE_MODULES FILE SENTENCES [METHOD [RUNS]]
// prints one JSON line: {"rankMs": ..., "frequencyMs": ...}: the median wall
// time of RUNS runs (default 1; cut short after 3 s) of getSummaryByRank and
// getSummaryByFrequency in this process after untimed warm-up runs (a
// second's worth, at least three; two of an input over 200,000 characters),
// as precis' WebAssembly build is timed (wasm.mjs); null when the peer
// threw. METHOD: rank, frequency or both (default).
import {createRequire} from 'node:module';
import {readFileSync} from 'node:fs';
import path from 'node:path';

const [modules, file, k] = process.argv.slice(2);
if (!modules || !file) {
  console.error('usage: node peers.mjs NODE_MODULES FILE SENTENCES');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
const {SummarizerManager} = require('node-summarizer');
const text = readFileSync(file, 'utf8');
const sentences = Number(k) || 5;

// node-summarizer's TextRank walks on Math.random: seed it for repeatable runs.
let seed = 0x2545f491;
Math.random = () => {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
};

async function once(method) {
  const t0 = performance.now();
  try {
    const m = new SummarizerManager(text, sentences);
    await m[method]();
  } catch {
    return null;
  }
  return performance.now() - t0;
}

const runs = Math.max(1, Number(process.argv[6]) || 1);
async function time(method) {
  const warmStart = performance.now();
  for (let i = 0; ; i++) {
    if ((await once(method)) == null) return null;
    const spent = performance.now() - warmStart;
    if (spent > 1000 && (i >= 2 || (i >= 1 && text.length > 200000))) break;
  }
  const ms = [];
  const started = performance.now();
  for (let r = 0; r < runs; r++) {
    const t = await once(method);
    if (t == null) return null;
    ms.push(t);
    if (performance.now() - started > 3000) break;
  }
  ms.sort((a, b) => a - b);
  const n = ms.length;
  return n % 2 ? ms[(n - 1) / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
}

const which = process.argv[5] ?? 'both';
const out = {};
if (which !== 'rank') out.frequencyMs = await time('getSummaryByFrequency');
if (which !== 'frequency') out.rankMs = await time('getSummaryByRank');
console.log(JSON.stringify(out));
