#!/usr/bin/env bash
# Two forms of the same work alternating in one psql session, ROUNDS each, on a running bench database
# (bench/run.sh prod-app L holds L's on port 55402): each form's psql script is run once a round, the
# order swapped every round, and only what the script itself times is counted (it turns \timing on
# before the statement measured and off after). Prints every sample, then each form's median, p95 and
# maximum. Used where the before and after are SQL, e.g. a statement as LevelsBench -Dbench.explain=true
# prints it in two forms, or a trigger function's two versions replaced inside a rolled-back transaction.
#   bench/alternate.sh PORT ROUNDS A.psql B.psql [IDS]
# IDS: a file of values, one a line; round i sets the psql variable :id to its line i (a figure to approve).
set -euo pipefail
port=$1 rounds=$2 a=$3 b=$4 ids=${5:-}
script=$(mktemp)
trap 'rm -f "$script"' EXIT
{
  echo '\o /dev/null'
  for i in $(seq 1 "$rounds"); do
    if [ -n "$ids" ]; then echo "\\set id $(sed -n "${i}p" "$ids")"; fi
    if [ $((i % 2)) -eq 1 ]; then first=$a second=$b; else first=$b second=$a; fi
    for form in "$first" "$second"; do
      echo "\\echo FORM $form"
      cat "$form"
      echo
    done
  done
} > "$script"
psql -h localhost -p "$port" -U postgres -X -q -v ON_ERROR_STOP=1 -f "$script" | awk '
  /^FORM / { form = $2; next }
  /^Time: / { print form, $2; t[form] = t[form] " " $2; next }
  END {
    for (f in t) {
      n = split(substr(t[f], 2), v, " ")
      # insertion sort: a few hundred samples
      for (i = 2; i <= n; i++) { x = v[i] + 0; j = i - 1; while (j > 0 && v[j] + 0 > x) { v[j + 1] = v[j]; j-- } v[j + 1] = x }
      median = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      p95 = v[int(0.95 * n + 0.999999)]
      printf "%s: %d samples, median %.2f ms, p95 %.2f ms, max %.2f ms\n", f, n, median, p95, v[n]
    }
  }'
