#!/usr/bin/env bash
# Fault 4, database outage: PostgreSQL is stopped for DOWN_S seconds (default 30) and started again
# while the service runs. Before the outage, CASES complaints are registered and their reply reminder
# timers are moved to fall due in the middle of the outage. During it the script asks /actuator/health
# and sends one new intake request every second. PASS when health turns 503/DOWN, every intake during
# the outage is refused with 503 problem+json and Retry-After (none hangs, none is 500), health is UP
# again without a restart (same pid), the refused requests retried with the same keys are registered
# (201, one case each), and every reminder timer created before the outage fired exactly once.
#   bash bench/faults/db-outage.sh        (CASES=20 DOWN_S=30)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
CASES=${CASES:-20}; DOWN_S=${DOWN_S:-30}
CLIENT="python3 $FAULT_ROOT/bench/faults/intake_client.py"

JAR=$(jar_path)
pg_start_private
port=$(free_port); base="http://127.0.0.1:$port"
node_start a "$port"; wait_healthy "$port" "$NODE_PID_a"
$CLIENT burst --base "$base" --journal "$FAULT_WORK/before.jsonl" --count "$CASES" --workers 2
[ "$(count_lines "$FAULT_WORK/before.jsonl" '"status": 201')" = "$CASES" ] || { echo "FAIL: intake before the outage"; exit 1; }
wait_sql_zero "$(jobs_at Task_AcknowledgeComplainant)" 300 >/dev/null
reminders=$(sql "update act_ru_job set duedate_ = now() + interval '$((DOWN_S / 2 + 2)) seconds'
  where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'Timer_ReplyReminder') returning id_" | wc -l)
log "$CASES cases registered; their $reminders reminder timers fall due in the middle of the outage"

pg_down; td=$(now_ms)
log "PostgreSQL stopped"
samples="$FAULT_WORK/outage.txt"; : >"$samples"
# One sample a second, each in the background (clients do not wait for each other): health, then a new
# intake. Sampling stops 12 s before the restart, so every sample (health and intake wait up to 5 s each
# for a connection) is answered while the database is down.
sample() {
  local h i
  h=$(curl -s -o /dev/null -m 20 -w '%{http_code}' "$base/actuator/health" || echo 000)
  i=$($CLIENT one --base "$base" --seq "$2" --key "outage-$2" --timeout 20)
  echo "$1 $h $2 $i" >>"$samples"
}
seq=900001; samplers=()
while [ $(( $(now_ms) - td )) -lt $(( (DOWN_S - 12) * 1000 )) ]; do
  sample $(( $(now_ms) - td )) $seq & samplers+=($!)
  seq=$((seq + 1))
  sleep 1
done
wait "${samplers[@]}"
sleep $(( DOWN_S - ($(now_ms) - td) / 1000 )) 2>/dev/null || true
pg_up; tu=$(now_ms); down_s=$(( (tu - td) / 1000 ))
log "PostgreSQL started again after $down_s s"
until curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  [ $(( $(now_ms) - tu )) -gt 120000 ] && { echo "FAIL: not healthy 120 s after the database came back"; exit 1; }
  sleep 0.25
done
recover_ms=$(( $(now_ms) - tu ))
same_pid=$(kill -0 "$NODE_PID_a" 2>/dev/null && echo yes || echo no)
log "health UP ${recover_ms} ms after the database came back (same process: $same_pid)"

# The requests refused during the outage, retried with their keys: each now registered once.
retried=0; retried201=0
while read -r _ _ s _; do
  r=$($CLIENT one --base "$base" --seq "$s" --key "outage-$s")
  retried=$((retried + 1)); [ "${r%% *}" = 201 ] && retried201=$((retried201 + 1))
done <"$samples"
outage_cases=$(sql "select count(*) from intake_request where idempotency_key like 'outage-%'")

# Only the cases registered before the outage (the retried ones have reminders of their own, due in days).
before="select p.id_ from act_hi_procinst p join intake_request r on r.case_number = p.business_key_ where r.idempotency_key like 'fault-%'"
left="select count(*) from act_ru_job where process_instance_id_ in ($before) and job_def_id_ in
      (select id_ from act_ru_jobdef where act_id_ in ('Timer_ReplyReminder', 'Task_RemindHandler'))"
jobs_s=$(wait_sql_zero "$left" $(( LOCK_MS / 1000 + 120 ))) || { echo "FAIL: reminder jobs left"; exit 1; }
IFS='|' read -r fired_once notice_once incidents <<<"$(sql "
  select (select count(*) from (select p.business_key_ from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
            where a.act_id_ = 'Timer_ReplyReminder' and p.id_ in ($before) group by 1 having count(*) = 1) x),
         (select count(*) from (select case_number from outbox_message where purpose = 'REMINDER'
            and case_number in (select business_key_ from act_hi_procinst where id_ in ($before)) group by 1 having count(*) = 1) y),
         (select count(*) from act_ru_incident)")"
failed=$(sql "select count(*) from act_hi_job_log where job_state_ = 1")
last_ms=$(sql "select coalesce(round(extract(epoch from max(end_time_)) * 1000), 0) from act_hi_actinst
  where act_id_ = 'Task_RemindHandler' and proc_inst_id_ in ($before)")
reminders_after_s=$(python3 -c "print(round(($last_ms - $tu) / 1000, 1))")

read -r samples_n health_503 first_down_ms intake_503 with_retry_after problem_json intake_other max_s <<<"$(awk '
  { n++; if ($2 == 503) { h++; if (fd == "") fd = $1 }
    if ($4 == 503) { i++; if ($6 != "-") ra++; if ($7 == "application/problem+json") pj++ } else o++
    if ($8 > mx) mx = $8 }
  END { print n, h+0, (fd == "" ? -1 : fd), i+0, ra+0, pj+0, o+0, mx+0 }' "$samples")"
log "outage samples $samples_n: health 503 in $health_503 (first after ${first_down_ms} ms); intake 503 $intake_503 \
(Retry-After $with_retry_after, problem+json $problem_json), other $intake_other; slowest intake answer ${max_s} s"
log "after: $retried201/$retried refused keys registered on retry ($outage_cases cases); reminders fired once $fired_once/$reminders, \
notices once $notice_once; failed job attempts $failed; incidents $incidents; last reminder sent ${reminders_after_s} s after the database came back"

rc=0
[ "$health_503" = "$samples_n" ] && [ "$intake_503" = "$samples_n" ] && [ "$with_retry_after" = "$samples_n" ] \
  && [ "$problem_json" = "$samples_n" ] && [ "$same_pid" = yes ] && [ "$retried201" = "$retried" ] \
  && [ "$outage_cases" = "$retried" ] && [ "$fired_once" = "$reminders" ] && [ "$notice_once" = "$reminders" ] \
  && [ "$incidents" = 0 ] && [ "$samples_n" -gt 0 ] || rc=1
verdict $rc "database outage ${down_s} s: health 503 $health_503/$samples_n, intake 503+Retry-After $with_retry_after/$samples_n \
(slowest ${max_s} s); UP ${recover_ms} ms after restart without a service restart; $retried201/$retried refused keys registered on retry; \
$fired_once/$reminders reminder timers created before the outage fired exactly once (last ${reminders_after_s} s after recovery)"
exit $rc
