#!/usr/bin/env bash
# Figures of a built site in headless Chromium: overlapping circles and labels on graph.html and on the
# entity pages of the three strongest entities (each at a wide and a narrow width), the largest HTML pages
# and the click depth of every page from index.html. Usage: Tests/browser/measure.sh SITE [BROWSER]
# Prints `name value` lines; check.sh turns them into pass/fail.
set -uo pipefail
site=$(cd "$1" && pwd)
browser=${2:-chromium}
here=$(cd "$(dirname "$0")" && pwd)
entities=$(grep -o 'href="entities/[^"]*\.html" class="node' "$site/graph.html" | head -3 | sed 's/href="//; s/" class="node//')
list=$(for p in graph.html $entities; do printf '"%s",' "$p"; done)
cp "$here/measure.js" "$site/measure-check.js"
cat > "$site/measure-check.html" <<HTML
<!DOCTYPE html><html><head><meta charset="utf-8"><title>measure</title></head><body><pre id="measure"></pre>
<script>window.MEASURE_PAGES = [${list%,}]; window.MEASURE_WIDTHS = [1280, 420];</script>
<script src="measure-check.js"></script></body></html>
HTML
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --allow-file-access-from-files --window-size=1400,1000 \
  --virtual-time-budget=20000 --dump-dom "file://$site/measure-check.html" 2>/dev/null \
  | grep -o 'MEASURE [^<]*' | sed 's/^MEASURE /overlaps /'
rm -f "$site/measure-check.html" "$site/measure-check.js"
python3 "$here/site_figures.py" "$site" 3
