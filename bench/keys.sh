#!/usr/bin/env bash
# Foreign keys at scale: a CHILD-row table whose `host` points at the `code` primary key of a
# PARENT-row table (a Data Package beside them), every 1,000th child key misspelt. Prints the
# wall time, CPU time and peak memory of the whole run (read, check, write the workbook).
# Builds nothing: run `./mvnw -q -DskipTests package` first.
# usage: bench/keys.sh [CHILD_ROWS] [PARENT_ROWS]   (default 1000000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
child=${1:-1000000}
parent=${2:-100000}
work=${BENCH_DIR:-target/bench}/keys-$child-$parent
[[ -f report.jar ]] || { echo "report.jar is missing: run ./mvnw -q -DskipTests package" >&2; exit 2; }
if [[ ! -f $work/in/datapackage.json ]]; then
  mkdir -p "$work/in"
  python3 - "$child" "$parent" "$work/in" <<'PY'
import json, random, sys
child, parent, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rnd = random.Random(7)
with open(f"{out}/hosts.csv", "w", newline="") as f:
    f.write("code,name,share\n")
    for i in range(parent):
        f.write(f"H{i:07d},Host {i},{rnd.randrange(5, 30)}\n")
with open(f"{out}/spend.csv", "w", newline="") as f:
    f.write("id,host,amount\n")
    for i in range(1, child + 1):
        host = f"H{rnd.randrange(parent):07d}"
        if i % 1000 == 0:
            host = host.replace("H", "h", 1)  # a case-only typo: gets its did-you-mean
        f.write(f"{i},{host},{rnd.randrange(1, 100000) / 100}\n")
schema = lambda fields, **k: {"fields": [{"name": n, "type": t} for n, t in fields], **k}
pkg = {"resources": [
    {"name": "hosts", "path": "hosts.csv",
     "schema": schema([("code", "string"), ("name", "string"), ("share", "integer")],
                      primaryKey="code")},
    {"name": "spend", "path": "spend.csv",
     "schema": schema([("id", "integer"), ("host", "string"), ("amount", "number")],
                      primaryKey="id",
                      foreignKeys=[{"fields": "host",
                                    "reference": {"resource": "hosts", "fields": "code"}}])}]}
json.dump(pkg, open(f"{out}/datapackage.json", "w"), indent=2)
PY
fi
timing="$work/time.txt"
set +e
/usr/bin/time -v java -Xmx512m -jar report.jar "$work/in" -o "$work/out" -q 2>"$timing"
code=$?
set -e
wall=$(grep 'Elapsed (wall clock)' "$timing" | awk '{print $NF}')
user=$(grep 'User time' "$timing" | awk '{print $NF}')
rss=$(grep 'Maximum resident' "$timing" | awk '{print $NF}')
issues=$(($(wc -l <"$work/out/issues.csv") - 1))
printf '%-11s %-12s %-8s %-8s %-12s %-7s %s\n' child_rows parent_rows wall user_s peak_RSS_MB issues exit
printf '%-11s %-12s %-8s %-8s %-12s %-7s %s\n' "$child" "$parent" "$wall" "$user" "$((rss / 1024))" "$issues" "$code"
grep -m1 'foreign-key' "$work/out/issues.csv" || true
