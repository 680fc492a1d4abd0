#!/usr/bin/env bash
# Issue 17, item 5: the cost of comparing with the earlier report at scale. Runs report.jar with a
# 256 MB heap on a generated ROWS-row CSV without comparison, then again on a copy with 3 records
# revised, comparing with the first report (by fingerprints), then on a copy without its last
# column, comparing with that (a column gone: the earlier table is read whole), and prints wall
# time and peak RSS of each.
# Builds nothing: run `./mvnw -q -DskipTests package` first.
# usage: bench/changes.sh [ROWS]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
rows=${1:-1000000}
work=${BENCH_DIR:-target/bench}
csv=$(generated_csv "$rows")
[[ -f report.jar ]] || { echo "report.jar is missing: run ./mvnw -q -DskipTests package" >&2; exit 2; }
rm -rf "$work/changes-$rows" && mkdir -p "$work/changes-$rows/in"
out="$work/changes-$rows/out"
measure() { # LABEL ARGS...: one run, one line of results
  local label=$1; shift
  local timing="$work/changes-$rows/time-$label.txt"
  /usr/bin/time -v java -Xmx256m -jar report.jar "$@" -o "$out" 2>"$timing" >/dev/null || true
  local wall rss line
  wall=$(grep 'Elapsed (wall clock)' "$timing" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$timing" | awk '{print $NF}')
  line=$(grep -E '^(Changes since|report:)' "$timing" | head -1 || true)
  printf '%-12s %-10s %-12s %s\n' "$label" "$wall" "$((rss / 1024))" "$line"
}
printf '%-12s %-10s %-12s %s\n' run wall peak_RSS_MB stderr
cp "$csv" "$work/changes-$rows/in/generated.csv"
measure first "$work/changes-$rows/in" --no-compare
measure no-compare "$work/changes-$rows/in" --no-compare
# Revise three records: the 10th, the middle one and the last (their last cell gets a suffix).
awk -v n="$rows" 'NR==11 || NR==int(n/2)+1 || NR==n+1 { $0 = $0 "x" } { print }' "$csv" \
  > "$work/changes-$rows/in/generated.csv"
measure compared "$work/changes-$rows/in"
# The last column (flag) gone: the fingerprints cannot be used, the earlier table is read whole.
sed -E 's/,[^,]*$//' "$work/changes-$rows/in/generated.csv" > "$work/changes-$rows/gone.csv"
mv "$work/changes-$rows/gone.csv" "$work/changes-$rows/in/generated.csv"
measure whole "$work/changes-$rows/in"
head -5 "$out/changes.csv" 2>/dev/null || true
