#!/usr/bin/env bash
# Goal 4 of issue 16 beside goal 1 (docs/benchmarks.md 6.2, 6.3): a production jar on a fresh copy of S,
# warmed by goal 1's warm-up, then 200 users' load arriving in 20 s and, 40 s later, the push bench (a
# reviewer's click to the new edition painted in another browser, 60 rounds, 40 more dashboards open).
# The server (and the PostgreSQL it starts) runs at nice -10 and the clients at nice 10, so that the
# clients sharing its cores stand in, a little, for clients on other machines. Prints the load's table,
# the push bench's, then the warm-up's.
#   bench/pairing.sh JAR PRISTINE_S [PORT] [burst|ramp]
# JAR: a production jar (bench/run.sh prod-jar builds one; copy it away to compare two builds).
# PRISTINE_S: a copy of bench-data/S made right after `bench/run.sh data S`; each run starts from it.
# SHAPE: burst (the default) starts all 200 users within 20 s, 200 sign-ins at once; ramp adds them as
# goal 1's steps do, 50 every 45 s, then holds 200 for 420 s with the push bench starting 40 s into it,
# so that goal 1's measurement runs with push beside it and the sign-in burst is measured apart.
# Run as root (nice -10); nothing else should run on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$1 pristine=$2 port=${3:-18180} shape=${4:-burst}
case "$shape" in
  burst) measured=(200 100 420 200) pushAfter=40 ;;
  ramp) measured=(50 50 45 200) pushAfter=$((3 * 45 + 40)) ;;
  *) echo "unknown shape $shape: burst or ramp" >&2; exit 2 ;;
esac
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
url=http://localhost:$port
rm -rf bench-data/S && cp -a "$pristine" bench-data/S
nice -n -10 "$java" -Xmx1g -jar "$jar" --minsheng.embedded-db.dir=bench-data/S --minsheng.embedded-db.port=55400 \
  --server.port="$port" --spring.main.banner-mode=off --logging.level.root=warn > target/pairing-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do
  if curl -s -o /dev/null -w '%{http_code}' "$url/login" | grep -q 200; then break; fi
  sleep 2
done
load() {
  BENCH_JAVA_OPTS="-Xmx1g -Dbench.think=3000 -Dbench.arrival=20000 -Dbench.pgData=bench-data/S ${LOAD_OPTS:-}" \
    nice -n 10 bench/run.sh load "$url" "$server" "$@"
}
# Spring's log lines are left out of what is kept
quiet() { grep -v '^20..-..-..T' || true; }
load 50 50 40 100 > target/pairing-warm.txt 2>&1
echo "# $jar at nice -10, fresh copy of $pristine, warmed, $shape; start $(date +%T), load average $(cut -d' ' -f1-3 /proc/loadavg)"
LOAD_OPTS=-Dbench.lastStepSeconds=420 load "${measured[@]}" > target/pairing-load.txt 2>&1 &
driver=$!
sleep "$pushAfter"
BENCH_JAVA_OPTS="-Xmx1g -Dbench.idleDashboards=40" nice -n 10 bench/run.sh push "$url" S 60 \
  > target/pairing-push.txt 2>&1
wait $driver
echo "# end $(date +%T), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "## load"; quiet < target/pairing-load.txt
echo "## push"; quiet < target/pairing-push.txt
echo "## warm-up (not a measurement)"; quiet < target/pairing-warm.txt
