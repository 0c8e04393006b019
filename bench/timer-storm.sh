#!/usr/bin/env bash
# Timer storm: N escalation timers (Timer_ReplyDeadline, default 10,000) due at one instant while the
# other timers of the open cases (two per case: reminder and deadline) stay in the future. Needs a
# database with the open cases: run bench/flat-cost.sh first (bench_flat, 100,000 open cases → 200,000
# timers). TimerStormSetup moves the N timers through ManagementService.setJobDuedate to
# T = now + lead; then the service starts with the job executor settings under test and the script
# counts, each second, how many of the N timers have fired (successful entries in ACT_HI_JOB_LOG) and
# whether any fired twice, until all have fired or the limit passes.
# Usage: bench/timer-storm.sh [timers, default 10000] [lead seconds, default 240] [extra service args...]
#   e.g. bench/timer-storm.sh 10000 240 --camunda.bpm.job-execution.max-jobs-per-acquisition=3   (starter default)
# Without extra args the service runs with the settings in application.yaml (the job executor settings
# of docs/performance.md); the service itself creates the ACT_RU_JOB(DUEDATE_) index at start-up
# (process/EngineTableTuning).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
N=${1:-10000}
LEAD=${2:-240}
shift 2 || shift $#
DB=${BENCH_STORM_DB:-bench_flat}
LIMIT=${BENCH_STORM_LIMIT:-300}
build
trap stop_service EXIT
result="$OUT/timer-storm-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# timer storm $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "# PostgreSQL $(pg_sql postgres 'show server_version'), JVM options: $BENCH_JAVA_OPTS, service args: ${*:-(application.yaml)}"
  echo "# index on act_ru_job(duedate_): $(pg_sql "$DB" "select coalesce(to_regclass('act_idx_job_duedate')::text, 'none')")"
  echo "# $DB: $(pg_sql "$DB" "select count(*) from act_ru_task where task_def_key_='Task_FrontlineResolve'") open cases, $(pg_sql "$DB" "select count(*) from act_ru_job where type_='timer'") timers"
} | tee "$result"

due_ms=$(( ($(date +%s) + LEAD) * 1000 ))
java $BENCH_JAVA_OPTS -cp "$TEST_CP" com.casedesk.bench.TimerStormSetup "$(jdbc_url "$DB")" "$BENCH_DB_USER" "$BENCH_DB_PASSWORD" "$N" "$due_ms" 2>/dev/null |
  grep '^storm-setup' | tee -a "$result"
start_service "$DB" "$@"
now_ms=$(( $(date +%s) * 1000 ))
[ "$now_ms" -lt "$due_ms" ] || { echo "setup and start-up took longer than the lead of ${LEAD}s: rerun with a longer lead" | tee -a "$result"; exit 1; }
log "service up; timers due in $(( (due_ms - now_ms) / 1000 )) s"
# With pg_stat_statements in the database, the statements of the storm itself are kept (reset at T, read
# when the last timer has fired): where PostgreSQL's time went.
stats=$(pg_sql "$DB" "select count(*) from pg_extension where extname = 'pg_stat_statements'" 2>/dev/null || echo 0)
sleep $(( (due_ms - now_ms) / 1000 ))
[ "$stats" = 1 ] && su postgres -c "psql -qtA -d $DB -c 'select pg_stat_statements_reset()'" >/dev/null
before=$(load)
# The progress poll reads the storm's timers still pending by primary key (a few ms): counting the job log
# instead took 130 ms a poll on a history of millions of rows, PostgreSQL time taken from the storm.
pending_sql="select count(*) from act_ru_job j join bench_storm s on s.job_id = j.id_"
for t in $(seq 1 "$LIMIT"); do
  fired=$(( N - $(pg_sql "$DB" "$pending_sql") ))
  [ $((t % 5)) = 0 ] && log "t=${t}s fired=$fired"
  [ "$fired" -ge "$N" ] && break
  sleep 1
done
if [ "$stats" = 1 ]; then
  su postgres -c "psql -qtA -F ' | ' -d $DB" > "${result%.txt}-statements.txt" <<SQL
select 'statements=' || sum(calls) || ' seconds=' || round(sum(total_exec_time)::numeric / 1000, 1) from pg_stat_statements;
select calls, round(total_exec_time::numeric / 1000, 2), round(mean_exec_time::numeric, 3), left(regexp_replace(query, '\s+', ' ', 'g'), 140)
  from pg_stat_statements order by total_exec_time desc limit 40;
SQL
fi
{
  pg_sql "$DB" "select 'fired=' || count(distinct l.job_id_) || ' of ' || (select count(*) from bench_storm)
      || ' first=' || coalesce(round(extract(epoch from min(l.timestamp_) - min(s.due))::numeric, 1), -1) || 's'
      || ' last=' || coalesce(round(extract(epoch from max(l.timestamp_) - min(s.due))::numeric, 1), -1) || 's after due'
    from act_hi_job_log l join bench_storm s on s.job_id = l.job_id_ where l.job_state_ = 2"
  pg_sql "$DB" "select 'fired by (s after due): half ' || round(percentile_cont(0.5) within group (order by t)::numeric, 1)
      || ', 90 % ' || round(percentile_cont(0.9) within group (order by t)::numeric, 1)
      || ', 99 % ' || round(percentile_cont(0.99) within group (order by t)::numeric, 1) || ', all ' || round(max(t)::numeric, 1)
    from (select extract(epoch from l.timestamp_ - s.due) as t from act_hi_job_log l join bench_storm s on s.job_id = l.job_id_
          where l.job_state_ = 2) fired"
  pg_sql "$DB" "select 'fired twice=' || count(*) from (select l.job_id_ from act_hi_job_log l join bench_storm s on s.job_id = l.job_id_
    where l.job_state_ = 2 group by l.job_id_ having count(*) > 1) twice"
  pg_sql "$DB" "select 'escalation tasks=' || count(*) || ' in ' || count(distinct t.proc_inst_id_) || ' cases'
    from act_ru_task t join bench_storm s on s.proc_inst_id = t.proc_inst_id_ where t.task_def_key_ = 'Task_SuperviseOverdue'"
  pg_sql "$DB" "select 'failed job runs=' || count(*) from act_hi_job_log l join bench_storm s on s.job_id = l.job_id_ where l.job_state_ = 1"
  echo "load before: $before | after: $(load)"
} | tee -a "$result"
log "results: $result"
