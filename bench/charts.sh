#!/usr/bin/env bash
# Chart time for a 1,000,000-point time series: gathering while rows stream, then drawing the PNG.
# Builds nothing: run `./mvnw -q -DskipTests package` first. usage: bench/charts.sh [POINTS]
set -euo pipefail
cd "$(dirname "$0")/.."
java -Xmx256m -Djava.awt.headless=true -cp report.jar dev.report.bench.ChartBench "${1:-1000000}"
