// Runs the npm peer summarizer (node-summarizer) on the documents that
// precis_quality writes, one JSON object a line:
//   in:  {"id": ..., "text": ..., "k": sentences wanted}
//   out: {"id": ..., "system": ..., "sentences": [...], "ms": wall time}
// Usage: node peers.js DOCS.jsonl OUT.jsonl
// The timed runs are warm: both methods run once on the first document
// before any timing, as precis_quality times precis after its first call.
//        node peers.js --one frequency|rank FILE K
// summarizes one text file once and exits (precis_quality times this whole
// process beside the precis CLI and ots).
'use strict';
const fs = require('fs');
const readline = require('readline');

// node-summarizer's TextRank is a random walk on Math.random; a fixed-seed
// generator makes its rows reproducible from run to run.
let seed = 0x2545f491;
Math.random = function () {
  // xorshift32
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
};

const SummarizerManager = require('node-summarizer').SummarizerManager;
const natural = require('natural');

// node-summarizer returns the chosen sentences glued together with nothing
// between them; cut the string back into the document's sentences (as its
// own tokenizer split them) so ROUGE-L sees sentence boundaries.
function splitSummary(summary, text) {
  if (typeof summary !== 'string' || summary.length === 0) return [];
  let sentences = [];
  try {
    sentences = new natural.SentenceTokenizer().tokenize(text);
  } catch (e) {
    return [summary];
  }
  sentences.sort((a, b) => b.length - a.length);  // longest first
  const out = [];
  let rest = summary;
  while (rest.length > 0) {
    const s = sentences.find((c) => c.length > 0 && rest.startsWith(c));
    if (!s) {
      out.push(rest);
      break;
    }
    out.push(s);
    rest = rest.slice(s.length);
  }
  return out;
}

const RUNS = [
  ['node-summarizer (frequency)', async (m) => m.getSummaryByFrequency()],
  ['node-summarizer (TextRank)', async (m) => m.getSummaryByRank()],
];

async function summarize(text, k, run) {
  try {
    const result = await run(new SummarizerManager(text, k));
    if (result && typeof result.summary === 'string') return result.summary;
  } catch (e) {
    // a failure is an empty summary
  }
  return '';
}

async function one(method, file, k) {
  const run = RUNS[method === 'rank' ? 1 : 0][1];
  const summary = await summarize(fs.readFileSync(file, 'utf8'), Number(k) || 3, run);
  process.stdout.write(summary + '\n');
}

async function main() {
  if (process.argv[2] === '--one') {
    await one(process.argv[3], process.argv[4], process.argv[5]);
    return;
  }
  const [docsPath, outPath] = process.argv.slice(2);
  if (!docsPath || !outPath) {
    console.error('usage: node peers.js DOCS.jsonl OUT.jsonl');
    process.exit(2);
  }
  const out = fs.createWriteStream(outPath);
  const rl = readline.createInterface({ input: fs.createReadStream(docsPath) });
  let warm = false;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    if (!warm) {
      for (const [, run] of RUNS) await summarize(doc.text, doc.k, run);
      seed = 0x2545f491;  // the timed runs draw the same numbers as without the warm-up
      warm = true;
    }
    for (const [system, run] of RUNS) {
      const start = process.hrtime.bigint();
      const summary = await summarize(doc.text, doc.k, run);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      out.write(JSON.stringify({
        id: doc.id, system, sentences: splitSummary(summary, doc.text), ms,
      }) + '\n');
    }
  }
  await new Promise((resolve) => out.end(resolve));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
