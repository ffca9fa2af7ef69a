#!/usr/bin/env node
// Writes the JSON envelopes the native CLI gives for a fixed set of inputs
// and options, one line each, so that two builds can be compared byte for
// byte (a change meant to keep behaviour: `cmp` the two files).
//
//   node scripts/snapshot-outputs.mjs CLI OUT.jsonl [--limit N]
//
// Inputs: the shared CNN/DM-100 and BBC articles (every BBC article, or the
// first N of each set with --limit), the pasted articles, the language
// samples of tests/data/lang and digests of tests/data/digest; each with the
// default options and with 1 sentence, 60 words, ratio 0.5 and every sentence
// listed. The shared data is read from PRECIS_SHARED_DATA (default
// ../shared/data beside the checkout).
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [cli, out, ...rest] = process.argv.slice(2);
if (!cli || !out) {
  console.error('usage: snapshot-outputs.mjs CLI OUT.jsonl [--limit N]');
  process.exit(2);
}
let limit = Infinity;
for (let i = 0; i < rest.length; ++i) {
  if (rest[i] === '--limit') limit = Number(rest[++i]);
  else {
    console.error(`snapshot-outputs: unknown argument ${rest[i]}`);
    process.exit(2);
  }
}
const data = process.env.PRECIS_SHARED_DATA || path.join(root, '..', 'shared', 'data');
if (!fs.existsSync(data)) {
  console.error(`snapshot-outputs: ${data} not found (set PRECIS_SHARED_DATA)`);
  process.exit(2);
}

const inputs = [];
for (const file of ['summeval_cnndm100.jsonl', 'bbc_news_summary.jsonl']) {
  const lines = fs.readFileSync(path.join(data, file), 'utf8').split('\n').filter(Boolean);
  for (const line of lines.slice(0, limit)) {
    const row = JSON.parse(line);
    inputs.push({name: `${file}:${row.id}`, text: row.text ?? row.article});
  }
}
const dirs = [path.join(data, 'articles'), path.join(root, 'tests/data/lang')];
for (const dir of dirs) {
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    inputs.push({name: f, text: fs.readFileSync(path.join(dir, f), 'utf8')});
  }
}
const digestDir = path.join(root, 'tests/data/digest');
const digestFiles = fs.readdirSync(digestDir).filter((f) => f.endsWith('.txt')).sort();
const articleFiles = fs.readdirSync(path.join(data, 'articles')).sort();
const digests = [
  articleFiles.map((f) => path.join(data, 'articles', f)),
  digestFiles.map((f) => path.join(digestDir, f)),
];

const optionSets = [
  [], ['--sentences', '1'], ['--words', '60'], ['--ratio', '0.5'], ['--sentences', '3', '--keep-junk'],
];
const lines = [];
for (const {name, text} of inputs) {
  for (const opts of optionSets) {
    const r = spawnSync(cli, ['--format', 'json', ...opts], {input: text, maxBuffer: 1 << 28});
    lines.push(`${name} ${opts.join(' ')}\t${r.status}\t${r.stdout.toString().trimEnd()}`);
  }
}
for (const files of digests) {
  const r = spawnSync(cli, ['--format', 'json', ...files], {maxBuffer: 1 << 28});
  const name = files.map((f) => path.basename(f)).join('+');
  lines.push(`digest ${name}\t${r.status}\t${r.stdout.toString().trimEnd()}`);
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`snapshot-outputs: ${lines.length} envelopes in ${out}`);
