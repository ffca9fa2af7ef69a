#!/usr/bin/env node
// Page furniture must never reach a summary or a key fact: summarizes the
// SummEval CNN/DM-100 articles, the first 500 BBC News Summary articles and
// the pasted articles of the shared data with the native CLI (3 sentences,
// and 40% of the sentences) and fails when a summary sentence or a key fact has the shape of a photo
// caption, a credit, a video prompt, a shopping link or an offer. The shapes
// are written here on their own, apart from the core's rules, so that the
// audit checks the core rather than repeating it.
//
//   node scripts/audit-furniture.mjs CLI [--limit N]
//
// Exit 0 when nothing is found, 1 when something is (each finding is
// printed), 2 on a usage error. The shared data is read from
// PRECIS_SHARED_DATA (default ../shared/data beside the checkout); when it
// is missing the audit is skipped, except under CI=true, where it fails.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [cli, ...rest] = process.argv.slice(2);
let limit = Infinity;
for (let i = 0; i < rest.length; ++i) {
  if (rest[i] === '--limit') limit = Number(rest[++i]);
  else {
    console.error(`audit-furniture: unknown argument ${rest[i]}`);
    process.exit(2);
  }
}
if (!cli) {
  console.error('usage: audit-furniture.mjs CLI [--limit N]');
  process.exit(2);
}
const data = process.env.PRECIS_SHARED_DATA || path.join(root, '..', 'shared', 'data');
if (!fs.existsSync(path.join(data, 'summeval_cnndm100.jsonl'))) {
  const message = `audit-furniture: ${data} not found (set PRECIS_SHARED_DATA)`;
  if (process.env.CI === 'true') {
    console.error(message);
    process.exit(2);
  }
  console.log(`${message}: skipped`);
  process.exit(0);
}

// Function words and speech verbs: a capitalised word after one of them, or
// a colon after one, is prose ("met with President Obama:", "he said:").
const PROSE = new Set(('a an the of to in on at by for with from and or but as than that this ' +
  'his her their its our my your is was are were be been has have had said says told added ' +
  'wrote asked insisted explained tweeted replied admitted revealed claimed warned joked ' +
  'declared stated announced he she they it we i you there so').split(' '));

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’-]*`;
const HEADING = new RegExp(String.raw`^(${WORD}(?: ${WORD}){0,3}) ?: (?=[\p{Lu}\p{N}])`, 'u');
const GLUED_HEADING =
  new RegExp(String.raw`(\p{Ll}[\p{L}'’-]*) (\p{Lu}[\p{L}'’-]*(?: ${WORD}){0,3}) ?: (?=[\p{Lu}\p{N}])`, 'gu');

const SHAPES = [
  ['video prompt', /\b(scroll (down|up) (for|to)|watch the video|click here|tap here|video below)\b/i],
  ['shopping link', /\b(visit (site|website)|shop now|buy (it )?now|buy it here|shop the look)\b/i],
  ['offer', /^(get|try|start|unlock|save|claim|subscribe|join)\b.{0,60}(([$£€] ?\d)|\bfree\b).{0,40}\b(month|year|week|day|trial|premium|subscription)/i],
  ['caption lead', /^(pictured|above|below|left|right|inset|top)\s*:/i],
  ['caption position word', /[(,]\s*((far|second|third) )?(left|right|centre|center|above|below|inset|top|bottom)( to (left|right))?\s*[),]/i],
  ['caption verb', /\b(is|are) (pictured|seen here|shown here)\b/i],
  ['photo credit', /(\((AP|AFP|Reuters|EPA|Getty)[^)]{0,30}(Photo|Images)|\b(Photo|Image|Picture) ?(credit)? ?: |Getty Images|\bPhoto credit)/i],
];

function findings(text) {
  const out = [];
  for (const [kind, re] of SHAPES) if (re.test(text)) out.push(kind);
  // "(pictured)" alone marks a photo in the article's sentences too: a
  // caption when the sentence has no full stop.
  if (/\(\s*pictured\s*\)/i.test(text) && !/[.!?]['"’”)\s]*$/.test(text)) out.push('caption (pictured)');
  // A heading before a colon: a caption when the colon stands apart (the
  // tokenized Daily Mail captions, "Outraged : Dawn ...") or the text has no
  // full stop; "Shareholders benefited hugely: Sibneft paid." is prose.
  const h = HEADING.exec(text);
  const unfinished = !/[.!?]['"’”)\s]*$/.test(text);
  if (h && (h[0].includes(' :') || unfinished) &&
      !h[1].split(' ').some((w) => PROSE.has(w.toLowerCase()))) {
    out.push('caption heading');
  }
  for (const m of text.matchAll(GLUED_HEADING)) {
    if (!PROSE.has(m[1].toLowerCase()) && !m[2].split(' ').some((w) => PROSE.has(w.toLowerCase()))) {
      out.push('glued caption heading');
      break;
    }
  }
  return out;
}

const inputs = [];
const sets = [['summeval_cnndm100.jsonl', 100], ['bbc_news_summary.jsonl', 500]];
for (const [file, count] of sets) {
  const lines = fs.readFileSync(path.join(data, file), 'utf8').split('\n').filter(Boolean);
  for (const line of lines.slice(0, Math.min(count, limit))) {
    const row = JSON.parse(line);
    inputs.push({name: `${file}:${row.id}`, text: row.text});
  }
}
const articles = path.join(data, 'articles');
for (const f of fs.readdirSync(articles).filter((f) => f.endsWith('.txt')).sort()) {
  inputs.push({name: `articles/${f}`, text: fs.readFileSync(path.join(articles, f), 'utf8')});
}

let checked = 0;
const found = [];
// The benchmark's budgets: 3 sentences (CNN/DM) and 40% of the sentences (BBC).
const lengths = [['--sentences', '3'], ['--ratio', '0.4']];
const seen = new Set();
for (const {name, text} of inputs) {
  for (const length of lengths) {
    const r = spawnSync(cli, ['--format', 'json', ...length], {input: text, maxBuffer: 1 << 28});
    if (r.status !== 0) {
      console.error(`audit-furniture: ${cli} failed on ${name}: ${r.stderr}`);
      process.exit(2);
    }
    const env = JSON.parse(r.stdout.toString());
    const items = [...env.summary.map((s) => ['summary', s.text]), ...env.facts.map((f) => ['fact', f.text])];
    for (const [where, raw] of items) {
      const text = raw.replace(/\s+/g, ' ').trim();
      const key = `${name}\t${where}\t${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ++checked;
      for (const kind of findings(text)) found.push(`${name} ${where} [${kind}]: ${text.slice(0, 160)}`);
    }
  }
}
for (const line of found) console.log(line);
console.log(`audit-furniture: ${inputs.length} articles, ${checked} summary sentences and key facts, ` +
  `${found.length} with page furniture`);
process.exit(found.length > 0 ? 1 : 0);
