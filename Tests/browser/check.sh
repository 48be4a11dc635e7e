#!/usr/bin/env bash
# The site in a real browser: headless Chromium on file:// URLs. Search finds entities as you type and by
# keyboard, the timeline filters work, and no page logs a JavaScript error. Part of `make test` when a
# browser is installed (.ci/run installs one); skipped with a message otherwise.
set -uo pipefail
cd "$(dirname "$0")/../.."

browser=""
for b in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$b" >/dev/null 2>&1; then browser="$b"; break; fi
done
if [ -z "$browser" ]; then
  echo "browser check: skipped (no chromium on this machine; apt-get install chromium to run it)"
  exit 0
fi

dossier=.build/debug/dossier
[ -x "$dossier" ] || dossier=.build/release/dossier
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$dossier" build --seeds seeds --templates Templates --output "$work/Site" >/dev/null || { echo "browser check: build failed"; exit 1; }
cp Tests/browser/keyboard.html "$work/Site/keyboard-check.html"
site="file://$work/Site"

passed=0
failed=0
check() {  # name, condition result (0 = ok), detail
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "  ok    $1"; else failed=$((failed + 1)); echo "  FAIL  $1: $3"; fi
}
dom() {  # url → DOM after scripts ran
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --virtual-time-budget=4000 --dump-dom "$1" 2>/dev/null
}

echo "browser check with $("$browser" --version 2>/dev/null | head -1)"

out=$(dom "$site/search.html?q=Qods")
echo "$out" | grep -q 'role="option".*href="entities/qods-force.html"\|href="entities/qods-force.html"' ; r=$?
echo "$out" | grep -q 'role="option"' || r=1
check "typing “Qods” finds the Qods Force" $r "no result links to entities/qods-force.html"

out=$(dom "$site/search.html?q=Soleimani")
echo "$out" | grep -q 'href="entities/qassem-soleimani.html"'; check "“Soleimani” finds Qassem Soleimani" $? "no result for the entity"
echo "$out" | grep -q '<mark>Soleimani</mark>'; check "matching sentences are shown with the words highlighted" $? "no highlighted sentence"

out=$(dom "$site/keyboard-check.html")
echo "$out" | grep -q 'KEYBOARD-OK'; check "results appear as you type and the arrow keys move through them" $? "$(echo "$out" | grep -o 'FAIL[^<]*' | head -1)"

out=$(dom "$site/timeline.html?entity=moscow")
hidden=$(echo "$out" | grep -c '<li class="event[^"]*" id="[^"]*" data-entities="[^"]*" data-sources="[^"]*" hidden')
shown_moscow=$(echo "$out" | grep '<li class="event' | grep -v ' hidden' | grep -vc 'moscow')
[ "$hidden" -gt 0 ] && [ "$shown_moscow" -eq 0 ]; check "the timeline's entity filter hides the other events" $? "hidden=$hidden, shown without moscow=$shown_moscow"
echo "$out" | grep -q '<form class="timeline-filter" id="timeline-filter">'; check "the filter form is shown when scripts run" $? "still hidden"

out=$(dom "$site/timeline.html?source=001-ecda487d86459dd8")
others=$(echo "$out" | grep '<li class="event' | grep -v ' hidden' | grep -vc 'data-sources="001-ecda487d86459dd8"')
[ "$others" -eq 0 ]; check "the timeline's source filter" $? "$others events of other sources shown"

# A split timeline (ten years of 30 long events, one page a year): each page lists every period, made by
# timeline.js from timeline/periods.js, with the year shown marked.
mkdir -p "$work/split/seeds"
filler=$(printf 'the committee heard evidence about the harbour works %.0s' $(seq 19))
for year in $(seq 1990 1999); do
  { printf 'Year %s\n\n' "$year"; for i in $(seq 0 29); do printf 'In March %s, item %s of %sended. ' "$year" "$i" "$filler"; done; echo; } > "$work/split/seeds/y$year.txt"
done
if "$dossier" build --seeds "$work/split/seeds" --templates Templates --output "$work/split/Site" >/dev/null 2>&1; then
  out=$(dom "file://$work/split/Site/timeline/1993.html")
  periods=$(echo "$out" | tr '\n' ' ' | grep -o '<ul class="periods" id="timeline-periods"[^>]*>.*</ul>' | head -1)
  echo "$periods" | grep -q '<strong aria-current="page">1993</strong>' && echo "$periods" | grep -q '<a href="../timeline/1999.html">1999</a>' \
    && ! echo "$periods" | grep -q ' hidden'
  check "each page of a split timeline lists every period, the one shown marked" $? "$(echo "$periods" | head -c 300)"
else
  check "a split timeline builds" 1 "build failed"
fi

errors=0
for page in index.html sources/000-d61b4cd82a6f2c4c.html entities/qassem-soleimani.html entities/index.html \
            timeline.html graph.html annotations.html review.html "search.html?q=Moscow" "split:timeline/1993.html"; do
  log=$(timeout 60 "$browser" --headless --no-sandbox --disable-gpu --virtual-time-budget=3000 --enable-logging=stderr --v=0 \
        --dump-dom "$(case $page in split:*) echo "file://$work/split/Site/${page#split:}";; *) echo "$site/$page";; esac)" 2>&1 >/dev/null | grep -i 'CONSOLE' | grep -iE 'error|uncaught|failed' || true)
  if [ -n "$log" ]; then errors=$((errors + 1)); echo "    console on $page: $log"; fi
done
[ "$errors" -eq 0 ]; check "no console errors on ten pages" $? "$errors pages logged errors"

# A hostile corpus (Tests/hostile/make_corpus.py): script in every field a source can carry, odd file names,
# links out of the folder. Every page is opened; a payload that ran would mark the page data-pwned="1".
if command -v python3 >/dev/null 2>&1; then
  python3 Tests/hostile/make_corpus.py "$work/hostile" 1 >/dev/null
  if "$dossier" build --seeds "$work/hostile/seeds" --templates Templates --output "$work/hostile/Site" >/dev/null 2>&1; then
    pwned=0; pages=0
    while IFS= read -r -d '' page; do
      pages=$((pages + 1))
      if dom "file://$page" | grep -q 'data-pwned="1"'; then pwned=$((pwned + 1)); echo "    script ran on ${page#$work/hostile/Site/}"; fi
    done < <(find "$work/hostile/Site" -name '*.html' -print0)
    search=$(dom "file://$work/hostile/Site/search.html?q=script")
    echo "$search" | grep -q 'data-pwned="1"' && pwned=$((pwned + 1))
    [ "$pwned" -eq 0 ] && [ "$pages" -gt 10 ]; check "no script of a hostile corpus runs on any of its $pages pages or in search" $? "$pwned pages ran a payload"
    grep -rq PRIVATE-MARKER "$work/hostile/Site"; [ $? -ne 0 ]; check "nothing behind a link out of the seeds folder is published" $? "PRIVATE-MARKER found in the site"
  else
    check "the hostile corpus builds" 1 "build failed"
  fi
fi

# Readable at scale: the seeds' site and a generated dossier of a few hundred articles, measured in the
# browser (overlapping circles and labels on graph.html and the three strongest entities' pages, at a wide
# and a narrow window), page sizes and click depth. Tests/browser/measure.sh prints the same figures for
# any built site (combine-corpora.py builds a large seeds folder from copies of real corpora).
judge() {  # site, label
  local figures bad
  figures=$(bash Tests/browser/measure.sh "$1" "$browser")
  bad=$(echo "$figures" | grep '^overlaps' | grep -v 'circles=0 labels=0' || true)
  [ -z "$bad" ] && echo "$figures" | grep -q '^overlaps graph.html'
  check "$2: no two circles and no two labels overlap on graph.html and three entity pages" $? "$(echo "$bad" | head -3)"
  local biggest; biggest=$(echo "$figures" | sed -n 's/^maxbytes //p')
  [ "${biggest%% *}" -le 307200 ]; check "$2: no page over 300 KB (largest: $biggest)" $? "$biggest"
  echo "$figures" | grep -q '^unreached 0 '; check "$2: every page within three clicks of the front page" $? "$(echo "$figures" | grep '^unreached')"
}
judge "$work/Site" "seeds"
bench=.build/debug/dossier-bench
[ -x "$bench" ] || bench=.build/release/dossier-bench
if [ -x "$bench" ] && command -v python3 >/dev/null 2>&1; then
  generated=$(DOSSIER_BENCH_KEEP=1 TMPDIR="$work" "$bench" "${BROWSER_CHECK_ARTICLES:-200}" | sed -n 's/^kept //p')
  if [ -n "$generated" ] && [ -d "$generated/Site" ]; then
    judge "$generated/Site" "${BROWSER_CHECK_ARTICLES:-200} generated articles"
  else
    check "a generated dossier builds" 1 "dossier-bench kept no site"
  fi
else
  echo "  skip  the generated dossier (needs dossier-bench built and python3)"
fi

echo "browser check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
