#!/usr/bin/env bash
# `azsy build` of the shipped database against the same scripts run by the sqlite3 shell, and against
# the tool at an earlier revision, in one run (and, when clang is there, the work tree's NativeAOT tool,
# the executable a release ships: no JIT): each command is started RUNS times in turn (interleaved,
# so a busy moment of the machine hits all of them alike); the medians of wall time and of CPU time
# (user + system) are printed with their ratios to the sqlite3 shell's.
#   bench/buildtime.sh [RUNS] [BASE]      (defaults: 11 runs, BASE = main)
# It publishes the tool (framework-dependent, as `dotnet tool install` gives it) of the work tree and of
# BASE (from `git archive`) into bench/bin-buildtime/. The shell runs every migration script in one
# session on a database in memory, with foreign keys off (its default), and writes no file: it is the
# SQL's own cost, a floor the tool (which also records each script's changes, normalises, writes the
# file, hashes it and prints what it holds) cannot reach.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
base=${2:-main}
out=bench/bin-buildtime
source bench/timing.sh
needs buildtime
publish_tools "$out" "$base"
native=false
if command -v clang >/dev/null; then
  dotnet publish src/AzerbaijanSyria.Relations.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out/native" -v q -nologo >/dev/null && native=true
else
  echo "buildtime: no clang, so no NativeAOT tool (apt-get install -y clang zlib1g-dev)" >&2
fi

declare -A cmds=(
  ["sqlite3 shell, same scripts"]="cat migrations/*.sql | sqlite3 :memory:"
  ["azsy build ($base)"]="$out/base/azsy build -o $out/files/base.db"
  ["azsy build (work tree)"]="$out/head/azsy build -o $out/files/head.db"
)
names=("sqlite3 shell, same scripts" "azsy build ($base)" "azsy build (work tree)")
if $native; then
  cmds["azsy build (work tree, NativeAOT)"]="$out/native/azsy build -o $out/files/native.db"
  names+=("azsy build (work tree, NativeAOT)")
fi
declare -A wall cpu
for name in "${names[@]}"; do eval "${cmds[$name]}" >/dev/null; done   # warm the caches
for ((i = 0; i < runs; i++)); do
  for name in "${names[@]}"; do time_into "$name" "${cmds[$name]}"; done
done
wbase=$(echo "${wall["sqlite3 shell, same scripts"]}" | median)
cbase=$(echo "${cpu["sqlite3 shell, same scripts"]}" | median)
echo "$(machine), $runs runs each"
printf '| %-34s | %9s | %9s | %9s | %9s |\n' "command" "wall (s)" "÷ sqlite3" "CPU (s)" "÷ sqlite3"
printf '|%s|%s|%s|%s|%s|\n' "------------------------------------" "----------:" "----------:" "----------:" "----------:"
for name in "${names[@]}"; do
  w=$(echo "${wall[$name]}" | median)
  c=$(echo "${cpu[$name]}" | median)
  printf '| %-34s | %9.2f | %9.2f | %9.2f | %9.2f |\n' "$name" "$w" "$(echo "$w / $wbase" | bc -l)" "$c" "$(echo "$c / $cbase" | bc -l)"
done
cmp -s "$out/files/base.db" "$out/files/head.db" && echo "the two builds are byte-identical" || echo "the two builds differ (expected only if the scripts changed)"
if $native; then cmp -s "$out/files/head.db" "$out/files/native.db" && echo "the NativeAOT build is byte-identical to the work tree's" || echo "the NativeAOT build differs from the work tree's"; fi
