#!/usr/bin/env bash
# Deletes at five years (issue 20 §3): on bench_five as five-years.sh leaves it (KEEP_DB=1), one day's expired
# cases go — the engine's history cleanup (removal-time strategy) and the retention sweep — while the service
# takes complaints (4 clients). Prints how long each took, what it removed, and intake with and without it.
# Usage: bench/cleanup.sh [batch size, default 500] [degree of parallelism, default 1] [cases per day, default 548]
#   cases per day: a large bank's day at a million complaints in five years (1,000,000 / 1,826). The plan of
#   five-years.sh leaves about one day of closed cases past their retention; the engine holds the history of a
#   fifth of them, so the oldest cases with history get their removal time moved to the past until one
#   day's worth is due — as if the clock had moved on by a few days.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
BATCH=${1:-500}
PARALLEL=${2:-1}
PER_DAY=${3:-548}
DB=${BENCH_FIVE_DB:-bench_five}
build
trap stop_service EXIT
result="$OUT/cleanup-$(date -u +%Y%m%dT%H%M%SZ).txt"
say() { echo "$*" | tee -a "$result"; }
q() { pg_sql "$DB" "$1"; }
[ -n "$(q "select to_regclass('five_plan')")" ] || { echo "run KEEP_DB=1 bash bench/five-years.sh first" >&2; exit 1; }
say "# cleanup $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, batch size $BATCH, degree of parallelism $PARALLEL, $PER_DAY cases per day"

HIST="act_hi_procinst act_hi_actinst act_hi_taskinst act_hi_varinst act_hi_detail act_hi_identitylink act_hi_decinst
  act_hi_dec_in act_hi_dec_out act_hi_job_log act_hi_op_log act_hi_incident act_ge_bytearray act_ru_authorization"
# one day's worth of case histories due: the oldest roots first
for t in $HIST; do
  q "update $t set removal_time_ = now() - interval '1 minute' where removal_time_ > now() and root_proc_inst_id_ in (
       select id_ from act_hi_procinst where id_ = root_proc_inst_id_ and removal_time_ is not null order by removal_time_ limit $PER_DAY)" >/dev/null
done
# the sweeps of earlier nights: reports anonymized once their three years had passed, except the last day's
q "update wb_report set anonymized_at = closed_at + interval '3 years'
   where anonymized_at is null and closed_at < now() - interval '3 years' - interval '1 day'" >/dev/null
T0=$(q "select to_char(now(), 'YYYY-MM-DD HH24:MI:SS')")
due() { local n=0; for t in $HIST; do n=$((n + $(q "select count(*) from $t where removal_time_ <= '$T0'"))); done; echo $n; }
expired() { q "select (select count(*) from complaint where anonymized_at is null and status = 'CLOSED' and closed_at < now() - interval '5 years')
                    + (select count(*) from wb_report where anonymized_at is null and closed_at < now() - interval '3 years')"; }
roots=$(q "select count(*) from act_hi_procinst where removal_time_ <= '$T0' and id_ = root_proc_inst_id_")
rows=$(due); cases=$(expired)
say "due: $roots process instances (their roots) with $rows history rows; $cases cases past their retention in the ledger"

start=$(date -u +%H:%M); end=$(date -u -d '+4 hours' +%H:%M)
start_service "$DB" --camunda.bpm.generic-properties.properties.historyCleanupBatchWindowStartTime="$start" \
  --camunda.bpm.generic-properties.properties.historyCleanupBatchWindowEndTime="$end" \
  --camunda.bpm.generic-properties.properties.historyCleanupBatchSize="$BATCH" \
  --camunda.bpm.generic-properties.properties.historyCleanupDegreeOfParallelism="$PARALLEL"
BENCH_RUN=$(free_intake_run "$DB") wrk -t4 -c4 -d10s -s bench/intake.lua "$BASE" > /dev/null 2>&1
BENCH_RUN=$(free_intake_run "$DB") wrk -t4 -c4 -d30s --latency -s bench/intake.lua "$BASE" > "$OUT/cleanup-intake-base.txt" 2>&1
run=$(free_intake_run "$DB")
say "intake without the cleanup (4 clients, 30 s): $(awk '/Requests\/sec/{print $2}' "$OUT/cleanup-intake-base.txt")/s $(grep '^p50=' "$OUT/cleanup-intake-base.txt") | $(load)"

BENCH_RUN=$run wrk -t4 -c4 -d900s --latency -s bench/intake.lua "$BASE" > "$OUT/cleanup-intake-during.txt" 2>&1 &
WRK=$!
sleep 5
begin=$(date +%s.%N)
curl -fsS -u admin:demo -X POST "$BASE/engine-rest/history/cleanup?immediatelyDue=true" > /dev/null
sweep=$(curl -fsS -u admin:demo "$BASE/engine-rest/job?processDefinitionKey=retention-sweep&timers=true" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
curl -fsS -u admin:demo -X POST "$BASE/engine-rest/job/$sweep/execute" > /dev/null
hist_done= ret_done=
for _ in $(seq 1 840); do
  now=$(date +%s.%N)
  [ -n "$hist_done" ] || [ "$(q "select count(*) from act_hi_procinst where removal_time_ <= '$T0'")" != 0 ] || hist_done=$(python3 -c "print(round($now - $begin, 1))")
  [ -n "$ret_done" ] || [ "$(expired)" != 0 ] || ret_done=$(python3 -c "print(round($now - $begin, 1))")
  [ -n "$hist_done" ] && [ -n "$ret_done" ] && break
  sleep 1
done
kill -INT $WRK 2>/dev/null; wait $WRK 2>/dev/null || true
left=$(due)
say "history cleanup: process instances gone after ${hist_done:-never} s; history rows still due at the end: $left (of $rows)"
say "retention sweep: $cases cases anonymized after ${ret_done:-never} s"
say "intake during it (4 clients): $(awk '/Requests\/sec/{print $2}' "$OUT/cleanup-intake-during.txt")/s $(grep '^p50=' "$OUT/cleanup-intake-during.txt") | $(load)"
say "cleanup jobs: $(q "select count(*) || ' runs, ' || coalesce(sum(case when job_exception_msg_ is not null then 1 else 0 end), 0) || ' failed' from act_hi_job_log where job_def_type_ = 'history-cleanup' and timestamp_ >= '$T0'")"
log "results: $result"
