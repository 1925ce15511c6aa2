#!/usr/bin/env bash
# Opens a rendered SVG in headless Chromium and saves a screenshot, to look at what users see.
# Usage: scripts/screenshot.sh [FILE.svg] [OUT.png]   (default Output/china.svg -> Output/china.png)
set -euo pipefail
svg=${1:-Output/china.svg}
png=${2:-${svg%.svg}.png}
[ -f "$svg" ] || { echo "screenshot: $svg is missing; run make demo first" >&2; exit 1; }
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } || true
    browser=$(command -v chromium || true)
fi
if [ -z "$browser" ]; then
    echo "screenshot: skipped, chromium is not installed and cannot be installed here" >&2
    exit 0
fi
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1600,1200 \
    --screenshot="$(realpath -m "$png")" "file://$(realpath "$svg")" >/dev/null 2>&1
[ -s "$png" ] || { echo "screenshot: chromium wrote no image" >&2; exit 1; }
echo "$png"
