#!/usr/bin/env bash
# `make fuzz SECONDS=N [FUZZ="target ..."]`: runs each libFuzzer target for N seconds, one at a time, from the seed
# inputs in Tests/Fuzz/seeds and every input that ever failed (Tests/DossierKitTests/FuzzRegressions). Inputs
# that fail now are copied into the regression folder, which `make test` replays through the same checks.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
only=${2:-}
bin=.build-fuzz/release
work=.build-fuzz/work
declare -A products=([article]=FuzzArticle [front-matter]=FuzzFrontMatter [config]=FuzzConfig
                     [dates]=FuzzDates [names]=FuzzNames [markdown]=FuzzMarkdown)
status=0
# No leak detection: Swift's lazily initialised globals (a `static let`) look like leaks to LeakSanitizer.
export ASAN_OPTIONS=detect_leaks=0
for target in article front-matter config dates names markdown; do
  [ -n "$only" ] && [[ " $only " != *" $target "* ]] && continue
  corpus=$work/corpus/$target artifacts=$work/artifacts/$target regressions=Tests/DossierKitTests/FuzzRegressions/$target
  mkdir -p "$corpus" "$artifacts" "$regressions"
  cp -n Tests/Fuzz/seeds/$target/* "$corpus"/ 2>/dev/null
  cp -n "$regressions"/* "$corpus"/ 2>/dev/null
  log=$work/$target.log
  : >"$log"
  # libFuzzer stops at the first failure: it is started again on what is left of the time (the failing input
  # is saved in $artifacts), at most 30 times, so one run finds every kind of failure it can.
  runs=0 started=$(date +%s) restarts=0
  while :; do
    left=$((seconds - ($(date +%s) - started)))
    [ "$left" -ge 5 ] && [ "$restarts" -lt 30 ] || break
    "$bin/${products[$target]}" "$corpus" -max_total_time="$left" -timeout=10 -rss_limit_mb=3072 -max_len=4096 -detect_leaks=0 \
      -dict=Tests/Fuzz/dictionaries/$target.dict -artifact_prefix="$artifacts/" -print_final_stats=1 >>"$log" 2>&1
    code=$?
    n=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    runs=$((runs + ${n:-0}))
    [ "$code" -eq 0 ] && break
    restarts=$((restarts + 1))
  done
  found=0
  for f in "$artifacts"/*; do
    [ -e "$f" ] || continue
    name=$(basename "$f")
    [ -e "$regressions/$name" ] || { cp "$f" "$regressions/$name"; found=$((found + 1)); }
  done
  echo "fuzz $target: $runs executions in ${seconds}s, $restarts failure(s), $found new failing input(s) (log: $log)"
  [ "$found" -eq 0 ] || status=1
done
exit $status
