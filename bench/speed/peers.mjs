// Times npm node-summarizer on one text file, the way precis is asked:
//   node bench/speed/peers.mjs NODE_MODULES FILE SENTENCES
// prints one JSON line: {"rankMs": ..., "frequencyMs": ...} (wall time of
// getSummaryByRank and getSummaryByFrequency, one run each; null when the
// peer threw).
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

async function time(method) {
  const t0 = performance.now();
  try {
    const m = new SummarizerManager(text, sentences);
    await m[method]();
  } catch {
    return null;
  }
  return performance.now() - t0;
}

const which = process.argv[5] ?? 'both';
const out = {};
if (which !== 'rank') out.frequencyMs = await time('getSummaryByFrequency');
if (which !== 'frequency') out.rankMs = await time('getSummaryByRank');
console.log(JSON.stringify(out));
