// k-fold cross-validation of selection constants over a --dump file of
// precis_quality run with one --variant row per grid point.
//
//   node bench/quality/cv.mjs DUMP PREFIX [FOLDS]
//
// PREFIX selects the grid rows (variant names starting with it, at the word
// budgets: "NAME (60 words)", "NAME (100 words)"). Articles of each set are
// dealt into FOLDS folds (default 5) by their order in the set. Each fold's
// grid point is the one with the best mean of R1, R2 and RL over the other
// folds, averaged over the budgets with both sets weighted alike; the
// held-apart figures are that point's scores on the fold's own articles.
import { readFileSync } from 'node:fs';
import process from 'node:process';

const [dumpPath, prefix, foldsArg] = process.argv.slice(2);
if (!dumpPath || !prefix) {
  console.error('usage: node bench/quality/cv.mjs DUMP PREFIX [FOLDS]');
  process.exit(2);
}
const folds = Number(foldsArg ?? 5);
const budgetRow = /^(.*) \((\d+) words\)$/;
// scores[point][budget][id] = [r1, r2, rl]; order[set] = ids in order.
const scores = new Map();
const order = { cnndm: [], bbc: [] };
const seen = new Set();
for (const line of readFileSync(dumpPath, 'utf8').split('\n')) {
  if (!line) continue;
  const j = JSON.parse(line);
  const set = j.id.startsWith('bbc') ? 'bbc' : 'cnndm';
  if (!seen.has(j.id)) {
    seen.add(j.id);
    order[set].push(j.id);
  }
  const m = budgetRow.exec(j.system);
  if (!m || !m[1].startsWith(prefix)) continue;
  const [, point, budget] = m;
  if (!scores.has(point)) scores.set(point, new Map());
  const byBudget = scores.get(point);
  if (!byBudget.has(budget)) byBudget.set(budget, new Map());
  byBudget.get(budget).set(j.id, [j.r1, j.r2, j.rl]);
}
const foldOf = new Map();
for (const ids of Object.values(order)) ids.forEach((id, i) => foldOf.set(id, i % folds));
const setOf = (id) => (order.bbc.includes(id) ? 'bbc' : 'cnndm');

// Mean of (R1 + R2 + RL) / 3 per set and budget over the articles `keep`
// accepts, then averaged over the cells.
function objective(point, keep) {
  const cells = [];
  for (const byId of scores.get(point).values()) {
    for (const set of ['cnndm', 'bbc']) {
      let sum = 0;
      let n = 0;
      for (const [id, s] of byId) {
        if (setOf(id) !== set || !keep(id)) continue;
        sum += (s[0] + s[1] + s[2]) / 3;
        n += 1;
      }
      if (n > 0) cells.push(sum / n);
    }
  }
  return cells.reduce((a, b) => a + b, 0) / cells.length;
}

const points = [...scores.keys()];
const chosen = [];
for (let f = 0; f < folds; f += 1) {
  let best = null;
  let bestValue = -Infinity;
  for (const p of points) {
    const v = objective(p, (id) => foldOf.get(id) !== f);
    if (v > bestValue + 1e-12) {
      bestValue = v;
      best = p;
    }
  }
  chosen.push(best);
}
console.log(`grid points: ${points.length}; chosen per fold: ${chosen.join(', ')}`);
// Held-apart figures: each article scored by its fold's chosen point.
const budgets = [...scores.get(points[0]).keys()];
for (const set of ['cnndm', 'bbc']) {
  for (const budget of budgets) {
    const sum = [0, 0, 0];
    let n = 0;
    for (const id of order[set]) {
      const s = scores.get(chosen[foldOf.get(id)]).get(budget).get(id);
      if (!s) continue;
      s.forEach((x, k) => (sum[k] += x));
      n += 1;
    }
    const f = sum.map((x) => ((100 * x) / n).toFixed(2)).join(' / ');
    console.log(`${set} ${budget} words, held apart (${n} articles): R1 / R2 / RL ${f}`);
  }
}
