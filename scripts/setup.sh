#!/usr/bin/env bash
# Installs what precis needs to build and test on Debian bookworm (as root,
# or with sudo): compilers and libraries from Debian, JS packages from npm.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  nlohmann-json3-dev libutf8proc-dev libstemmer-dev  # the core's libraries
  googletest libgtest-dev libbenchmark-dev           # tests and benchmarks
  emscripten dpkg-dev perl                           # the WebAssembly build
  chromium                                           # browser tests
  fonts-wqy-microhei                                 # CJK glyphs in the browser tests
  firefox-esr                                        # the extension's Firefox tests
  clang-14 libclang-rt-14-dev                        # libFuzzer, ASan, UBSan
  clang-format clang-tidy                            # C++ format and lint checks
  ots libots-dev libglib2.0-dev                      # quality benchmark peer
  wordnet-base                                       # ROUGE's WordNet exception lists
  unzip                                              # the extension package check
  python3-dev python3-venv python3-pip python3-setuptools python3-wheel  # the Python module:
  pybind11-dev python3-pybind11 python3-pytest       # its build and tests,
  python3-dask python3-distributed                   # corpora on a Dask cluster
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# JS packages (exact versions from the lock files).
command -v npm >/dev/null || { echo "setup: npm not found (install Node.js 20)" >&2; exit 1; }
if [[ ! -d node_modules/playwright-core || ! -d node_modules/puppeteer-core
      || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
