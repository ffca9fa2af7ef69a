#!/usr/bin/env bash
# Builds the command-line tool and summarizes the bundled sample article
# (or the files and options given: scripts/run.sh article.txt --sentences 3).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc 2>/dev/null || echo 2)" --target precis >/dev/null
if (($#)); then
  exec build/cli/precis "$@"
fi
exec build/cli/precis --sample --keywords --facts --removed
