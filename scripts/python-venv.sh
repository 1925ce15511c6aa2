#!/usr/bin/env bash
# Makes the virtualenv the benchmarks and the SPARQL differential test use (pyoxigraph, rdflib from PyPI),
# when it is missing, and prints its python. Usage: scripts/python-venv.sh [REQUIREMENTS] [VENV]
set -euo pipefail
requirements="${1:-../shared/bench/requirements.txt}"
venv="${2:-.build/bench-venv}"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pyoxigraph" 2>/dev/null; then
    python3 -m venv "$venv" >&2
    if [ -f "$requirements" ]; then
        "$venv/bin/python" -m pip install -q -r "$requirements" >&2
    else
        "$venv/bin/python" -m pip install -q pyoxigraph >&2
    fi
fi
echo "$venv/bin/python"
