#!/usr/bin/env bash
# Installs the system packages geokg builds against, when they are missing (Debian/Ubuntu, apt-get).
set -euo pipefail

need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if command -v pkg-config >/dev/null 2>&1; then
    pkg-config --exists sqlite3 || need+=(libsqlite3-dev)
    pkg-config --exists libgvc || need+=(graphviz-dev)
else
    need+=(libsqlite3-dev graphviz-dev)
fi
command -v dot >/dev/null 2>&1 || need+=(graphviz)

if [ ${#need[@]} -gt 0 ]; then
    echo "installing: ${need[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
