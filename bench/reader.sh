#!/usr/bin/env bash
# The reader alone (parse + type, one thread) on a generated CSV, in MB/s per pass.
# Builds nothing: run `./mvnw -q -DskipTests package` first. usage: bench/reader.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
work=${BENCH_DIR:-target/bench}
mkdir -p "$work/in-$rows"
csv="$work/in-$rows/generated.csv"
[[ -f $csv ]] || python3 bench/generate.py "$rows" "$csv"
java -Xmx256m -cp report.jar dev.report.bench.ReaderBench "$csv" 3
