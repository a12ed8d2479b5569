#!/usr/bin/env bash
# `azsy synth` of the work tree against the tool at an earlier revision, in one run: each is started
# RUNS times in turn (interleaved, so a busy moment of the machine hits both alike), writing EVENTS
# synthetic events with seed 1; the medians of wall time and of CPU time (user + system, children
# included) are printed with the ratio of the work tree's to BASE's, and whether the two files hold the
# same change log for the generated rows (the SHA-256 of every fact_changes row of a synthetic row, in
# order, without its change_id: BASE may hold fewer real facts, whose rows come first).
#   bench/synthtime.sh [RUNS] [BASE] [EVENTS]      (defaults: 3 runs, BASE = main, 100000 events)
# It publishes the tool of the work tree and of BASE (from `git archive`) into bench/bin-synthtime/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
base=${2:-main}
events=${3:-100000}
out=bench/bin-synthtime
source bench/timing.sh
needs synthtime
publish_tools "$out" "$base"

names=(base head)
declare -A wall cpu
for ((i = 0; i < runs; i++)); do
  for name in "${names[@]}"; do
    rm -f "$out/files/$name.db"
    time_into "$name" "$out/$name/azsy synth --events $events --seed 1 -o $out/files/$name.db"
  done
done
echo "$(machine), $runs runs each, $events events"
printf '| %-22s | %9s | %9s | %s |\n' "azsy synth" "wall (s)" "CPU (s)" "CPU of each run (s)"
printf '|%s|%s|%s|%s|\n' "------------------------" "----------:" "----------:" "---"
for name in "${names[@]}"; do
  label=$([ "$name" = base ] && echo "$base" || echo "work tree")
  printf '| %-22s | %9.2f | %9.2f | %s |\n' "$label" "$(echo "${wall[$name]}" | median)" "$(echo "${cpu[$name]}" | median)" "${cpu[$name]}"
done
echo "work tree ÷ $base, CPU: $(echo "$(echo "${cpu[head]}" | median) / $(echo "${cpu[base]}" | median)" | bc -l | cut -c1-4)"
log() { sqlite3 "$1" "SELECT release, table_name, row_key, action, field, old_value, new_value, reason, source_id, script FROM fact_changes WHERE row_key LIKE 'synth-%' ORDER BY change_id" | sha256sum | cut -c1-16; }
[ "$(log "$out/files/base.db")" = "$(log "$out/files/head.db")" ] && echo "the generated rows' change logs are the same" || echo "the generated rows' change logs differ"
