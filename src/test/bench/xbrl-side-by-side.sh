#!/usr/bin/env bash
# xbrl-side-by-side.sh - the cold command line `xreport validate` and Arelle (Calculations 1.1,
# round to nearest) on the same synthetic instance, alternately, N runs each; prints every run and
# the medians of wall time and peak resident memory (GNU time's %e and %M).
#
# usage: src/test/bench/xbrl-side-by-side.sh [FACTS] [RUNS]     (defaults: 100000 3)
# needs: target/xreport-cli.jar (mvn -DskipTests package), /usr/bin/time, and Arelle installed by
#        ../shared/tools/arelle/setup. Run it on a quiet machine: every figure is a whole process.
set -euo pipefail
cd "$(dirname "$0")/../../.."
facts=${1:-100000}
runs=${2:-3}
arelle=../shared/tools/arelle/validate
work=${TMPDIR:-/tmp}/xreport-side-by-side-$facts
id=synthetic-$facts
if [ ! -f "$work/out/$id/$id.xbrl" ]; then
  rm -rf "$work" && mkdir -p "$work"
  java -jar target/xreport-cli.jar synth --facts "$facts" --out "$work/report" >/dev/null
  java -jar target/xreport-cli.jar generate "$work/report" --out "$work/out" --formats xbrl >/dev/null
fi
instance=$work/out/$id/$id.xbrl
echo "instance: $instance ($(stat -c %s "$instance") bytes)"
measure() { # label command...
  /usr/bin/time -o "$work/time.txt" -f "%e %M" "${@:2}" >/dev/null 2>&1 || true
  echo "$1 $(tail -1 "$work/time.txt")"
}
results=()
for i in $(seq "$runs"); do
  results+=("$(measure xreport java -jar target/xreport-cli.jar validate "$instance")")
  results+=("$(measure arelle "$arelle" "$instance" --calc=c11r -q)")
done
printf '%s\n' "${results[@]}" | awk '{printf "%-8s %6.2f s %7.0f MiB\n", $1, $2, $3/1024}'
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for tool in xreport arelle; do
  wall=$(printf '%s\n' "${results[@]}" | awk -v t="$tool" '$1==t {print $2}' | median)
  peak=$(printf '%s\n' "${results[@]}" | awk -v t="$tool" '$1==t {print $3}' | median)
  awk -v t="$tool" -v w="$wall" -v m="$peak" 'BEGIN {printf "median  %-8s %6.2f s wall %7.0f MiB peak\n", t, w, m/1024}'
done
