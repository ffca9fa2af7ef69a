#!/usr/bin/env bash
# Runs clang-tidy (the checks of .clang-tidy) over the core, the CLI and the
# tools, using the compile commands of a native build:
#
#   scripts/check-tidy.sh [BUILD_DIR]   (default: build, configured with
#                                        -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)
#
# Exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
if [[ ! -r $build/compile_commands.json ]]; then
  echo "check-tidy: $build/compile_commands.json missing: configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON" >&2
  exit 2
fi
command -v clang-tidy >/dev/null || { echo "check-tidy: clang-tidy not found (apt-get install clang-tidy)" >&2; exit 2; }
mapfile -t files < <(git ls-files 'core/src/*.cc' 'cli/*.cc' 'tools/*.cc' ':!core/src/lang/language_data.cc')
jobs=$(nproc 2>/dev/null || echo 2)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! printf '%s\n' "${files[@]}" |
    xargs -P "$jobs" -n 4 clang-tidy -p "$build" --quiet >"$log" 2>&1; then
  grep -E '(warning|error):' "$log" | sort -u >&2 || cat "$log" >&2
  echo "check-tidy: findings above (see .clang-tidy)" >&2
  exit 1
fi
echo "check-tidy: ${#files[@]} files clean"
