#!/usr/bin/env bash
# The corpus benchmark: documents per second on 1, 2 and all cores for the
# three ways of summarizing a JSON Lines corpus (the native CLI's --jsonl
# --jobs N, Python threads, Dask with N worker processes), the scaling
# ratio, and the target: all cores at least 0.8 x cores x the one-core rate
# (met or not met). Every output is checked to be the bytes of
# `precis --jsonl --jobs 1`.
#
#   bash scripts/bench-batch.sh [--docs N] [--runs R]
#
# The corpus is the BBC article set of the shared data (2,225 articles,
# bbc_news_summary.jsonl: its "id" and "text" are the line's; other keys
# are ignored); --docs N takes the first N (default all), --runs R the best
# of R runs (default 3). Builds the CLI in build/ and the Python module in
# build/python-venv (as scripts/test-python.sh). Environment:
# PRECIS_SHARED_DATA (default ../shared/data). Without the data the run is
# skipped, or fails when CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."

docs=0
runs=3
while (($#)); do
  case $1 in
    --docs) docs=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench-batch: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done

data=${PRECIS_SHARED_DATA:-../shared/data}
jsonl=$data/bbc_news_summary.jsonl
source scripts/cannot-run.sh
[[ -f $jsonl ]] || cannot_run bench-batch "$jsonl is absent (the corpus is made from it; set PRECIS_SHARED_DATA)"

jsonl=$(realpath "$jsonl")  # the run below starts in bench/batch

echo "bench-batch: building the CLI and the Python module" >&2
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 --target precis >/dev/null
venv=build/python-venv
[[ -x $venv/bin/python ]] || "${PRECIS_PYTHON:-/usr/bin/python3}" -m venv --system-site-packages "$venv"
"$venv/bin/pip" install --no-build-isolation --no-index --quiet .
cd bench/batch
exec "../../$venv/bin/python" bench_batch.py --cli ../../build/cli/precis --corpus "$jsonl" \
  --docs "$docs" --runs "$runs"
