#!/usr/bin/env bash
# The reader alone (parse + type, one thread) on a generated CSV, in MB/s per pass.
# Builds nothing: run `./mvnw -q -DskipTests package` first. usage: bench/reader.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
csv=$(generated_csv "${1:-1000000}")
java -Xmx256m -cp report.jar dev.report.bench.ReaderBench "$csv" 3
