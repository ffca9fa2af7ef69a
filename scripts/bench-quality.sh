#!/usr/bin/env bash
# Summary quality table: precis, its ranking variants, Lead (plain split and
# precis split) and plain TextRank baselines, Open Text Summarizer and npm
# node-summarizer run live, ROUGE-1/2/L F1 on the shared CNN/DM-100 and BBC
# data, paired bootstrap intervals against the plain Lead, in-process and
# whole-process timing tables, and junk removal on labelled lines.
#
#   scripts/bench-quality.sh          full run (BBC: 100 articles of each category)
#   scripts/bench-quality.sh --ci     reduced (BBC: every fifth of the 500), a few minutes;
#                                     the gate: exits non-zero when a gated figure
#                                     falls below bench/quality/reference.txt
#   scripts/bench-quality.sh --ci --update-reference
#                                     rewrites bench/quality/reference.txt
#   --no-junk-filter, --degrade-precis: deliberate regressions (the gate must fail)
#
# Needs: Debian ots libots-dev libglib2.0-dev pkg-config, node and npm, and
# the shared data beside the checkout (../shared/data) or in
# PRECIS_SHARED_DATA. When something is missing the run is skipped (exit 0)
# unless CI=true, where it fails (exit 2).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

mode=full
extra=()
for arg in "$@"; do
  case "$arg" in
    --ci) mode=ci ;;
    --update-reference|--no-junk-filter|--degrade-precis) extra+=("$arg") ;;
    *) echo "usage: $0 [--ci] [--update-reference] [--no-junk-filter] [--degrade-precis]" >&2; exit 2 ;;
  esac
done

source scripts/cannot-run.sh

data=${PRECIS_SHARED_DATA:-$root/../shared/data}
for f in summeval_cnndm100.jsonl bbc_news_summary.jsonl articles; do
  [[ -r $data/$f ]] || cannot_run bench-quality "$data/$f not found (set PRECIS_SHARED_DATA)"
done
pkg-config --exists libots-1 ||
  cannot_run bench-quality "libots-1 missing: apt-get install -y ots libots-dev libglib2.0-dev pkg-config"
command -v ots >/dev/null || cannot_run bench-quality "ots missing: apt-get install -y ots"
command -v node >/dev/null || cannot_run bench-quality "node missing"

build=${PRECIS_BENCH_BUILD:-build-quality}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPRECIS_BUILD_QUALITY=ON \
  -DPRECIS_BUILD_TESTS=OFF -DPRECIS_BUILD_TOOLS=ON >/dev/null
cmake --build "$build" -j2 --target precis_quality precis >/dev/null

echo "== npm ci (node-summarizer)" >&2
(cd bench/quality && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
  cannot_run bench-quality "npm ci in bench/quality failed"

work="$build/quality-work"
mkdir -p "$work"
args=(--data "$data" --node-script "$root/bench/quality/peers.js" --work "$work"
      --cli "$build/cli/precis" --junk-labels "$root/bench/quality/junk_lines.tsv"
      --reference "$root/bench/quality/reference.txt")
if [[ $mode == ci ]]; then
  args+=(--ci --check --process-docs 10)
fi
"$build/bench/quality/precis_quality" "${args[@]}" ${extra[@]+"${extra[@]}"}
