#!/usr/bin/env bash
# Cold start of the azsy tool against the sqlite3 shell on the same file, in one run: each command is
# started RUNS times in turn (interleaved, so a busy moment of the machine hits all of them alike), and
# the median wall time of each is printed with its ratio to sqlite3's.
#   bench/coldstart.sh [RUNS] [DB]      (defaults: 21 runs, the shipped database)
# It publishes the tool three times into bench/bin-coldstart/: framework-dependent JIT (as `dotnet tool
# install` gives it), ReadyToRun with TieredPGO off, and NativeAOT (the native executable a release
# ships; needs clang and zlib1g-dev: apt-get install -y clang zlib1g-dev). Each azsy command is
# compared with the sqlite3 shell running the same SQL: the count for `azsy query`, the timeline
# view's rows from 2025 on for `azsy timeline --from 2025`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
db=$(realpath "${2:-dataset/azerbaijan-syria.db}")
out=bench/bin-coldstart
command -v sqlite3 >/dev/null || { echo "coldstart: needs the sqlite3 shell (apt-get install -y sqlite3)" >&2; exit 1; }

dotnet publish src/AzerbaijanSyria.Relations.Cli -c Release -o "$out/jit" -v q -nologo >/dev/null
dotnet publish src/AzerbaijanSyria.Relations.Cli -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -p:TieredPGO=false -o "$out/r2r" -v q -nologo >/dev/null
command -v clang >/dev/null || { echo "coldstart: the NativeAOT build needs clang and zlib1g-dev (apt-get install -y clang zlib1g-dev)" >&2; exit 1; }
dotnet publish src/AzerbaijanSyria.Relations.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out/native" -v q -nologo >/dev/null

sql="SELECT count(*) FROM timeline"
timeline="SELECT * FROM timeline WHERE coalesce(date_latest, date_earliest) >= '2025-01-01' ORDER BY coalesce(date_earliest, date_latest), event_id"
declare -A cmds=(
  ["sqlite3 query"]="sqlite3 -readonly $db \"$sql\""
  ["azsy query (JIT)"]="$out/jit/azsy query \"$sql\" --db $db"
  ["azsy query (ReadyToRun)"]="$out/r2r/azsy query \"$sql\" --db $db"
  ["azsy query (NativeAOT)"]="$out/native/azsy query \"$sql\" --db $db"
  ["sqlite3 timeline"]="sqlite3 -readonly $db \"$timeline\""
  ["azsy timeline (JIT)"]="$out/jit/azsy timeline --from 2025 --db $db"
  ["azsy timeline (ReadyToRun)"]="$out/r2r/azsy timeline --from 2025 --db $db"
  ["azsy timeline (NativeAOT)"]="$out/native/azsy timeline --from 2025 --db $db"
)
names=("sqlite3 query" "azsy query (JIT)" "azsy query (ReadyToRun)" "azsy query (NativeAOT)" "sqlite3 timeline" "azsy timeline (JIT)" "azsy timeline (ReadyToRun)" "azsy timeline (NativeAOT)")
declare -A times
for name in "${names[@]}"; do eval "${cmds[$name]}" >/dev/null; done   # warm the file cache and the disk
for ((i = 0; i < runs; i++)); do
  for name in "${names[@]}"; do
    start=$(date +%s%N)
    eval "${cmds[$name]}" >/dev/null
    times[$name]+="$(( ($(date +%s%N) - start) / 1000 )) "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
base_query=$(echo "${times["sqlite3 query"]}" | median)
base_timeline=$(echo "${times["sqlite3 timeline"]}" | median)
echo "nproc $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each, file $db"
printf '| %-28s | %12s | %14s |\n' "command" "median (ms)" "÷ sqlite3"
printf '|%s|%s|%s|\n' "------------------------------" "-------------:" "---------------:"
for name in "${names[@]}"; do
  m=$(echo "${times[$name]}" | median)
  case "$name" in *timeline*) base=$base_timeline ;; *) base=$base_query ;; esac
  printf '| %-28s | %12.1f | %14.1f |\n' "$name" "$(echo "$m / 1000" | bc -l)" "$(echo "$m / $base" | bc -l)"
done
