#!/usr/bin/env bash
# Fault 1, crash: a burst of intake requests, `kill -9` of the service in the middle, restart, and the
# client's retries with the same Idempotency-Keys. PASS when every complaint answered 201 is in the
# ledger with exactly one running complaint-handling instance, no case exists twice, every retry of a
# 201 returns the same case, every key ends with exactly one case, and every case's acknowledgement
# job ran exactly once after the restart.
#   bash bench/faults/crash.sh            (COUNT=600 WORKERS=4 KILL_AFTER=150 by default)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
COUNT=${COUNT:-600}; WORKERS=${WORKERS:-4}; KILL_AFTER=${KILL_AFTER:-150}
CLIENT="python3 $FAULT_ROOT/bench/faults/intake_client.py"

JAR=$(jar_path)
pg_start_private
port=$(free_port); base="http://127.0.0.1:$port"
t0=$(now_ms); node_start a "$port"; wait_healthy "$port" "$NODE_PID_a"
log "first start: $(( ($(now_ms) - t0) / 1000 )) s"

journal="$FAULT_WORK/journal.jsonl"
log "burst: $COUNT complaints, $WORKERS at a time; kill -9 after $KILL_AFTER answers 201"
tb=$(now_ms)
$CLIENT burst --base "$base" --journal "$journal" --count "$COUNT" --workers "$WORKERS" --stop-when-gone &
client=$!; FAULT_PIDS+=("$client")
while [ "$(count_lines "$journal" '"status": 201')" -lt "$KILL_AFTER" ]; do
  kill -0 "$client" 2>/dev/null || { echo "FAIL: the client ended before the kill"; exit 1; }
  sleep 0.05
done
node_kill9 "$NODE_PID_a"; tk=$(now_ms)
wait "$client" || true
ok201=$(grep -c '"status": 201' "$journal" || true)
unknown=$(grep -c '"status": null' "$journal" || true)
other=$(( $(wc -l <"$journal") - ok201 - unknown ))
log "killed after $(( (tk - tb) )) ms of burst: $ok201 answered 201, $unknown without answer, $other other"
rate=$(python3 -c "print(round($ok201 / max(($tk - $tb) / 1000, 0.001), 1))")

t1=$(now_ms); node_start a2 "$port"; wait_healthy "$port" "$NODE_PID_a2"
restart_s=$(python3 -c "print(round(($(now_ms) - $t1) / 1000, 1))")
log "restarted in $restart_s s; retrying every key"
retry=$($CLIENT retry --base "$base" --journal "$journal")
log "retry: $retry"

locked=$(sql "select count(*) from act_ru_job where lock_owner_ is not null and lock_exp_time_ > now()")
log "jobs still locked by the killed node: $locked (lock time ${LOCK_MS} ms)"
ack_s=$(wait_sql_zero "$(jobs_at Task_AcknowledgeComplainant)" $(( LOCK_MS / 1000 + 180 ))) \
  || { echo "FAIL: acknowledgement jobs left after $(( LOCK_MS / 1000 + 180 )) s"; exit 1; }
log "acknowledgement jobs done ${ack_s} s after the retries"
dump_db "$FAULT_WORK/db"
result=$($CLIENT verify --journal "$journal" --db-dir "$FAULT_WORK/db") && rc=0 || rc=1
python3 -c "import json,sys; r=json.loads(sys.argv[1]); sys.exit(0 if r['different_case']==0 and r['not_201_now']==0 else 1)" "$retry" || rc=1
log "check: $result"
verdict $rc "crash: $ok201 answered 201 before kill -9 ($unknown in flight, $other other) at ~$rate/s; restart $restart_s s; $locked jobs locked by the dead node, all acknowledgements done ${ack_s} s after the retries; \
$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); v=json.loads(sys.argv[2]); print(f\"retries: {r['same_case']}/{r['answered_201_before']} same case, {r['unknown_before_now_201']} in-flight keys now 201; ledger {v['complaints']} cases = {v['instances']} running instances = {v['idempotency_keys']} keys, {v['complaints_with_exactly_one_acknowledgement']} acknowledged once\")" "$retry" "$result")"
exit $rc
