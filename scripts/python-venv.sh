#!/usr/bin/env bash
# Makes the virtualenv the benchmarks and the SPARQL differential test use (pyoxigraph, rdflib from PyPI),
# when it is missing, and prints its python. Usage: scripts/python-venv.sh [REQUIREMENTS] [VENV] [MODULE]
# (MODULE: one the virtualenv must import, else it is made again; pyoxigraph by default).
# Exits 1, saying what it could not install, when the virtualenv cannot be made (no python3-venv, no PyPI).
set -euo pipefail
requirements="${1:-../shared/bench/requirements.txt}"
venv="${2:-.build/bench-venv}"
module="${3:-pyoxigraph}"
if [ -f "$requirements" ]; then packages=(-r "$requirements"); else packages=(pyoxigraph); fi
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import $module" 2>/dev/null; then
    if ! { python3 -m venv "$venv" && "$venv/bin/python" -m pip install -q "${packages[@]}"; } >&2; then
        echo "python-venv.sh: cannot install ${packages[*]} into $venv" >&2
        exit 1
    fi
fi
echo "$venv/bin/python"
