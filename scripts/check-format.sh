#!/usr/bin/env bash
# Checks that the C++ sources follow .clang-format (exits non-zero and lists
# the files that do not). With --fix, formats them in place.
set -euo pipefail
cd "$(dirname "$0")/.."
# The generated language tables are data, not formatted code.
mapfile -t files < <(git ls-files '*.cc' '*.h' ':!core/src/lang/language_data.cc')
if [[ ${1:-} == --fix ]]; then
  clang-format -i "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
  printf 'check-format: not formatted (run scripts/check-format.sh --fix):\n' >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
