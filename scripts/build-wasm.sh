#!/usr/bin/env bash
# Builds the WebAssembly module into build-wasm/ (or BUILD_DIR):
#   build-wasm/wasm/precis.mjs + precis.wasm   browser/worker ES module
#   build-wasm/wasm/precis-node.mjs            node ES module (wasm embedded)
# and, unless PRECIS_BUILD_TESTS=OFF, the GoogleTest suite for node
# (run it with: ctest --test-dir build-wasm). Warnings are errors unless
# PRECIS_WERROR=OFF.
#
#   scripts/build-wasm.sh [BUILD_DIR]
#
# Installs nothing: needs emscripten, nodejs, cmake, dpkg-dev, build-essential,
# perl, nlohmann-json3-dev and googletest (scripts/setup.sh). Fetches the C
# dependencies' sources once (scripts/fetch-wasm-deps.sh); re-runs are
# incremental and offline.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build-wasm}
jobs=${PRECIS_JOBS:-$(nproc 2>/dev/null || echo 2)}

for tool in emcmake emcc node cmake; do
  command -v "$tool" >/dev/null || {
    echo "build-wasm: '$tool' not found (scripts/setup.sh installs it)" >&2
    exit 1
  }
done
# Debian's emscripten needs node's system modules (acorn) on NODE_PATH.
export NODE_PATH=${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs

bash scripts/fetch-wasm-deps.sh "$build_dir"

# Configuring an existing build directory takes a few seconds and picks up
# changed settings (PRECIS_BUILD_TESTS=OFF: the modules only; PRECIS_WERROR;
# PRECIS_WASM_OPT=-Oz and PRECIS_WASM_MALLOC=emmalloc: the smaller, slower module).
emcmake cmake -S . -B "$build_dir" \
  -DCMAKE_BUILD_TYPE=Release \
  -DPRECIS_BUILD_TESTS="${PRECIS_BUILD_TESTS:-ON}" \
  -DPRECIS_WERROR="${PRECIS_WERROR:-ON}" \
  -DPRECIS_WASM_OPT="${PRECIS_WASM_OPT:--O2}" \
  -DPRECIS_WASM_MALLOC="${PRECIS_WASM_MALLOC:-dlmalloc}" \
  -DCMAKE_CROSSCOMPILING_EMULATOR="$(command -v node)" >/dev/null
cmake --build "$build_dir" -j"$jobs"

out=$build_dir/wasm
size() { stat -c %s "$1"; }
gzsize() { gzip -9c "$1" | wc -c; }
echo "build-wasm: sizes (bytes, raw / gzip -9)"
for f in precis.wasm precis.mjs precis-node.mjs; do
  [[ -f $out/$f ]] && printf '  %-16s %9d %9d\n' "$f" "$(size "$out/$f")" "$(gzsize "$out/$f")"
done
