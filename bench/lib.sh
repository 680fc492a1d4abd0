# Shared by the benchmark scripts: sourced, not run.
# generated_csv ROWS: prints the path of a seeded ROWS-row CSV, generating it on first use.
generated_csv() {
  local rows=$1
  local work=${BENCH_DIR:-target/bench}
  mkdir -p "$work/in-$rows"
  local csv="$work/in-$rows/generated.csv"
  [[ -f $csv ]] || python3 bench/generate.py "$rows" "$csv"
  echo "$csv"
}
