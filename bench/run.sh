#!/usr/bin/env bash
# The end-to-end benchmark: report.jar (with -Xmx256m) and, when its Debian packages are installed
# (python3-pandas, python3-xlsxwriter, python3-matplotlib), the pandas peer on the same files.
# Each run is repeated REPEATS times (default 3); the table shows medians. Then the bundled
# example (input/), as the README runs it.
# Builds nothing: run `./mvnw -q -DskipTests package` first.
# usage: bench/run.sh [--big] [REPEATS]      (--big adds 5,000,000 rows; BENCH_SIZES="100000" picks sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
read -r -a sizes <<<"${BENCH_SIZES:-100000 1000000}"
if [[ ${1:-} == --big ]]; then
  sizes+=(5000000)
  shift
fi
repeats=${1:-3}
work=${BENCH_DIR:-target/bench}
peer=no
if /usr/bin/python3 -c 'import pandas, xlsxwriter, matplotlib' 2>/dev/null; then
  peer=yes
fi

# time_median CMD...: runs CMD $repeats times under /usr/bin/time; prints "wall cpu rss_mb".
time_median() {
  local walls=() cpus=() rss=()
  for ((i = 0; i < repeats; i++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
      echo "failed: $*" >&2; tail -5 "$work/stderr.txt" >&2; return 1; }
    read -r w u s m <"$work/time.txt"
    walls+=("$w"); cpus+=("$(echo "$u + $s" | bc)"); rss+=("$((m / 1024))")
  done
  printf '%s %s %s\n' "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((repeats + 1) / 2))p")" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(((repeats + 1) / 2))p")" \
    "$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(((repeats + 1) / 2))p")"
}

printf '%-10s %-8s %-9s %-9s %-8s %-9s %-8s %-9s %-9s %-7s\n' rows input_MB wall_s cpu_s rss_MB \
  MB_per_s xlsx_MB peer_s peer_MB ratio
for rows in "${sizes[@]}"; do
  csv=$(generated_csv "$rows")
  mb=$(du -m "$csv" | cut -f1)
  read -r wall cpu rss < <(time_median java -Xmx256m -jar report.jar "$(dirname "$csv")" -o "$work/out-$rows" -q)
  xlsx=$(du -m "$work/out-$rows/report.xlsx" | cut -f1)
  pwall=- prss=- ratio=-
  if [[ $peer == yes ]]; then
    read -r pwall _ prss < <(time_median /usr/bin/python3 bench/peer_pandas.py "$csv" "$work/peer-$rows")
    ratio=$(echo "scale=1; $pwall / $wall" | bc)
  fi
  printf '%-10s %-8s %-9s %-9s %-8s %-9s %-8s %-9s %-9s %-7s\n' "$rows" "$mb" "$wall" "$cpu" "$rss" \
    "$(echo "scale=1; $mb / $wall" | bc)" "$xlsx" "$pwall" "$prss" "$ratio"
done
[[ $peer == yes ]] || echo "(pandas peer skipped: install python3-pandas python3-xlsxwriter python3-matplotlib)"

# The bundled example, run as the README says (no heap flag): issue 7 wants it in 1.5 s or less.
read -r wall cpu rss < <(time_median java -jar report.jar input -o "$work/out-example" -q)
printf '\n%-28s %-9s %-9s %-8s\n' example wall_s cpu_s rss_MB
printf '%-28s %-9s %-9s %-8s\n' "input/ (3 files, 3 charts)" "$wall" "$cpu" "$rss"
