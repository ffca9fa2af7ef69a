#!/usr/bin/env bash
# Builds the libFuzzer target (clang, ASan + UBSan) into build-fuzz/ and runs
# it over fuzz/corpus and fuzz/regressions for SECONDS (default 60).
#   bash scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]
# New inputs go to build-fuzz/corpus (not the committed seed corpus); a
# finding is written to build-fuzz/crash-* and the script exits non-zero.
# Keep a finding's reproducer in fuzz/regressions/ once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
CXX_BIN="${CXX_FUZZ:-clang++-14}"
CC_BIN="${CC_FUZZ:-clang-14}"
if ! command -v "$CXX_BIN" >/dev/null; then
  echo "fuzz.sh: $CXX_BIN not found (apt-get install -y clang-14)" >&2
  exit 2
fi

sanitize="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER="$CC_BIN" -DCMAKE_CXX_COMPILER="$CXX_BIN" \
  -DCMAKE_C_FLAGS="$sanitize" -DCMAKE_CXX_FLAGS="$sanitize" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DPRECIS_BUILD_FUZZ=ON -DPRECIS_BUILD_TESTS=OFF -DPRECIS_BUILD_TOOLS=OFF \
  -DPRECIS_BUILD_QUALITY=OFF -DPRECIS_WERROR=ON >/dev/null
cmake --build build-fuzz -j2 --target precis_fuzz

mkdir -p build-fuzz/corpus
cd build-fuzz
export ASAN_OPTIONS="${ASAN_OPTIONS:-allocator_may_return_null=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
exec ./fuzz/precis_fuzz corpus ../fuzz/corpus ../fuzz/regressions \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 "$@"
