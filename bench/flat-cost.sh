#!/usr/bin/env bash
# Flat cost: the intake rate (POST /api/complaints, 4 clients) and a case worker's task list (group tasks
# of complaint-frontline by due date, first page of 50, GET /engine-rest/task as frontline/demo, one
# client, p95) with a growing number of open cases in one database (bench_flat).
# Open cases beyond the ones the measurements add are loaded by OpenCasesLoader (the service's own
# ComplaintIntake in a Spring context, 4 threads); the time that took is reported.
# Usage: bench/flat-cost.sh [open-case levels, default "1000 100000"] [seconds per measurement, default 30]
#        BENCH_KEEP_DB=1 keeps the existing bench_flat and only tops it up (e.g. to go on to 100000 later);
#        BENCH_FLAT_DB names another database (e.g. to measure 1,000 open cases without losing a loaded bench_flat).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LEVELS=${1:-1000 100000}
SECONDS_PER_RUN=${2:-30}
DB=${BENCH_FLAT_DB:-bench_flat}
build
trap stop_service EXIT

result="$OUT/flat-cost-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# flat-cost benchmark $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "# PostgreSQL $(pg_sql postgres 'show server_version' 2>/dev/null || echo ?), JVM options: $BENCH_JAVA_OPTS, ${SECONDS_PER_RUN}s per measurement"
} > "$result"
[ "${BENCH_KEEP_DB:-0}" = 1 ] || fresh_db "$DB"
run=
for n in $LEVELS; do
  # Schema and demo users exist only after the service ran once.
  if [ -z "$(pg_sql "$DB" "select to_regclass('complaint')")" ]; then start_service "$DB"; stop_service; fi
  # Each wrk run needs idempotency keys no earlier run on this database used, or its requests are replays.
  [ -n "$run" ] || run=$(free_intake_run "$DB")
  log "loading up to $n open cases"
  before=$(load)
  SPRING_DATASOURCE_URL=$(jdbc_url "$DB") SPRING_DATASOURCE_USERNAME=$BENCH_DB_USER SPRING_DATASOURCE_PASSWORD=$BENCH_DB_PASSWORD \
    java $BENCH_JAVA_OPTS -cp "$TEST_CP" com.casedesk.bench.OpenCasesLoader "$n" "${BENCH_LOADER_THREADS:-4}" 2>&1 |
    grep '^loader:' | tee "$OUT/loader-$n.txt" >&2
  echo "load to $n: $(tail -1 "$OUT/loader-$n.txt" | sed 's/^loader: //') | before: $before | after: $(load)" | tee -a "$result"
  pg_sql "$DB" "analyze" >/dev/null 2>&1

  start_service "$DB"
  wait_jobs_drained "$DB"
  open=$(pg_sql "$DB" "select count(*) from act_ru_task where task_def_key_='Task_FrontlineResolve'")
  timers=$(pg_sql "$DB" "select count(*) from act_ru_job where type_='timer'")
  page=$(curl -fsS -u frontline:demo "$BASE/engine-rest/task?candidateGroup=complaint-frontline&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50" |
    python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
  wrk -t1 -c1 -d5s -s bench/tasklist.lua "$BASE" > /dev/null 2>&1   # warm-up
  before=$(load)
  wrk -t1 -c1 -d"${SECONDS_PER_RUN}s" --timeout 30s --latency -s bench/tasklist.lua "$BASE" > "$OUT/tasklist-$n.txt" 2>&1
  tl=$(grep '^p50=' "$OUT/tasklist-$n.txt")
  echo "open=$open timers=$timers tasklist (page of $page) $tl rate=$(awk '/Requests\/sec/{print $2}' "$OUT/tasklist-$n.txt")/s | before: $before | after: $(load)" | tee -a "$result"

  BENCH_RUN=$run wrk -t4 -c4 -d10s -s bench/intake.lua "$BASE" > /dev/null 2>&1   # warm-up
  run=$((run + 1))
  wait_jobs_drained "$DB"
  before=$(load)
  BENCH_RUN=$run wrk -t4 -c4 -d"${SECONDS_PER_RUN}s" --latency -s bench/intake.lua "$BASE" > "$OUT/flat-intake-$n.txt" 2>&1
  run=$((run + 1))
  echo "open=$open intake clients=4 rate=$(awk '/Requests\/sec/{print $2}' "$OUT/flat-intake-$n.txt")/s $(grep '^p50=' "$OUT/flat-intake-$n.txt") | before: $before | after: $(load)" | tee -a "$result"
  wait_jobs_drained "$DB"
  stop_service
done
log "results: $result"
