#!/usr/bin/env bash
# Runs report.jar on a generated 1,000,000-row, 10-column CSV with a 256 MB heap and prints the
# wall time, CPU time and peak memory. Builds nothing: run `./mvnw -q -DskipTests package` first.
# usage: bench/million.sh [ROWS]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
rows=${1:-1000000}
work=${BENCH_DIR:-target/bench}
csv=$(generated_csv "$rows")
[[ -f report.jar ]] || { echo "report.jar is missing: run ./mvnw -q -DskipTests package" >&2; exit 2; }
timing="$work/time-$rows.txt"
set +e
/usr/bin/time -v java -Xmx256m -jar report.jar "$work/in-$rows" -o "$work/out-$rows" -q 2>"$timing"
code=$?
set -e
wall=$(grep 'Elapsed (wall clock)' "$timing" | awk '{print $NF}')
user=$(grep 'User time' "$timing" | awk '{print $NF}')
sys=$(grep 'System time' "$timing" | awk '{print $NF}')
rss=$(grep 'Maximum resident' "$timing" | awk '{print $NF}')
mb=$(du -m "$csv" | cut -f1)
xlsx=$(du -m "$work/out-$rows/report.xlsx" 2>/dev/null | cut -f1 || echo "-")
printf '%-10s %-8s %-10s %-10s %-10s %-12s %-10s %s\n' rows input_MB wall user_s sys_s peak_RSS_MB xlsx_MB exit
printf '%-10s %-8s %-10s %-10s %-10s %-12s %-10s %s\n' "$rows" "$mb" "$wall" "$user" "$sys" "$((rss / 1024))" "$xlsx" "$code"
if [[ $code -ne 0 && $code -ne 1 ]]; then
  grep -v '^\s' "$timing" | head -20 >&2
  exit 1
fi
