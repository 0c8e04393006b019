# Shared helpers of the bench/ scripts (sourced, not run).
# Database: the machine's PostgreSQL on localhost:5432, role $BENCH_DB_USER (created if missing when we
# are root and can `su postgres`). Override BENCH_DB_HOST / BENCH_DB_PORT / BENCH_DB_USER / BENCH_DB_PASSWORD.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BENCH_DB_HOST=${BENCH_DB_HOST:-localhost}
BENCH_DB_PORT=${BENCH_DB_PORT:-5432}
BENCH_DB_USER=${BENCH_DB_USER:-bench}
BENCH_DB_PASSWORD=${BENCH_DB_PASSWORD:-bench}
# The same heap for the service and the bare engine.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC}
OUT=target/bench
mkdir -p "$OUT"

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }
load() { uptime | sed 's/.*load average/load average/'; }

# BENCH_JDBC_PARAMS: driver options appended to every URL, e.g. "?reWriteBatchedInserts=true"
jdbc_url() { echo "jdbc:postgresql://$BENCH_DB_HOST:$BENCH_DB_PORT/$1${BENCH_JDBC_PARAMS:-}"; }

# psql as the PostgreSQL superuser: su postgres when root, else the caller's PG* environment.
pg_admin() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "psql -v ON_ERROR_STOP=1 -qtA -c \"$1\""; else psql -v ON_ERROR_STOP=1 -qtA -c "$1"; fi
}

# pg_sql DB SQL: a query as the bench role.
pg_sql() { PGPASSWORD=$BENCH_DB_PASSWORD psql -h "$BENCH_DB_HOST" -p "$BENCH_DB_PORT" -U "$BENCH_DB_USER" -d "$1" -qtA -c "$2"; }

# fresh_db NAME: drops and creates the database (names must start with bench_).
fresh_db() {
  case "$1" in bench_*) ;; *) echo "refusing to drop $1: bench databases are named bench_*" >&2; exit 1;; esac
  pg_admin "select 1 from pg_roles where rolname='$BENCH_DB_USER'" | grep -q 1 ||
    pg_admin "create role $BENCH_DB_USER login password '$BENCH_DB_PASSWORD'"
  pg_admin "drop database if exists $1 with (force)"
  pg_admin "create database $1 owner $BENCH_DB_USER"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# The service jar and the test classes (benchmark mains) with their class path.
build() {
  if [ -z "$(ls target/casedesk-*.jar 2>/dev/null | grep -v original)" ] || [ -n "$(find src pom.xml -newer "$(ls target/casedesk-*.jar | grep -v original | head -1)" -type f | head -1)" ]; then
    log "building the jar and the benchmark mains"
    ./mvnw -q -o package -DskipTests || ./mvnw -q package -DskipTests
  fi
  JAR=$(ls target/casedesk-*.jar | grep -v original | head -1)
  if [ ! -s "$OUT/classpath.txt" ] || [ pom.xml -nt "$OUT/classpath.txt" ]; then
    ./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" ||
      ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
  fi
  TEST_CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
}

# start_service DB [extra args...]: the service jar against DB on a free port; sets SERVICE_PID, BASE.
start_service() {
  local db=$1; shift
  local port; port=$(free_port)
  BASE="http://localhost:$port"
  log "starting $JAR on $BASE against $db (log: $OUT/service-$db.log)"
  SPRING_DATASOURCE_URL=$(jdbc_url "$db") SPRING_DATASOURCE_USERNAME=$BENCH_DB_USER SPRING_DATASOURCE_PASSWORD=$BENCH_DB_PASSWORD \
    java $BENCH_JAVA_OPTS -jar "$JAR" --server.port="$port" "$@" > "$OUT/service-$db.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 300); do
    if curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then return 0; fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -40 "$OUT/service-$db.log" >&2; exit 1; }
    sleep 1
  done
  echo "service not healthy" >&2; exit 1
}

stop_service() {
  if [ -n "${SERVICE_PID:-}" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=; fi
}

# due_jobs DB: jobs the executor could run now (the acknowledgements after intake).
due_jobs() { pg_sql "$1" "select count(*) from act_ru_job where (duedate_ is null or duedate_ <= now()) and retries_ > 0 and suspension_state_ = 1"; }

wait_jobs_drained() {
  for _ in $(seq 1 600); do [ "$(due_jobs "$1")" = 0 ] && return 0; sleep 1; done
  log "warning: due jobs still pending in $1: $(due_jobs "$1")"
}

# free_intake_run DB: a run number (0-99, bench/intake.lua's idempotency keys) no earlier run on DB used; a used one
# would be answered as replays. Fails when all hundred are used.
free_intake_run() {
  local n; n=$(pg_sql "$1" "select min(n) from generate_series(0, 99) n where not exists (select 1 from intake_request
      where idempotency_key like 'bench-' || lpad(n::text, 2, '0') || '%')")
  [ -n "$n" ] || { echo "every intake run number 0-99 is used on $1" >&2; return 1; }
  echo "$n"
}
