// Writes the benchmark inputs from the BBC article texts of the shared data:
//   node bench/speed/inputs.mjs BBC.jsonl OUT_DIR LABEL...
// LABEL is "article" (the first article of 750 to 850 words) or a size such
// as 1KB, 10KB, 100KB, 1MB, 10MB (decimal: 1 MB = 1,000,000 bytes): the
// articles' texts joined by blank lines, repeated as needed and cut at a
// character boundary. Prints the files written, one "LABEL PATH" a line.
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const [jsonl, outDir, ...labels] = process.argv.slice(2);
if (!jsonl || !outDir || labels.length === 0) {
  console.error('usage: node inputs.mjs BBC.jsonl OUT_DIR LABEL...');
  process.exit(2);
}
const texts = readFileSync(jsonl, 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l).text).filter((t) => typeof t === 'string' && t.length > 0);
if (texts.length === 0) {
  console.error(`inputs: no article texts in ${jsonl}`);
  process.exit(1);
}
const corpus = Buffer.from(texts.join('\n\n'), 'utf8');
const units = {KB: 1e3, MB: 1e6};

for (const label of labels) {
  let bytes;
  if (label === 'article') {
    const words = (t) => t.split(/\s+/).filter(Boolean).length;
    const text = texts.find((t) => words(t) >= 750 && words(t) <= 850) ?? texts[0];
    bytes = Buffer.from(text, 'utf8');
  } else {
    const m = /^(\d+)(KB|MB)$/.exec(label);
    if (!m) {
      console.error(`inputs: unknown label ${label}`);
      process.exit(2);
    }
    const size = Number(m[1]) * units[m[2]];
    const parts = [];
    let have = 0;
    while (have < size) {
      parts.push(corpus, Buffer.from('\n\n'));
      have += corpus.length + 2;
    }
    let end = size;
    const all = Buffer.concat(parts);
    while (end > 0 && (all[end] & 0xc0) === 0x80) end--;  // not inside a character
    bytes = all.subarray(0, end);
  }
  const file = path.join(outDir, `${label}.txt`);
  writeFileSync(file, bytes);
  console.log(`${label} ${file}`);
}
