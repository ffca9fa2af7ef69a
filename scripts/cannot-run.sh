# shellcheck shell=bash
# Sourced by the benchmark scripts. `cannot_run WHO WHY`: a benchmark that
# lacks what it needs (the shared data, a peer) is skipped with exit 0, or
# fails with exit 2 under CI=true, where nothing may be missing.
cannot_run() {
  local who=$1
  shift
  if [[ ${CI:-} == true ]]; then
    echo "$who: FAILED (CI=true): $*" >&2
    exit 2
  fi
  echo "$who: skipped: $*"
  exit 0
}
