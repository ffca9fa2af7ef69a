// Runs the npm peer summarizer (node-summarizer) on the documents that
// precis_quality writes, one JSON object a line:
//   in:  {"id": ..., "text": ..., "k": sentences wanted}
//   out: {"id": ..., "system": ..., "sentences": [...], "ms": wall time}
// Usage: node peers.js DOCS.jsonl OUT.jsonl
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

async function main() {
  const [docsPath, outPath] = process.argv.slice(2);
  if (!docsPath || !outPath) {
    console.error('usage: node peers.js DOCS.jsonl OUT.jsonl');
    process.exit(2);
  }
  const out = fs.createWriteStream(outPath);
  const rl = readline.createInterface({ input: fs.createReadStream(docsPath) });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    const runs = [
      ['node-summarizer (frequency)', async (m) => m.getSummaryByFrequency()],
      ['node-summarizer (TextRank)', async (m) => m.getSummaryByRank()],
    ];
    for (const [system, run] of runs) {
      const start = process.hrtime.bigint();
      let summary = '';
      try {
        const manager = new SummarizerManager(doc.text, doc.k);
        const result = await run(manager);
        if (result && typeof result.summary === 'string') summary = result.summary;
      } catch (e) {
        summary = '';
      }
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
