#!/usr/bin/env bash
# Installs what is needed, builds precis and runs every test suite:
# format, lint and type checks (C++ and JS), native GoogleTest + CLI tests,
# the Python module with its JSON Lines and Dask tests,
# the worst-case time suite, the sentence-splitting report, the page-furniture audit of the
# summaries and key facts, the same GoogleTest suite under node
# against the WebAssembly build, the JS tests,
# the browser end-to-end tests in headless Chromium, the quality
# benchmark on a reduced set (it fails when precis falls behind its targets)
# and the HTML extraction benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
stage() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

stage "setup"
bash scripts/setup.sh

stage "code checks: C++ format, generated language tables, mutation list"
bash scripts/check-format.sh
node scripts/gen-language-data.mjs --check
python3 scripts/mutate.py --check

stage "native build and tests"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPRECIS_WERROR=ON \
  -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

stage "clang-tidy"
bash scripts/check-tidy.sh build

stage "Python module and JSON Lines corpora (threads, Dask LocalCluster)"
bash scripts/test-python.sh

stage "JS lint and type check"
npm run --silent lint
npm run --silent typecheck

stage "fuzzing, short run (ASan + UBSan)"
nice bash scripts/fuzz.sh 30 -print_final_stats=0 >build/fuzz-ci.log 2>&1 || {
  tail -n 60 build/fuzz-ci.log; exit 1; }
tail -n 1 build/fuzz-ci.log

stage "worst-case time suite (growth of every stage per doubling of the input)"
build/tools/precis_growth --runs 5

stage "sentence splitting against the gold set"
build/tools/precis_segeval --min-english-golden 0.98 --min-rate 0.95 --min-cases 20

stage "page furniture (captions, video and shopping prompts, offers) in summaries and key facts"
node scripts/audit-furniture.mjs build/cli/precis

stage "key-fact rules on SummEval-100, all BBC articles and the pasted articles"
build/tools/precis_fact_audit >build/fact-audit.log || { head -n 60 build/fact-audit.log; exit 1; }
head -n 5 build/fact-audit.log

stage "WebAssembly build and the GoogleTest suite under node"
bash scripts/build-wasm.sh
ctest --test-dir build-wasm --output-on-failure -j"$jobs"

stage "JS tests"
npm run --silent pack:package
PRECIS_CLI=build/cli/precis npm run --silent test:js

stage "static site, extension packages and browser tests"
npm run --silent build:site
npm run --silent package:extension
PRECIS_REQUIRE_BROWSER=1 npm run --silent test:browser

stage "quality benchmark (reduced set)"
bash scripts/bench-quality.sh --ci

stage "article text from HTML against Readability.js (labelled pages)"
node scripts/bench-extract.mjs --ci
