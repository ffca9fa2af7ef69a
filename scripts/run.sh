#!/usr/bin/env bash
# Builds precis and runs it.
#
#   scripts/run.sh                  build the WebAssembly module and the page,
#                                   serve it on http://localhost:8080/ (the
#                                   sample article is preloaded); PORT=N to
#                                   pick another port
#   scripts/run.sh --cli [ARGS]     the command-line tool instead: with no
#                                   ARGS it summarizes the bundled sample;
#                                   e.g. --cli article.txt --sentences 3
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
bash scripts/setup.sh

if [[ ${1:-} == --cli ]]; then
  shift
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$jobs" --target precis >/dev/null
  if (($#)); then
    exec build/cli/precis "$@"
  fi
  exec build/cli/precis --sample --keywords --facts --removed
fi

PRECIS_BUILD_TESTS=${PRECIS_BUILD_TESTS:-OFF} bash scripts/build-wasm.sh >/dev/null
node web/build-site.mjs >/dev/null
exec node scripts/serve.mjs build-wasm/site --port "${PORT:-8080}"
