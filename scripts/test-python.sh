#!/usr/bin/env bash
# Builds the Python module and runs its tests: the typed API, envelopes and
# JSON Lines output equal to the native CLI's, threads, and a Dask
# LocalCluster with two worker processes.
#
#   bash scripts/test-python.sh [PYTEST_ARGS...]
#
# Uses Debian's Python (/usr/bin/python3, which has Debian's pybind11, dask
# and distributed): installs the package offline into the virtual
# environment build/python-venv (made with --system-site-packages), building
# it in build-python/. Needs the native CLI (build/cli/precis, or PRECIS_CLI).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PRECIS_PYTHON:-/usr/bin/python3}
venv=build/python-venv
export PRECIS_CLI=${PRECIS_CLI:-$PWD/build/cli/precis}
[[ -x $PRECIS_CLI ]] || { echo "test-python: $PRECIS_CLI missing (build the CLI first)" >&2; exit 2; }
[[ -x $venv/bin/python ]] || "$python" -m venv --system-site-packages "$venv"
"$venv/bin/pip" install --no-build-isolation --no-index --quiet .
# Run from the tests' folder, so that the installed package is imported,
# not the source folder python/precis.
cd python/tests
exec "../../$venv/bin/python" -m pytest -q -p no:cacheprovider -W ignore::DeprecationWarning "$@" .
