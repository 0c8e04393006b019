#!/usr/bin/env bash
# Intake throughput, side by side in one run, each with 1 and 4 concurrent clients:
#  1. the service: complaints per second through POST /api/complaints (the jar on PostgreSQL, full path);
#  2. the engine in the service's context (EngineIntakeBench, database bench_engine): RuntimeService starting
#     complaint-handling with the same start variables and the service's own delegates, no HTTP, validation,
#     intake ledger writes or security (issue 20 §4: the service at >= 0.7 x this rate);
#  3. for reference, the bare engine starting a one-user-task process (BareEngineBench, database bench_bare).
# Then the ratios service/engine and service/bare per client count.
# Usage: bench/intake.sh [seconds per measurement, default 30] [warm-up seconds, default 15]
# BENCH_CLIENTS (default "1 4"), BENCH_SKIP_BARE=1 (service only), BENCH_JDBC_PARAMS (see lib.sh),
# BENCH_SERVICE_ARGS (extra arguments for the service and EngineIntakeBench's context, e.g.
# --camunda.bpm.history-level=audit).
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
fresh_db bench_engine
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

if [ "${BENCH_SKIP_BARE:-}" = 1 ]; then log "BENCH_SKIP_BARE=1: no engine sides, no ratio (a quick comparison of service settings)"; exit 0; fi

# --- the engine in the service's context: same model, start variables, delegates and job executor ---
# EngineIntakeBench prints the load average before and after each of its windows itself.
log "EngineIntakeBench against bench_engine (log: $OUT/engine.log)"
SPRING_DATASOURCE_URL=$(jdbc_url bench_engine) SPRING_DATASOURCE_USERNAME=$BENCH_DB_USER SPRING_DATASOURCE_PASSWORD=$BENCH_DB_PASSWORD \
  java $BENCH_JAVA_OPTS -cp "$TEST_CP" com.casedesk.bench.EngineIntakeBench "$WARMUP" "$SECONDS_PER_RUN" "$(echo $CLIENTS | tr ' ' ,)" \
  ${BENCH_SERVICE_ARGS:-} > "$OUT/engine.log" 2>&1 || { tail -40 "$OUT/engine.log" >&2; exit 1; }
grep "^engine \|^# engine" "$OUT/engine.log" | tee -a "$result"
echo "engine: $(pg_sql bench_engine "select count(*) from complaint") complaints in the ledger, $(pg_sql bench_engine "select count(*) from act_ru_execution where parent_id_ is null and proc_def_id_ like 'complaint-handling:%'") complaint-handling instances, $(pg_sql bench_engine "select count(*) from act_ru_task") open tasks, $(pg_sql bench_engine "select count(*) from act_ru_job") jobs" | tee -a "$result"

# --- the bare engine (one user task, for reference), same machine, same heap, right after ---
before=$(load)
java $BENCH_JAVA_OPTS -cp "$TEST_CP" com.casedesk.bench.BareEngineBench "$(jdbc_url bench_bare)" "$BENCH_DB_USER" "$BENCH_DB_PASSWORD" \
  "$WARMUP" "$SECONDS_PER_RUN" "$(echo $CLIENTS | tr ' ' ,)" 2> "$OUT/bare.log" | grep "^bare " > "$OUT/bare.txt"
after=$(load)
sed "s/\$/ | before: $before | after: $after/" "$OUT/bare.txt" | tee -a "$result"

# rate N of a line "<side> <clients|threads>=N ... rate=X/s ..."
rate_of() { awk -v side="$1" -v n="$2" '$1==side && $2==n {for(i=1;i<=NF;i++) if($i ~ /^rate=/){v=$i; sub("rate=","",v); sub("/s","",v); print v}}' "$result"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{if (a == "" || b == "" || b == 0) print "?"; else printf "%.2f", a/b}'; }
echo "--- ratio service/engine (goal >= 0.7) and service/bare" | tee -a "$result"
for c in $CLIENTS; do
  s=$(rate_of service "clients=$c"); e=$(rate_of engine "threads=$c"); b=$(rate_of bare "threads=$c")
  echo "clients=$c service=$s engine=$e service/engine=$(ratio "$s" "$e") bare=$b service/bare=$(ratio "$s" "$b")" | tee -a "$result"
done
log "results: $result"
