#!/usr/bin/env bash
# Installs Chromium and its WebDriver from Debian's packages when missing, for the browser test and
# make screenshot. Exits 1, saying so, when they are missing and cannot be installed.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if command -v apt-get >/dev/null 2>&1; then
    echo "installing: chromium chromium-driver" >&2
    { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver; } \
        >/dev/null 2>&1 || true
fi
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "install-browser.sh: chromium and chromium-driver are missing and cannot be installed" >&2
    exit 1
fi
