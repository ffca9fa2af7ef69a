#!/usr/bin/env bash
# The speed benchmark: prints one table of stage times, end-to-end times
# (native, wasm in node, wasm in headless Chromium), throughput, peak memory
# and the same documents summarized by Open Text Summarizer (ots) and npm
# node-summarizer, for inputs of 1 KB .. 10 MB made from the BBC article
# texts of the shared data, plus one 800-word article.
#
#   bash scripts/bench-speed.sh [--quick]
#
# --quick: no 10 MB input, one repetition, a 10 s peer timeout (a minute or
# two on an idle machine).
# Builds what it needs: build-speed/ (native, Release, Google Benchmark from
# libbenchmark-dev), build-wasm/ via scripts/build-wasm.sh when missing, and
# node-summarizer via npm ci --prefix bench/quality. Parts whose tools are
# missing are skipped with a message; their cells show "-".
# Peers are timed on equal terms: in process (precis::Summarize and libots:
# warm-up run, then the median of the same number of runs; node-summarizer in
# one node process beside precis' wasm build: the same second of warm-up
# calls, then the median of the same runs) and as whole processes (the
# precis CLI and the ots command, start-up included, median of the same runs).
# The table ends with the targets, each met or not met.
# Environment: PRECIS_SHARED_DATA (default ../shared/data),
# PRECIS_WASM_DIR (default build-wasm/wasm), PRECIS_CHROMIUM. Without the
# data the run is skipped, or fails when CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
for arg in "$@"; do
  case $arg in
    --quick) quick=1 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "bench-speed: unknown argument $arg (try --help)" >&2; exit 2 ;;
  esac
done

data=${PRECIS_SHARED_DATA:-../shared/data}
jsonl=$data/bbc_news_summary.jsonl
source scripts/cannot-run.sh
[[ -f $jsonl ]] || cannot_run bench-speed "$jsonl is absent (the inputs are made from it; set PRECIS_SHARED_DATA)"
note() { echo "bench-speed: $*" >&2; }

# wasm_runs: timed summarize() calls in node and Chromium after the warm-up
# (cut short after 3 s), whose median the targets are judged by.
wasm_runs=31
if ((quick)); then
  repetitions=1; min_time=0.05; runs=5; peer_timeout=10
  sizes=(article 1KB 10KB 100KB 1MB)
else
  repetitions=5; min_time=0.3; runs=15; peer_timeout=60
  # 10 MB is over the engine's 4 MiB limit: its cells say "refused".
  sizes=(article 1KB 10KB 100KB 1MB 4MB 10MB)
fi

# Native build.
build=build-speed
note "building the native benchmark in $build/"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DPRECIS_BUILD_BENCH=ON \
  -DPRECIS_BUILD_TESTS=OFF -DPRECIS_BUILD_QUALITY=OFF -DPRECIS_BUILD_TOOLS=ON >/dev/null
cmake --build "$build" -j2 --target precis_speed precis >/dev/null
cli=$build/cli/precis
speed=$build/bench/speed/precis_speed
if [[ ! -x $speed ]]; then
  note "precis_speed was not built (apt-get install libbenchmark-dev)"
  exit 1
fi

# WebAssembly build.
wasm_dir=${PRECIS_WASM_DIR:-build-wasm/wasm}
if [[ ! -f $wasm_dir/precis-node.mjs && -z ${PRECIS_WASM_DIR:-} ]]; then
  note "no wasm build: running scripts/build-wasm.sh"
  PRECIS_BUILD_TESTS=OFF PRECIS_JOBS=2 bash scripts/build-wasm.sh >&2 ||
    note "the wasm build failed: wasm rows are skipped"
fi
have_wasm=0
[[ -f $wasm_dir/precis-node.mjs ]] && have_wasm=1

# Peers.
peer_modules=bench/quality/node_modules
if [[ ! -d $peer_modules/node-summarizer ]]; then
  note "installing node-summarizer (npm ci --prefix bench/quality)"
  npm ci --prefix bench/quality --no-audit --no-fund >&2 ||
    note "npm ci failed: node-summarizer rows are skipped"
fi
have_nodesum=0
[[ -d $peer_modules/node-summarizer ]] && have_nodesum=1
have_ots=0
command -v ots >/dev/null && have_ots=1 || note "ots not found (apt-get install ots): its rows are skipped"
if [[ ! -d node_modules/playwright-core ]]; then
  note "installing playwright-core (npm ci)"
  npm ci --no-audit --no-fund >&2 || note "npm ci failed: the Chromium row is skipped"
fi
have_browser=0
if ((have_wasm)) && [[ -x ${PRECIS_CHROMIUM:-/usr/bin/chromium} && -d node_modules/playwright-core ]]; then
  have_browser=1
else
  note "no Chromium or playwright-core (npm ci): the Chromium row is skipped"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node bench/speed/inputs.mjs "$jsonl" "$work" "${sizes[@]}" >"$work/inputs.txt"
mapfile -t labels < <(cut -d' ' -f1 "$work/inputs.txt")
mapfile -t files < <(cut -d' ' -f2 "$work/inputs.txt")
results=$work/results.jsonl
: >"$results"

note "native: stage times (Google Benchmark, $repetitions repetition(s))"
"$speed" --benchmark_repetitions="$repetitions" --benchmark_min_time="$min_time" \
  --benchmark_report_aggregates_only=true --benchmark_format=json \
  "${files[@]}" >"$work/native.json" 2>/dev/null

ms_now() { date +%s%N; }
# A peer that timed out on one size is not run on the larger ones.
ots_out=0
ots_in_out=0
frequency_out=0
rank_out=0
for k in "${!labels[@]}"; do
  label=${labels[$k]}
  file=${files[$k]}
  note "$label: peak memory, wasm, peers"
  if out=$("$speed" --peak-memory "$file"); then
    read -r kb ms <<<"$out"
    echo "{\"label\":\"$label\",\"kind\":\"peak\",\"kb\":$kb,\"ms\":$ms}" >>"$results"
  fi
  if ((have_wasm)); then
    if out=$(node bench/speed/wasm.mjs "$wasm_dir/precis-node.mjs" "$file" --runs "$wasm_runs"); then
      echo "{\"label\":\"$label\",\"kind\":\"wasm\",${out#\{}" >>"$results"
    fi
  fi
  # In process: precis and libots, warm, median of the same runs.
  n=$runs
  (($(stat -c %s "$file") >= 1000000)) && n=1
  # precis itself: as many runs as the wasm build gets (5 from 1 MB on).
  precis_n=$wasm_runs
  (($(stat -c %s "$file") >= 1000000)) && precis_n=5
  if out=$("$speed" --in-process "$file" "$precis_n" precis); then
    echo "{\"label\":\"$label\",\"kind\":\"inproc\",${out#\{}" >>"$results"
  fi
  if ((have_ots && !ots_in_out)); then
    if out=$(timeout "$peer_timeout" "$speed" --in-process "$file" "$n" ots); then
      echo "{\"label\":\"$label\",\"kind\":\"inproc_ots\",${out#\{}" >>"$results"
    else
      echo "{\"label\":\"$label\",\"kind\":\"inproc_ots\",\"timeout\":$peer_timeout}" >>"$results"
      ots_in_out=1
    fi
  fi
  # Whole process: the precis CLI, start-up included.
  if [[ -x $cli ]]; then
    times=()
    for ((r = 0; r < n; r++)); do
      t0=$(ms_now)
      "$cli" "$file" >/dev/null 2>&1 || true
      times+=($(( ($(ms_now) - t0) / 1000 )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (${#times[@]} + 1) / 2 ))p")
    echo "{\"label\":\"$label\",\"kind\":\"cli\",\"ms\":$median.0e-3}" >>"$results"
  fi
  if ((have_ots)); then
    times=()
    timed_out=$ots_out
    n=$runs
    (($(stat -c %s "$file") >= 1000000)) && n=1
    for ((r = 0; r < n && !timed_out; r++)); do
      t0=$(ms_now)
      if ! timeout "$peer_timeout" ots "$file" >/dev/null 2>&1; then
        timed_out=1
        ots_out=1
        break
      fi
      times+=($(( ($(ms_now) - t0) / 1000 )))
    done
    if ((timed_out)); then
      echo "{\"label\":\"$label\",\"kind\":\"ots\",\"timeout\":$peer_timeout}" >>"$results"
    else
      median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (${#times[@]} + 1) / 2 ))p")
      echo "{\"label\":\"$label\",\"kind\":\"ots\",\"ms\":$median.0e-3}" >>"$results"
    fi
  fi
  if ((have_nodesum)); then
    entry="{\"label\":\"$label\",\"kind\":\"nodesum\""
    for method in frequency rank; do
      flag=${method}_out
      if ((!${!flag})) && out=$(timeout "$peer_timeout" node bench/speed/peers.mjs "$peer_modules" "$file" 5 "$method" "$wasm_runs"); then
        entry+=",${out:1:${#out}-2}"
      else
        entry+=",\"${method}Timeout\":$peer_timeout"
        printf -v "$flag" 1
      fi
    done
    echo "$entry}" >>"$results"
  fi
done

if ((have_browser)); then
  note "headless Chromium: the article, 1 KB and 1 MB"
  browser_files=()
  for k in "${!labels[@]}"; do
    case ${labels[$k]} in
      article | 1KB | 1MB) browser_files+=("${files[$k]}") ;;
    esac
  done
  node bench/speed/browser.mjs "$wasm_dir" "${browser_files[@]}" --runs "$wasm_runs" |
    while read -r line; do
      f=$(sed -E 's/.*"file":"([^"]*)".*/\1/' <<<"$line")
      label=$(awk -v f="$f" '$2 == f {print $1}' "$work/inputs.txt")
      echo "{\"label\":\"$label\",\"kind\":\"browser\",${line#\{}" >>"$results"
    done || note "the Chromium run failed"
fi

echo
echo "precis speed ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); times are medians; 1 MB = 10^6 bytes of BBC news text)"
node bench/speed/table.mjs "$work"
