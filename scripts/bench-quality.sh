#!/usr/bin/env bash
# Summary quality table: precis, its ranking variants, Lead and plain
# TextRank baselines, Open Text Summarizer and npm node-summarizer run live,
# ROUGE-1/2/L F1 on the shared CNN/DM-100 and BBC data, time per document.
#
#   scripts/bench-quality.sh          full run (BBC: first 500 articles)
#   scripts/bench-quality.sh --ci     reduced (BBC: first 100), a few minutes;
#                                     exits non-zero when precis misses its
#                                     CNN/DM targets
#
# Needs: Debian ots libots-dev libglib2.0-dev pkg-config, node and npm, and
# the shared data beside the checkout (../shared/data) or in
# PRECIS_SHARED_DATA.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

mode=full
for arg in "$@"; do
  case "$arg" in
    --ci) mode=ci ;;
    *) echo "usage: $0 [--ci]" >&2; exit 2 ;;
  esac
done

data=${PRECIS_SHARED_DATA:-$root/../shared/data}
for f in summeval_cnndm100.jsonl bbc_news_summary.jsonl; do
  if [[ ! -r $data/$f ]]; then
    echo "bench-quality: $data/$f not found (set PRECIS_SHARED_DATA)" >&2
    exit 2
  fi
done
if ! pkg-config --exists libots-1; then
  echo "bench-quality: libots-1 missing: apt-get install -y ots libots-dev libglib2.0-dev pkg-config" >&2
  exit 2
fi

build=${PRECIS_BENCH_BUILD:-build-quality}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPRECIS_BUILD_QUALITY=ON \
  -DPRECIS_BUILD_TESTS=OFF -DPRECIS_BUILD_TOOLS=OFF >/dev/null
cmake --build "$build" -j2 --target precis_quality >/dev/null

echo "== npm ci (node-summarizer)" >&2
(cd bench/quality && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

work="$build/quality-work"
mkdir -p "$work"
args=(--data "$data" --node-script "$root/bench/quality/peers.js" --work "$work")
if [[ $mode == ci ]]; then
  args+=(--ci --check)
fi
"$build/bench/quality/precis_quality" "${args[@]}"
