// Times npm node-summarizer on one text file, the way precis is asked:
//   node bench/speed/peers.mjs NODE_MODULES FILE SENTENCES [METHOD [RUNS]]
// prints one JSON line: {"rankMs": ..., "frequencyMs": ...}: the median wall
// time of RUNS runs (default 1) of getSummaryByRank and getSummaryByFrequency
// in this process after one untimed warm-up run, as precis is timed; null
// when the peer threw. METHOD: rank, frequency or both (default).
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
  if ((await once(method)) == null) return null;  // warm-up
  const ms = [];
  for (let r = 0; r < runs; r++) {
    const t = await once(method);
    if (t == null) return null;
    ms.push(t);
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
