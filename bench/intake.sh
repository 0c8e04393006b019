#!/usr/bin/env bash
# Intake throughput, side by side in one run: complaints per second through POST /api/complaints (the
# service jar on PostgreSQL, full path) and the bare engine starting a one-user-task process through
# RuntimeService (BareEngineBench, its own database), each with 1 and 4 concurrent clients.
# Usage: bench/intake.sh [seconds per measurement, default 30] [warm-up seconds, default 15]
# BENCH_CLIENTS (default "1 4"), BENCH_SKIP_BARE=1 (service only), BENCH_JDBC_PARAMS (see lib.sh),
# BENCH_SERVICE_ARGS (extra arguments for the service, e.g. --camunda.bpm.history-level=audit).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SECONDS_PER_RUN=${1:-30}
WARMUP=${2:-15}
CLIENTS=${BENCH_CLIENTS:-1 4}
build

result="$OUT/intake-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# intake benchmark $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "# PostgreSQL $(pg_sql postgres 'show server_version' 2>/dev/null || echo ?), JVM options: $BENCH_JAVA_OPTS, ${SECONDS_PER_RUN}s per measurement after ${WARMUP}s warm-up, service args: ${BENCH_SERVICE_ARGS:-(application.yaml)}"
} > "$result"

fresh_db bench_intake
fresh_db bench_bare

# --- the service ---
start_service bench_intake ${BENCH_SERVICE_ARGS:-}
BENCH_RUN=1 wrk -t4 -c4 -d"${WARMUP}s" -s bench/intake.lua "$BASE" > "$OUT/intake-warmup.txt" 2>&1
wait_jobs_drained bench_intake
run=2
for c in $CLIENTS; do
  before=$(load)
  BENCH_RUN=$run wrk -t"$c" -c"$c" -d"${SECONDS_PER_RUN}s" --latency -s bench/intake.lua "$BASE" > "$OUT/intake-service-$c.txt" 2>&1
  after=$(load)
  rate=$(awk '/Requests\/sec/{print $2}' "$OUT/intake-service-$c.txt")
  p50=$(awk '$1=="50%"{print $2}' "$OUT/intake-service-$c.txt"); p99=$(awk '$1=="99%"{print $2}' "$OUT/intake-service-$c.txt")
  non2xx=$(awk '/Non-2xx/{print $5}' "$OUT/intake-service-$c.txt"); non2xx=${non2xx:-0}
  echo "service clients=$c rate=${rate}/s p50=$p50 p99=$p99 non-201=$non2xx | before: $before | after: $after" | tee -a "$result"
  run=$((run + 1))
  wait_jobs_drained bench_intake
done
cases=$(pg_sql bench_intake "select count(*) from complaint")
echo "service: $cases complaints in the ledger, $(pg_sql bench_intake "select count(*) from act_ru_task") open tasks, $(pg_sql bench_intake "select count(*) from act_ru_job") jobs" | tee -a "$result"
stop_service

# --- the bare engine, same machine, same heap, right after ---
if [ "${BENCH_SKIP_BARE:-}" = 1 ]; then log "BENCH_SKIP_BARE=1: no bare engine, no ratio (a quick comparison of service settings)"; exit 0; fi
before=$(load)
java $BENCH_JAVA_OPTS -cp "$TEST_CP" com.casedesk.bench.BareEngineBench "$(jdbc_url bench_bare)" "$BENCH_DB_USER" "$BENCH_DB_PASSWORD" \
  "$WARMUP" "$SECONDS_PER_RUN" "$(echo $CLIENTS | tr ' ' ,)" 2> "$OUT/bare.log" | grep "^bare " > "$OUT/bare.txt"
after=$(load)
sed "s/\$/ | before: $before | after: $after/" "$OUT/bare.txt" | tee -a "$result"

echo "--- ratio service/bare"
for c in $CLIENTS; do
  s=$(awk -v c="clients=$c" '$1=="service" && $2==c {sub("rate=","",$3); sub("/s","",$3); print $3}' "$result")
  b=$(awk -v c="threads=$c" '$1=="bare" && $2==c {for(i=1;i<=NF;i++) if($i ~ /^rate=/){v=$i; sub("rate=","",v); sub("/s","",v); print v}}' "$result")
  echo "clients=$c service=$s bare=$b ratio=$(awk -v s="$s" -v b="$b" 'BEGIN{printf "%.2f", s/b}')" | tee -a "$result"
done
log "results: $result"
