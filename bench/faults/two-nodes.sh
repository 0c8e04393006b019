#!/usr/bin/env bash
# Fault 2, two nodes on one database (Camunda's homogeneous cluster): nodes a and b, two plain
# `java -jar` processes on different ports, share one PostgreSQL. Complaints are registered on both;
# each case is read through the other node; then the reply reminder and reply deadline timers of every
# case are made due (SQL: due date one minute ago), node a is `kill -9`ed as soon as the first timer
# has fired, and node b must fire the rest. PASS when, for every case, each timer fired exactly once
# (engine history), the escalation was recorded exactly once (case_event ESCALATED, escalation_count)
# and the reminder notice is in the outbox exactly once, with no incident and no timer left.
#   bash bench/faults/two-nodes.sh        (COUNT=200 cases, half on each node)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
COUNT=${COUNT:-200}; WORKERS=${WORKERS:-2}
CLIENT="python3 $FAULT_ROOT/bench/faults/intake_client.py"

JAR=$(jar_path)
pg_start_private
pa=$(free_port); pb=$(free_port)
# One after the other: the first creates the schema and deploys the models, the second finds them.
# hostname: written by each engine into the job log (act_hi_job_log.hostname_), to see who ran what.
node_start a "$pa" --camunda.bpm.generic-properties.properties.hostname=node-a
wait_healthy "$pa" "$NODE_PID_a"
node_start b "$pb" --camunda.bpm.generic-properties.properties.hostname=node-b
wait_healthy "$pb" "$NODE_PID_b"
versions=$(sql "select count(*) from act_re_procdef where key_ = 'complaint-handling'")
log "both nodes up; complaint-handling versions deployed: $versions"

half=$((COUNT / 2))
$CLIENT burst --base "http://127.0.0.1:$pa" --journal "$FAULT_WORK/a.jsonl" --first 1 --count "$half" --workers "$WORKERS" &
ca=$!; FAULT_PIDS+=("$ca")
$CLIENT burst --base "http://127.0.0.1:$pb" --journal "$FAULT_WORK/b.jsonl" --first 500001 --count "$half" --workers "$WORKERS" &
cb=$!; FAULT_PIDS+=("$cb")
wait "$ca"; wait "$cb"
created_a=$(count_lines "$FAULT_WORK/a.jsonl" '"status": 201'); created_b=$(count_lines "$FAULT_WORK/b.jsonl" '"status": 201')
log "registered: $created_a on a, $created_b on b"
[ "$created_a" = "$half" ] && [ "$created_b" = "$half" ] || { echo "FAIL: not every intake answered 201"; exit 1; }

# Handled on either: every case is read through the node that did not register it.
cross=0
for pair in "a.jsonl $pb" "b.jsonl $pa"; do
  set -- $pair
  for case in $(python3 -c "import json,sys; [print(json.loads(l)['case']) for l in open(sys.argv[1])]" "$FAULT_WORK/$1"); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -u frontline:demo "http://127.0.0.1:$2/api/complaints/$case")
    [ "$code" = 200 ] && cross=$((cross + 1))
  done
done
log "read through the other node: $cross of $COUNT"

wait_sql_zero "$(jobs_at Task_AcknowledgeComplainant)" 300 >/dev/null
timers="select id_ from act_ru_jobdef where act_id_ in ('Timer_ReplyReminder', 'Timer_ReplyDeadline')"
due=$(sql "update act_ru_job set duedate_ = now() - interval '1 minute' where job_def_id_ in ($timers) returning id_" | wc -l)
td=$(now_ms)
log "made $due timers due now; kill -9 of node a after its first firing"
fired="select count(*) from act_hi_actinst where act_id_ in ('Timer_ReplyReminder', 'Timer_ReplyDeadline') and end_time_ is not null"
until [ "$(sql "$fired")" -gt 0 ]; do sleep 0.2; done
node_kill9 "$NODE_PID_a"; tk=$(now_ms)
before_kill=$(sql "$fired")
locked=$(sql "select count(*) from act_ru_job where lock_owner_ is not null and lock_exp_time_ > now()")
log "node a killed $(( tk - td )) ms after the timers fell due; $before_kill fired by then; $locked jobs locked (lock time ${LOCK_MS} ms)"

left="select count(*) from act_ru_job where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ in
      ('Timer_ReplyReminder', 'Timer_ReplyDeadline', 'Task_RemindHandler'))"
secs=$(wait_sql_zero "$left" $(( LOCK_MS / 1000 + 600 ))) || { echo "FAIL: timers or reminder jobs left"; exit 1; }
all_s=$(python3 -c "print(round(($(now_ms) - $td) / 1000, 1))")
log "every timer and reminder job done ${all_s} s after they fell due"

per_case="
with c as (select case_number from complaint),
 t as (select p.business_key_ bk, a.act_id_, count(*) n from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
       where a.act_id_ in ('Timer_ReplyReminder', 'Timer_ReplyDeadline', 'Task_RemindHandler') group by 1, 2),
 e as (select case_number, count(*) n from case_event where event_type = 'ESCALATED' group by 1),
 o as (select case_number, count(*) n from outbox_message where purpose = 'REMINDER' group by 1)
select
 (select count(*) from c),
 (select count(*) from c where (select n from t where bk = c.case_number and act_id_ = 'Timer_ReplyDeadline') = 1),
 (select count(*) from c where (select n from t where bk = c.case_number and act_id_ = 'Timer_ReplyReminder') = 1),
 (select count(*) from c where (select n from t where bk = c.case_number and act_id_ = 'Task_RemindHandler') = 1),
 (select count(*) from c where (select n from e where e.case_number = c.case_number) = 1),
 (select count(*) from complaint where escalation_count = 1),
 (select count(*) from c where (select n from o where o.case_number = c.case_number) = 1),
 (select count(*) from act_ru_incident)"
IFS='|' read -r cases deadline1 reminder1 remind1 escalated1 count1 notice1 incidents <<<"$(sql "$per_case")"
by_host=$(sql "select hostname_ || ':' || count(*) from act_hi_job_log l join act_ru_jobdef d on d.id_ = l.job_def_id_
  where l.job_state_ = 2 and d.act_id_ in ('Timer_ReplyReminder', 'Timer_ReplyDeadline', 'Task_RemindHandler')
  group by hostname_ order by 1" | paste -sd' ')
failed=$(sql "select count(*) from act_hi_job_log where job_state_ = 1")
log "per case: deadline timer once $deadline1, reminder timer once $reminder1, reminder task once $remind1, ESCALATED once $escalated1, escalation_count=1 $count1, REMINDER notice once $notice1; incidents $incidents; successful timer/reminder jobs by node: $by_host; failed job attempts $failed"

rc=0
for n in "$deadline1" "$reminder1" "$remind1" "$escalated1" "$count1" "$notice1"; do [ "$n" = "$COUNT" ] || rc=1; done
[ "$cases" = "$COUNT" ] && [ "$incidents" = 0 ] && [ "$cross" = "$COUNT" ] && [ "$versions" = 1 ] || rc=1
verdict $rc "two nodes: $COUNT cases ($created_a on a, $created_b on b, $cross read through the other node); $due timers made due, \
a killed after $before_kill fired ($locked locked); all done in ${all_s} s; exactly once per case: deadline $deadline1, reminder $reminder1, \
escalation event $escalated1, reminder notice $notice1; jobs by node: $by_host; incidents $incidents"
exit $rc
