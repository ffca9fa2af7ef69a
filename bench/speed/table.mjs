// Prints the speed table from the files scripts/bench-speed.sh writes:
//   node bench/speed/table.mjs WORK_DIR
// WORK_DIR/inputs.txt     "LABEL PATH" per input (from inputs.mjs)
// WORK_DIR/native.json    Google Benchmark JSON of precis_speed
// WORK_DIR/results.jsonl  one object a line: {"label", "kind", ...} with kind
//                         peak | wasm | browser | inproc (precis in process)
//                         | inproc_ots (libots in process) | cli (precis CLI process) | ots (ots
//                         process) | nodesum (in one node process)
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';

const work = process.argv[2];
if (!work) {
  console.error('usage: node table.mjs WORK_DIR');
  process.exit(2);
}
const inputs = readFileSync(path.join(work, 'inputs.txt'), 'utf8').trim().split('\n')
  .map((l) => l.split(' ')).map(([label, file]) => ({label, file, bytes: statSync(file).size}));
const labels = inputs.map((i) => i.label);
const byFile = new Map(inputs.map((i) => [i.file, i]));

// Native stage times: the median aggregate when there were repetitions.
const native = new Map();
const nativePath = path.join(work, 'native.json');
if (existsSync(nativePath)) {
  for (const b of JSON.parse(readFileSync(nativePath, 'utf8')).benchmarks ?? []) {
    const file = b.run_name.replace(/\/real_time$/, '');
    const input = byFile.get(file);
    if (!input) continue;
    if (b.run_type === 'aggregate' && b.aggregate_name !== 'median') continue;
    if (b.run_type !== 'aggregate' && native.has(input.label)) continue;
    native.set(input.label, b);
  }
}
const results = new Map();  // kind -> label -> object
const resultsPath = path.join(work, 'results.jsonl');
if (existsSync(resultsPath)) {
  for (const line of readFileSync(resultsPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (!results.has(r.kind)) results.set(r.kind, new Map());
    results.get(r.kind).set(r.label, r);
  }
}
const get = (kind, label) => results.get(kind)?.get(label);

const fmtMs = (ms) => {
  if (ms == null || !Number.isFinite(ms)) return '-';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  return ms.toFixed(ms >= 1 ? 2 : 3);
};
const fmt = (x, digits = 1) => (x == null || !Number.isFinite(x) ? '-' : x.toFixed(digits));
const mb = (bytes) => bytes / 1e6;
// Inputs the engine refused (over Limits::kMaxInputBytes).
const refused = (label) => Boolean(native.get(label)?.error_occurred)
  || get('wasm', label)?.error === 'input_too_large';
const nativeMs = (label) => {
  const b = native.get(label);
  if (!b || b.error_occurred) return null;
  return b.time_unit === 'ms' ? b.real_time : b.real_time / 1e6;
};
const peerMs = (r, field = 'ms') => {
  if (!r) return null;
  const timeout = field === 'ms' ? r.timeout : r[field.replace(/Ms$/, 'Timeout')];
  if (timeout) return {timeout};
  return r[field] ?? null;
};
const fmtPeer = (v) => (v && v.timeout ? `> ${v.timeout} s` : fmtMs(v));
const ratio = (mine, peer) => {
  if (mine == null) return '-';
  if (peer && peer.timeout) return `< ${(mine / (peer.timeout * 1000)).toFixed(3)}`;
  if (peer == null || !(peer > 0)) return '-';
  const r = mine / peer;
  return r >= 0.1 ? r.toFixed(2) : r.toFixed(3);
};

const rows = [];
const row = (name, f) => rows.push([name, ...inputs.map((i) => {
  const cell = f(i);
  return cell === '-' && refused(i.label) ? 'refused' : cell;
})]);
const section = (name) => rows.push([name]);
row('input bytes', (i) => String(i.bytes));
row('sentences', (i) => {
  const b = native.get(i.label);
  return b ? String(Math.round(b.sentences)) : '-';
});
section('native, ms per stage (median)');
for (const stage of ['clean', 'split', 'junk', 'tokenize', 'rank', 'select', 'keywords', 'facts']) {
  row(`  ${stage}`, (i) => fmtMs(native.get(i.label)?.[`${stage}_ms`]));
}
section('end to end');
row('  native ms', (i) => fmtMs(nativeMs(i.label)));
row('  native MB/s', (i) => fmt(nativeMs(i.label) ? mb(i.bytes) / (nativeMs(i.label) / 1000) : null, 2));
row('  native ms per MB', (i) => fmtMs(nativeMs(i.label) ? nativeMs(i.label) / mb(i.bytes) : null));
row('  native peak RSS MB', (i) => fmt(get('peak', i.label) ? get('peak', i.label).kb / 1024 : null));
const wasmMs = (label) => (get('wasm', label)?.ok === false ? null : get('wasm', label)?.ms);
row('  wasm (node) ms', (i) => fmtMs(wasmMs(i.label)));
row('  wasm (node) ms per MB', (i) => fmtMs(wasmMs(i.label) != null ? wasmMs(i.label) / mb(i.bytes) : null));
row('  wasm heap after, MB', (i) => fmt(get('wasm', i.label)?.heapBytes != null ? get('wasm', i.label).heapBytes / 1048576 : null));
row('  wasm (Chromium) ms', (i) => fmtMs(get('browser', i.label)?.ms));
// Peers on equal terms: in process, warm, medians of the same number of
// runs; and whole processes with their start-up. Ratios precis/peer from the
// same run (below 1: precis is faster).
const inproc = (label, field) => get('inproc', label)?.[field] ?? null;
section('peers in process (warm, median of the same runs)');
row('  precis native ms', (i) => fmtMs(inproc(i.label, 'precisMs')));
const otsIn = (label) => {
  const r = get('inproc_ots', label);
  if (!r) return null;
  return r.timeout ? {timeout: r.timeout} : r.otsMs ?? null;
};
row('  ots (libots) ms', (i) => fmtPeer(otsIn(i.label)));
row('  precis/ots (native, in process)', (i) => ratio(inproc(i.label, 'precisMs'), otsIn(i.label)));
row('  precis wasm (node) ms', (i) => fmtMs(wasmMs(i.label)));
row('  node-summarizer rank ms', (i) => fmtPeer(peerMs(get('nodesum', i.label), 'rankMs')));
row('  precis/node-sum rank (wasm)', (i) => ratio(wasmMs(i.label), peerMs(get('nodesum', i.label), 'rankMs')));
row('  node-summarizer freq ms', (i) => fmtPeer(peerMs(get('nodesum', i.label), 'frequencyMs')));
row('  precis/node-sum freq (wasm)', (i) => ratio(wasmMs(i.label), peerMs(get('nodesum', i.label), 'frequencyMs')));
section('peers as whole processes (start-up included, median)');
row('  precis CLI ms', (i) => fmtMs(get('cli', i.label)?.ms));
row('  ots command ms', (i) => fmtPeer(peerMs(get('ots', i.label))));
row('  precis CLI/ots command', (i) => ratio(get('cli', i.label)?.ms, peerMs(get('ots', i.label))));

const widths = [0, ...labels.map(() => 0)];
const header = ['', ...labels];
for (const r of [header, ...rows]) {
  if (r.length === 1) continue;
  r.forEach((c, k) => { widths[k] = Math.max(widths[k], c.length); });
}
const line = (r) => (r.length === 1 ? r[0]
  : r.map((c, k) => (k === 0 ? c.padEnd(widths[0]) : c.padStart(widths[k]))).join('  '));
console.log(line(header));
for (const r of rows) console.log(line(r));

// Growth: time per MB from 100 KB up (below that, fixed costs dominate).
const big = inputs.filter((i) => i.bytes >= 1e5 && nativeMs(i.label) != null);
if (big.length >= 2) {
  const first = big[0];
  const last = big[big.length - 1];
  const per = (i) => nativeMs(i.label) / mb(i.bytes);
  const growth = per(last) / per(first);
  const sizeRatio = last.bytes / first.bytes;
  const verdict = growth <= 1.5 ? 'near-linear' : growth <= 3 ? 'somewhat super-linear' : 'super-linear';
  console.log(`\nGrowth (native): ${fmtMs(per(first))} ms/MB at ${first.label}, ` +
    `${fmtMs(per(last))} ms/MB at ${last.label}: ${growth.toFixed(2)}x the time per MB ` +
    `for ${sizeRatio.toFixed(0)}x the input, ${verdict}.`);
}

// Targets, judged by the medians of this run (the fastest run in brackets):
// native in process (precis::Summarize, warm), WebAssembly in headless
// Chromium (node's figure in brackets after it).
const targets = [
  ['article, native', 'article', () => inproc('article', 'precisMs'), null, 2],
  ['article, wasm in Chromium', 'article', () => get('browser', 'article')?.ms,
    () => get('browser', 'article')?.minMs, 5, () => wasmMs('article')],
  ['1 KB, wasm in Chromium', '1KB', () => get('browser', '1KB')?.ms,
    () => get('browser', '1KB')?.minMs, 1, () => wasmMs('1KB')],
  ['1 MB, native', '1MB', () => inproc('1MB', 'precisMs'), null, 250],
  ['1 MB, wasm in Chromium', '1MB', () => get('browser', '1MB')?.ms,
    () => get('browser', '1MB')?.minMs, 300, () => wasmMs('1MB')],
];
if (targets.some(([, label]) => labels.includes(label))) {
  console.log('\nTargets (median of this run; fastest run and node in brackets):');
  const withUnit = (ms) => (fmtMs(ms).endsWith(' s') ? fmtMs(ms) : `${fmtMs(ms)} ms`);
  const verdict = (value, limit) => (value == null ? 'not measured' : value <= limit ? 'met' : 'not met');
  for (const [name, label, value, fastest, limit, node] of targets) {
    if (!labels.includes(label)) continue;
    const v = value();
    const extra = [];
    if (fastest && fastest() != null) extra.push(`fastest ${withUnit(fastest())}`);
    if (node && node() != null) extra.push(`node ${withUnit(node())}`);
    console.log(`  ${name}: ${withUnit(v)}${extra.length ? ` (${extra.join(', ')})` : ''}` +
      ` <= ${limit} ms: ${verdict(v, limit)}`);
  }
  if (labels.includes('1MB')) {
    const heap = get('browser', '1MB')?.heapBytes;
    const mbHeap = heap != null ? heap / 1048576 : null;
    console.log(`  1 MB, wasm memory in Chromium: ${fmt(mbHeap)} MB <= 64 MB: ` +
      `${mbHeap == null ? 'not measured' : mbHeap <= 64 ? 'met' : 'not met'}`);
  }
}
