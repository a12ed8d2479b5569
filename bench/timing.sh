# What bench/buildtime.sh and bench/synthtime.sh share (sourced, not run): the checks for the tools they
# need, publishing the work tree's tool and BASE's, timing a command into the arrays `wall` and `cpu`
# (declared by the caller: `declare -A wall cpu`), medians and the machine's line.

# needs SCRIPT: stops with a line naming the Debian package when the sqlite3 shell or GNU time is missing.
needs() {
  command -v sqlite3 >/dev/null || { echo "$1: needs the sqlite3 shell (apt-get install -y sqlite3)" >&2; exit 1; }
  [ -x /usr/bin/time ] || { echo "$1: needs GNU time (apt-get install -y time)" >&2; exit 1; }
}

# publish_tools OUT BASE: the work tree's tool into OUT/head and BASE's (from `git archive`) into OUT/base.
# The second copy of the sources is removed when the script exits (repository-wide checks would read it),
# and so is OUT/files, where the runs write.
publish_tools() {
  local out=$1 base=$2
  rm -rf "$out/base-src"
  mkdir -p "$out/base-src" "$out/files"
  trap "rm -rf '$out/base-src' '$out/files'" EXIT
  git archive "$base" | tar -x -C "$out/base-src"
  dotnet publish src/AzerbaijanSyria.Relations.Cli -c Release -o "$out/head" -v q -nologo >/dev/null
  dotnet publish "$out/base-src/src/AzerbaijanSyria.Relations.Cli" -c Release -o "$out/base" -v q -nologo >/dev/null
}

# time_into NAME COMMAND: runs COMMAND (a shell command line) once and appends its wall time and its CPU
# time (user + system, children included) to wall[NAME] and cpu[NAME].
time_into() {
  local name=$1 command=$2 e u s
  /usr/bin/time -o "$out/files/time" -f '%e %U %S' bash -c "$command" >/dev/null 2>&1
  read -r e u s < "$out/files/time"
  wall[$name]+="$e "
  cpu[$name]+="$(echo "$u + $s" | bc -l) "
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

machine() { echo "nproc $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"; }
