#!/usr/bin/env bash
# The report screenshots of the README: docs/report-seeds.png (the five seed articles) and, given a
# JSONL file of articles, docs/report-feed.png (a larger run). Needs chromium and pngquant (Debian).
#   docs/screenshots.sh [ARTICLES.jsonl [TITLE]]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() {  # report.html png height
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,"$3" \
    --screenshot="$work/shot.png" "file://$(realpath "$1")" 2>/dev/null
  pngquant --force --quality=40-80 --speed 1 --output "$2" "$work/shot.png"
  echo "$2: $(stat -c %s "$2") bytes"
}

"$BIN/syriadiplo" extract -q seeds/ > "$work/seeds.jsonl"
"$BIN/syriadiplo" report "$work/seeds.jsonl" -o "$work/seeds.html" --title "syriadiplo report: the five seed articles"
shoot "$work/seeds.html" docs/report-seeds.png 1500
if [ $# -ge 1 ]; then
  "$BIN/syriadiplo" extract -q --max-size 0 "$1" > "$work/feed.jsonl"
  "$BIN/syriadiplo" report "$work/feed.jsonl" -o "$work/feed.html" --title "${2:-syriadiplo report}"
  shoot "$work/feed.html" docs/report-feed.png 1500
fi
