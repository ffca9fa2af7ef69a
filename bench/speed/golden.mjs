// Writes the JSON envelopes of a precis CLI for a fixed set of inputs into one
// file, so that an optimisation can be checked to leave the output byte for
// byte unchanged:
//   node bench/speed/golden.mjs CLI DATA_DIR OUT_FILE [MAX_BBC_ARTICLES]
// Inputs: every DATA_DIR/articles/*.txt, every BBC article text of
// DATA_DIR/bbc_news_summary.jsonl, and 100 KB and 1 MB of those texts joined
// (as bench/speed/inputs.mjs makes them), each with the default options and
// the articles also with --keep-junk --sentences 3. Compare two runs with cmp.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const [cli, dataDir, outFile, maxBbc] = process.argv.slice(2);
if (!cli || !dataDir || !outFile) {
  console.error('usage: node golden.mjs CLI DATA_DIR OUT_FILE');
  process.exit(2);
}
const work = mkdtempSync(path.join(os.tmpdir(), 'precis-golden-'));
const here = path.dirname(fileURLToPath(import.meta.url));
const jsonl = path.join(dataDir, 'bbc_news_summary.jsonl');
const files = [];
const articles = path.join(dataDir, 'articles');
for (const name of readdirSync(articles).sort()) {
  if (name.endsWith('.txt')) files.push(path.join(articles, name));
}
const bbc = readFileSync(jsonl, 'utf8').split('\n').filter((l) => l.trim());
bbc.slice(0, maxBbc === undefined ? bbc.length : Number(maxBbc)).forEach((line, i) => {
  const file = path.join(work, `bbc-${i}.txt`);
  writeFileSync(file, JSON.parse(line).text ?? '');
  files.push(file);
});
execFileSync('node', [path.join(here, 'inputs.mjs'), jsonl, work, '100KB', '1MB']);
files.push(path.join(work, '100KB.txt'), path.join(work, '1MB.txt'));

const out = [];
const run = (args) => {
  try {
    return execFileSync(cli, args, {encoding: 'utf8', maxBuffer: 1 << 28});
  } catch (error) {
    return `exit ${error.status}: ${error.stdout}${error.stderr}`;
  }
};
for (const file of files) {
  const name = path.basename(file);
  out.push(`== ${name}\n${run(['--format', 'json', file])}`);
  if (!name.startsWith('bbc-')) {
    out.push(`== ${name} --keep-junk --sentences 3\n` +
             run(['--format', 'json', '--keep-junk', '--sentences', '3', file]));
  }
}
writeFileSync(outFile, out.join('\n'));
rmSync(work, {recursive: true, force: true});
console.log(`${files.length} inputs -> ${outFile}`);
