#!/usr/bin/env bash
# The end-to-end benchmark: report.jar (with -Xmx256m) and, when its Debian packages are installed
# (python3-pandas, python3-xlsxwriter, python3-matplotlib), the pandas peer on the same files.
# Each run is repeated REPEATS times (default 3); the table shows medians. Then the bundled
# example (input/), as the README runs it.
# Builds nothing: run `./mvnw -q -DskipTests package` first.
# Each size is also timed as an Excel workbook of the same data (bench/generate_xlsx.py, when
# python3-xlsxwriter is installed): the row "ROWS.xlsx".
# usage: bench/run.sh [--big] [REPEATS]      (--big adds 5,000,000 rows; BENCH_SIZES="100000" picks sizes)
# BENCH_JARS="old.jar report.jar" times several jars side by side in the same run (default: report.jar),
# interleaved: each repeat runs every jar once, in turn.
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

read -r -a jars <<<"${BENCH_JARS:-report.jar}"
for jar in "${jars[@]}"; do
  [[ -f $jar ]] || { echo "$jar is missing: run ./mvnw -q -DskipTests package" >&2; exit 2; }
done

# time_jars: runs `java ${jvm[@]} -jar JAR ${extra[@]} -o $out-JARNAME` for each jar, interleaved $repeats times;
# prints, per jar, "jar wall cpu rss_mb" (medians).
time_jars() {
  declare -A walls cpus rss
  for ((i = 0; i < repeats; i++)); do
    for jar in "${jars[@]}"; do
      /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" java "${jvm[@]}" -jar "$jar" "${extra[@]}" \
        -o "$out-$(basename "$jar" .jar)" \
        >/dev/null 2>"$work/stderr.txt" || true
      # A failed run (exit 1 is data errors, a normal end) leaves its status line first.
      read -r w u s m < <(grep -v '^Command' "$work/time.txt")
      walls[$jar]+="$w "; cpus[$jar]+="$(echo "$u + $s" | bc) "; rss[$jar]+="$((m / 1024)) "
    done
  done
  for jar in "${jars[@]}"; do
    printf '%s %s %s %s\n' "$jar" "$(median ${walls[$jar]})" "$(median ${cpus[$jar]})" "$(median ${rss[$jar]})"
  done
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

printf '%-10s %-22s %-8s %-9s %-9s %-8s %-9s %-8s %-9s %-9s %-7s\n' rows jar input_MB wall_s cpu_s \
  rss_MB MB_per_s xlsx_MB peer_s peer_MB ratio
for rows in "${sizes[@]}"; do
  csv=$(generated_csv "$rows")
  mb=$(du -m "$csv" | cut -f1)
  pwall=- prss=-
  if [[ $peer == yes ]]; then
    read -r pwall _ prss < <(time_median /usr/bin/python3 bench/peer_pandas.py "$csv" "$work/peer-$rows")
  fi
  extra=("$(dirname "$csv")" -q)
  out=$work/out-$rows
  while read -r jar wall cpu rss; do
    xlsx=$(du -m "$out-$(basename "$jar" .jar)/report.xlsx" | cut -f1)
    ratio=-
    [[ $peer == yes ]] && ratio=$(echo "scale=1; $pwall / $wall" | bc)
    printf '%-10s %-22s %-8s %-9s %-9s %-8s %-9s %-8s %-9s %-9s %-7s\n' "$rows" "$(basename "$jar")" "$mb" \
      "$wall" "$cpu" "$rss" "$(echo "scale=1; $mb / $wall" | bc)" "$xlsx" "$pwall" "$prss" "$ratio"
  done < <(jvm=(-Xmx256m); time_jars)
  # The same data as an Excel workbook (typed cells, one sheet), read with the same 256 MB heap.
  if /usr/bin/python3 -c 'import xlsxwriter' 2>/dev/null; then
    xdir=$work/in-$rows-xlsx
    mkdir -p "$xdir"
    [[ -f $xdir/generated.xlsx ]] || /usr/bin/python3 bench/generate_xlsx.py "$csv" "$xdir/generated.xlsx"
    xmb=$(du -m "$xdir/generated.xlsx" | cut -f1)
    extra=("$xdir" -q)
    out=$work/out-$rows-xlsx
    while read -r jar wall cpu rss; do
      xlsx=$(du -m "$out-$(basename "$jar" .jar)/report.xlsx" | cut -f1)
      printf '%-10s %-22s %-8s %-9s %-9s %-8s %-9s %-8s %-9s %-9s %-7s\n' "$rows.xlsx" \
        "$(basename "$jar")" "$xmb" "$wall" "$cpu" "$rss" "$(echo "scale=1; $xmb / $wall" | bc)" \
        "$xlsx" - - -
    done < <(jvm=(-Xmx256m); time_jars)
  fi
done
[[ $peer == yes ]] || echo "(pandas peer skipped: install python3-pandas python3-xlsxwriter python3-matplotlib)"

# The bundled example, run as the README says (no heap flag), and the peer on a 12-row file.
extra=(input -q)
out=$work/out-example
printf '\n%-28s %-22s %-9s %-9s %-8s\n' example jar wall_s cpu_s rss_MB
while read -r jar wall cpu rss; do
  printf '%-28s %-22s %-9s %-9s %-8s\n' "input/ (3 files, 3 charts)" "$(basename "$jar")" "$wall" "$cpu" "$rss"
done < <(jvm=(); time_jars)
if [[ $peer == yes ]]; then
  small=$(generated_csv 12)
  read -r pwall pcpu prss < <(time_median /usr/bin/python3 bench/peer_pandas.py "$small" "$work/peer-12")
  printf '%-28s %-22s %-9s %-9s %-8s\n' "generated, 12 rows" "pandas peer" "$pwall" "$pcpu" "$prss"
fi
