#!/usr/bin/env bash
# Before and after in one run for the import (docs/benchmarks.md, section 4): `bench/run.sh import S` on
# two checkouts of the repository, alternating round by round, each run on a fresh copy of the same S
# database, so both sides meet the same data and, as far as a shared machine allows, the same load.
#   bench/import-ab.sh BEFORE_CHECKOUT AFTER_CHECKOUT PRISTINE_S [ROUNDS] [OUT]
# Each checkout must have built its production jar and bench classes once (BENCH_BUILD=1 bench/run.sh
# prod-jar, then bench/run.sh import S builds the rest); PRISTINE_S is a copy of bench-data/S taken
# right after `bench/run.sh data S`, never imported into. Appends each run's summary to OUT.
set -euo pipefail
before=${1:?before checkout}; after=${2:?after checkout}; pristine=${3:?pristine S copy}
rounds=${4:-3}; out=${5:-import-ab.txt}
for round in $(seq 1 "$rounds"); do
  for side in before after; do
    dir=$before; [ "$side" = after ] && dir=$after
    rm -rf "$dir/bench-data/S" && mkdir -p "$dir/bench-data" && cp -a "$pristine" "$dir/bench-data/S"
    echo "### round $round $side: $(git -C "$dir" log --oneline -1 | cut -c1-70)," \
      "$(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out"
    log=$(mktemp)
    if ! (cd "$dir" && BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g -Dbench.importRows=100000 -Dbench.before=false}" \
      bash bench/run.sh import S) > "$log" 2>&1; then
      echo "the $side run failed in $dir:" >&2; tail -20 "$log" >&2; exit 1
    fi
    grep -E '^\| after|^\| the same, again|^\| COPY|per file|all statements|commit: ImportDraft|HOT' "$log" >> "$out"
    echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out"
    rm -f "$log"
  done
done
