# Shared by the fault scripts in bench/faults/ (sourced, not run). Each script gets its own private
# PostgreSQL 15 server (initdb in a temporary folder, on a free port), so it can be stopped, killed
# and restarted without touching any other database on the machine, and every run starts empty.
# Everything started here is registered in FAULT_PIDS / FAULT_PG and stopped by fault_cleanup (trap).

set -euo pipefail
FAULT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
FAULT_WORK=$(mktemp -d /tmp/casedesk-faults.XXXXXX)
FAULT_PIDS=()
FAULT_PG=""
# A job acquired by a node that is then killed stays locked for this long before another node (or the
# restarted one) takes it. Camunda's default is 300000 (5 min); the scripts use 60 s to keep runs short.
LOCK_MS=${LOCK_MS:-60000}
FAULT_KEEP=${FAULT_KEEP:-}   # set to keep $FAULT_WORK (logs, journals) after the run
chmod 755 "$FAULT_WORK"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Runs a command as the PostgreSQL owner: initdb refuses root.
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

pg_start_private() {
  PGPORT=$(free_port)
  PGDATA_DIR="$FAULT_WORK/pg"
  mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
  as_pg "$PGBIN/initdb -D $PGDATA_DIR/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >$PGDATA_DIR/initdb.log 2>&1"
  FAULT_PG="$PGDATA_DIR/data"
  pg_up
  as_pg "$PGBIN/createdb -h 127.0.0.1 -p $PGPORT -U postgres casedesk"
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/casedesk"
  export SPRING_DATASOURCE_USERNAME=postgres
  export SPRING_DATASOURCE_PASSWORD=unused-trust-auth
  log "private PostgreSQL on port $PGPORT ($FAULT_PG)"
}

pg_up() {
  as_pg "$PGBIN/pg_ctl -D $FAULT_PG -w -t 60 -l $PGDATA_DIR/server.log \
    -o \"-p $PGPORT -k $PGDATA_DIR -c listen_addresses=127.0.0.1 -c max_connections=100\" start >/dev/null"
}

pg_down() { as_pg "$PGBIN/pg_ctl -D $FAULT_PG -w -t 60 -m fast stop >/dev/null"; }

sql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d casedesk -v ON_ERROR_STOP=1 -Atq -c "$1"; }

jar_path() {
  local jar
  jar=$(ls "$FAULT_ROOT"/target/casedesk-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
  if [ -z "$jar" ] || [ -n "$(find "$FAULT_ROOT/src" "$FAULT_ROOT/processes" "$FAULT_ROOT/pom.xml" -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
    (cd "$FAULT_ROOT" && ./mvnw -q -B --no-transfer-progress package -DskipTests) >&2
    jar=$(ls "$FAULT_ROOT"/target/casedesk-*.jar | grep -v '\.original$' | head -1)
  fi
  echo "$jar"
}

# node_start NAME PORT [extra args...]: starts the jar in the background; its pid goes to NODE_PID_<NAME>.
node_start() {
  local name=$1 port=$2; shift 2
  java -Xmx512m -XX:+UseSerialGC -jar "$JAR" --server.port="$port" \
    --camunda.bpm.job-execution.lock-time-in-millis="$LOCK_MS" "$@" >>"$FAULT_WORK/$name.log" 2>&1 &
  local pid=$!
  FAULT_PIDS+=("$pid")
  printf -v "NODE_PID_$name" '%s' "$pid"
  log "node $name: pid $pid, port $port (log $FAULT_WORK/$name.log)"
}

# wait_healthy PORT PID [seconds]: until /actuator/health says UP; fails if the process died.
wait_healthy() {
  local port=$1 pid=$2 limit=${3:-240}
  for _ in $(seq 1 $((limit * 4))); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { echo "node on port $port exited" >&2; return 1; }
    sleep 0.25
  done
  echo "node on port $port not healthy after ${limit}s" >&2; return 1
}

node_kill9() { kill -9 "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

fault_cleanup() {
  local rc=$?
  for pid in "${FAULT_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  for pid in "${FAULT_PIDS[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ -n "$FAULT_PG" ] && [ -f "$FAULT_PG/postmaster.pid" ]; then
    as_pg "$PGBIN/pg_ctl -D $FAULT_PG -w -t 60 -m immediate stop >/dev/null 2>&1" || true
  fi
  if [ -n "$FAULT_KEEP" ] || [ "$rc" != 0 ]; then
    echo "work folder kept: $FAULT_WORK"
  else
    rm -rf "$FAULT_WORK"
  fi
  exit "$rc"
}
trap fault_cleanup EXIT
trap 'exit 130' INT TERM

verdict() { # verdict OK MESSAGE
  if [ "$1" = 0 ]; then echo "PASS: $2"; else echo "FAIL: $2"; fi
}

# dump_db DIR: what the database holds, for intake_client.py verify.
dump_db() {
  local dir=$1; mkdir -p "$dir"
  sql "select case_number from complaint" >"$dir/complaints.txt"
  sql "select e.business_key_, count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
       where e.id_ = e.proc_inst_id_ and d.key_ = 'complaint-handling' group by 1" >"$dir/instances.txt"
  sql "select idempotency_key, case_number from intake_request" >"$dir/keys.txt"
  sql "select case_number, count(*) from outbox_message where purpose = 'ACKNOWLEDGEMENT' group by 1" >"$dir/acks.txt"
}

# wait_sql_zero QUERY SECONDS: until the query answers 0; prints the seconds it took.
# Jobs waiting at an activity of any model.
jobs_at() { echo "select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ where d.act_id_ = '$1'"; }

# count_lines FILE PATTERN: matching lines, 0 when the file is not there yet.
count_lines() { if [ -f "$1" ]; then grep -c -- "$2" "$1" || true; else echo 0; fi; }

wait_sql_zero() {
  local q=$1 limit=$2 t0 n
  t0=$(now_ms)
  while :; do
    n=$(sql "$q") || return 1
    [ "$n" = 0 ] && { echo $(( ($(now_ms) - t0) / 1000 )); return 0; }
    [ $(( ($(now_ms) - t0) / 1000 )) -ge "$limit" ] && { echo "still $n after ${limit}s" >&2; return 1; }
    sleep 1
  done
}
