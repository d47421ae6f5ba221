#!/usr/bin/env bash
# Several application nodes on one machine, as docs/deployment.md describes them for several machines:
#   bench/cluster.sh up        a PostgreSQL 15 primary, a streaming replica of it (pg_basebackup -R), two
#                              nodes of the production jar writing to the primary and reading dashboards
#                              from the replica when it is recent enough, HAProxy in front (sticky cookie,
#                              health check on /ready); the first start loads the Zhangzhou demo data
#   bench/cluster.sh status    each part's state: the nodes' /ready, HAProxy's view, the replica's lag
#   bench/cluster.sh kill N    kill -9 node N (1 or 2), as a machine dying would; `up` starts it again
#   bench/cluster.sh stop N    stop node N as an operator would (HAProxy sees /ready turn 503 first)
#   bench/cluster.sh pids      the running nodes' PIDs, comma-separated (for bench/run.sh load)
#   bench/cluster.sh down      stop everything (the data stays in CLUSTER_DIR; remove it to start afresh)
# Installs what a clean Debian machine lacks (postgresql-15, haproxy) when run as root. Ports, each its
# default unless the environment variable names another (so a second cluster or a busy port is no clash):
#   CLUSTER_BALANCER_PORT=18200  HAProxy, where users sign in
#   CLUSTER_STATS_PORT=18209     HAProxy's statistics page
#   CLUSTER_NODE1_PORT=18201     node 1        CLUSTER_NODE2_PORT=18202   node 2
#   CLUSTER_PRIMARY_PORT=55501   primary       CLUSTER_REPLICA_PORT=55502 replica
# The databases' ports are written into CLUSTER_DIR on the first `up` (the replica follows the primary
# there): to change them afterwards, give a new CLUSTER_DIR. Give every command the same variables.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${CLUSTER_DIR:-/tmp/minsheng-cluster}
pgbin=/usr/lib/postgresql/15/bin
primary_port=${CLUSTER_PRIMARY_PORT:-55501}
replica_port=${CLUSTER_REPLICA_PORT:-55502}
balancer_port=${CLUSTER_BALANCER_PORT:-18200}
stats_port=${CLUSTER_STATS_PORT:-18209}
node_ports=("${CLUSTER_NODE1_PORT:-18201}" "${CLUSTER_NODE2_PORT:-18202}")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

# PostgreSQL refuses to run as root: as root, its commands run as the `postgres` account.
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); else as_pg=(); fi
psql_at() { psql -X -q -t -A -h 127.0.0.1 -p "$1" -U postgres "${@:2}"; }

install_missing() {
  if [ ! -x "$pgbin/initdb" ] || ! command -v haproxy >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "needs PostgreSQL 15's server ($pgbin) and haproxy: apt-get install postgresql-15 haproxy" >&2
      exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 haproxy >/dev/null
  fi
}

ready() { curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$1/ready" 2>/dev/null; }

wait_for() { # what, seconds, command...
  local what=$1 seconds=$2; shift 2
  for _ in $(seq "$seconds"); do
    if "$@" 2>/dev/null; then return 0; fi
    sleep 1
  done
  echo "$what did not come up within $seconds s" >&2
  return 1
}

start_primary() {
  if [ ! -d "$dir/primary" ]; then
    "${as_pg[@]}" "$pgbin/initdb" -D "$dir/primary" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # initdb's pg_hba.conf already trusts replication connections from this machine
    cat >>"$dir/primary/postgresql.conf" <<EOF
port = $primary_port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
wal_level = replica
max_wal_senders = 5
hot_standby = on
EOF
  fi
  if ! "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/primary" status >/dev/null 2>&1; then
    "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/primary" -l "$dir/primary.log" -w start >/dev/null
  fi
  if [ "$(psql_at $primary_port -c "select count(*) from pg_database where datname = 'minsheng'")" = 0 ]; then
    psql_at $primary_port -c "create database minsheng"
  fi
  echo "primary   127.0.0.1:$primary_port"
}

start_replica() {
  if [ ! -d "$dir/replica" ]; then
    # a copy of the primary that keeps replaying its WAL; -R writes standby.signal and the connection
    # -c fast: the backup starts at an immediate checkpoint, not a spread one (92 s on an idle new primary)
    "${as_pg[@]}" "$pgbin/pg_basebackup" -h 127.0.0.1 -p $primary_port -U postgres -D "$dir/replica" -R -X stream -c fast
    echo "port = $replica_port" >>"$dir/replica/postgresql.conf"
  fi
  if ! "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/replica" status >/dev/null 2>&1; then
    "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w start >/dev/null
  fi
  echo "replica   127.0.0.1:$replica_port (in recovery: $(psql_at $replica_port -c 'select pg_is_in_recovery()'))"
}

start_node() { # n
  local n=$1 port=${node_ports[$(($1 - 1))]}
  if ready "$port"; then echo "node $n    127.0.0.1:$port (already running)"; return; fi
  # the balancer is the only proxy whose X-Forwarded-For the sign-in throttle may believe
  nohup "$java" ${CLUSTER_NODE_OPTS:--Xmx1g} -jar "$jar" \
    --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$primary_port/minsheng" \
    --spring.datasource.username=postgres --spring.datasource.password=postgres \
    --minsheng.replica.url="jdbc:postgresql://127.0.0.1:$replica_port/minsheng" \
    --minsheng.demo-data=true \
    --server.forward-headers-strategy=native '--server.tomcat.remoteip.internal-proxies=127\.0\.0\.1' \
    --spring.main.banner-mode=off --logging.level.root=warn --logging.level.org.minsheng.base.db=info \
    >"$dir/node$n.log" 2>&1 &
  echo $! >"$dir/node$n.pid"
  wait_for "node $n" 240 ready "$port"
  echo "node $n    127.0.0.1:$port (pid $(cat "$dir/node$n.pid"), log $dir/node$n.log)"
}

start_balancer() {
  cat >"$dir/haproxy.cfg" <<EOF
global
    maxconn 4096
    pidfile $dir/haproxy.pid

defaults
    mode http
    timeout connect 5s
    # Vaadin's push keeps a WebSocket (or a long poll) open for as long as a page is open
    timeout client 1h
    timeout server 1h
    timeout tunnel 1h
    option forwardfor
    # a request to a node that died before the health check noticed is tried once more on another
    retries 2
    option redispatch 1
    retry-on conn-failure empty-response response-timeout

frontend users
    bind 127.0.0.1:$balancer_port
    default_backend nodes

backend nodes
    balance roundrobin
    # a Vaadin session lives on the node that opened it: the cookie brings the user back there
    cookie MINSHENG_NODE insert indirect nocache httponly
    option httpchk
    http-check send meth GET uri /ready
    http-check expect status 200
    # a check waits up to 3 s: a node busy with users answers late, which is not dead
    timeout check 3s
    default-server inter 2s fall 3 rise 2
    server node1 127.0.0.1:${node_ports[0]} check cookie node1
    server node2 127.0.0.1:${node_ports[1]} check cookie node2

listen statistics
    bind 127.0.0.1:$stats_port
    stats enable
    stats uri /
EOF
  haproxy -c -q -f "$dir/haproxy.cfg"
  if [ -f "$dir/haproxy.pid" ] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then
    kill "$(cat "$dir/haproxy.pid")"
    sleep 1
  fi
  haproxy -D -f "$dir/haproxy.cfg"
  wait_for "HAProxy" 20 ready $balancer_port
  echo "HAProxy   http://127.0.0.1:$balancer_port/ (statistics http://127.0.0.1:$stats_port/)"
}

status() {
  for n in 1 2; do
    local port=${node_ports[$((n - 1))]}
    printf 'node %s    127.0.0.1:%s  /ready: %s\n' "$n" "$port" \
      "$(curl -sS --max-time 2 "http://127.0.0.1:$port/ready" 2>/dev/null || echo 'no answer')"
  done
  if [ -f "$dir/haproxy.pid" ] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null; then
    echo "HAProxy   servers as its health check sees them:"
    curl -sS --max-time 2 "http://127.0.0.1:$stats_port/;csv" | awk -F, '$1 == "nodes" && $2 ~ /^node/ {print "          " $2 ": " $18}'
  else
    echo "HAProxy   not running"
  fi
  echo "primary   $(psql_at $primary_port -c "select 'replicas streaming: ' || count(*) from pg_stat_replication" 2>/dev/null || echo 'not running')"
  echo "replica   $(psql_at $replica_port -c "select 'replaying; behind the primary by ' || coalesce(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), 0) || ' bytes'" 2>/dev/null || echo 'not running')"
}

stop_all() {
  for n in 1 2; do
    if [ -f "$dir/node$n.pid" ]; then kill "$(cat "$dir/node$n.pid")" 2>/dev/null || true; rm -f "$dir/node$n.pid"; fi
  done
  if [ -f "$dir/haproxy.pid" ]; then kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true; rm -f "$dir/haproxy.pid"; fi
  for db in replica primary; do
    if [ -d "$dir/$db" ]; then "${as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/$db" -m fast stop >/dev/null 2>&1 || true; fi
  done
  echo "stopped (data kept in $dir)"
}

case "${1:-}" in
  up)
    install_missing
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    jar=$(bench/run.sh prod-jar | tail -1)
    start_primary
    start_replica
    start_node 1   # first alone: it migrates the database and loads the demo data
    start_node 2
    start_balancer
    echo "Sign in at http://127.0.0.1:$balancer_port/ (demo users as in the README); bench/cluster.sh status"
    ;;
  status) status ;;
  kill)
    n=${2:?which node: 1 or 2}
    pid=$(cat "$dir/node$n.pid")
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm -f "$dir/node$n.pid"
    echo "node $n killed (kill -9); HAProxy takes it out after three failed checks (~6 s)"
    ;;
  stop)
    n=${2:?which node: 1 or 2}
    pid=$(cat "$dir/node$n.pid")
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    rm -f "$dir/node$n.pid"
    echo "node $n stopped"
    ;;
  pids) cat "$dir"/node*.pid 2>/dev/null | paste -sd, ;;
  down) stop_all ;;
  *) sed -n '2,19p' "$0" >&2; exit 2 ;;
esac
