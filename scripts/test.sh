#!/usr/bin/env bash
# Installs what is needed, builds precis and runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/setup.sh

echo "== native build and tests"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPRECIS_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"
