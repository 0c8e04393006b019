#!/usr/bin/env bash
# Statements and rows per complaint (issue 20, lean intake): N complaints through POST /api/complaints, one at a
# time, each up to its first wait state and its acknowledgement job, on a fresh database of the machine's
# PostgreSQL; then PostgreSQL's own counters divided by N: statements (pg_stat_statements, by table and kind)
# and rows inserted, updated and deleted (pg_stat_user_tables, by table). The service runs as application.yaml
# has it (history level full, job executor on). Needs root to load pg_stat_statements (ALTER SYSTEM and a restart
# of the local cluster, once) and to reset the counters. The database is dropped at the end.
#   bash bench/intake-statements.sh [complaints, default 500]
# Figures: docs/performance.md, "Statements and rows per complaint".
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
N=${1:-500}
DB=bench_statements
build

if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  log "starting the local PostgreSQL cluster"
  pg_ctlcluster "$(pg_lsclusters -h | awk 'NR==1{print $1}')" "$(pg_lsclusters -h | awk 'NR==1{print $2}')" start
fi
if ! pg_admin "show shared_preload_libraries" | grep -q pg_stat_statements; then
  log "loading pg_stat_statements (ALTER SYSTEM, restart)"
  pg_admin "alter system set shared_preload_libraries = 'pg_stat_statements'"
  pg_ctlcluster "$(pg_lsclusters -h | awk 'NR==1{print $1}')" "$(pg_lsclusters -h | awk 'NR==1{print $2}')" restart
fi
fresh_db "$DB"
su postgres -c "psql -qtA -d $DB -c 'create extension if not exists pg_stat_statements'" >/dev/null
# the figures go to target/bench; the database goes with the run
# KEEP_DB=1 keeps it to look into
trap 'stop_service; [ "${KEEP_DB:-}" = 1 ] || pg_admin "drop database if exists $DB with (force)" >/dev/null' EXIT
start_service "$DB"

post() { # post FROM TO: complaints with ID numbers FROM..TO, one at a time, each answered 201
  for i in $(seq "$1" "$2"); do
    id=$(printf '11010519%010d' "$i")
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/complaints" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: statements-$i" --data @- <<JSON
{"channel": "ONLINE", "complainant": {"name": "张三", "idNumber": "$id", "phone": "13800138000", "email": "zhang@example.com"},
 "respondent": {"unit": "朝阳支行", "staffName": "李四"}, "businessLine": "INSURANCE", "category": "CLAIM_DISPUTE",
 "request": "要求全额赔付", "facts": "理赔申请提交一个月未获答复", "claimedAmount": 12000.00, "flags": [], "jointComplainants": 1}
JSON
)
    [ "$code" = 201 ] || { echo "complaint $i answered $code" >&2; exit 1; }
  done
}

post 1 30 # warm-up: caches, prepared statements, the first job acquisitions
wait_jobs_drained "$DB"
sleep 11 # idle sessions publish what they counted within ten seconds: the warm-up's rows, before the reset
su postgres -c "psql -qtA -d $DB -c 'select pg_stat_statements_reset(); select pg_stat_reset()'" >/dev/null
begin=$(date +%s)
post 31 $((30 + N))
wait_jobs_drained "$DB"
seconds=$(( $(date +%s) - begin ))
# A session publishes its table counters at most once a second, and an idle one only after up to ten:
# the service's sessions end first, which publishes everything they counted.
stop_service
sleep 1

result="$OUT/intake-statements-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# statements and rows per complaint $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD), $N complaints in ${seconds}s"
  echo "# (with the acknowledgement job; the job executor's idle polling over ${seconds}s is included)"
  su postgres -c "psql -qtA -F ' ' -d $DB" <<SQL
select 'statements per complaint', round(sum(calls)::numeric / $N, 1)
  from pg_stat_statements s join pg_database d on d.oid = s.dbid
 where d.datname = '$DB' and s.query not ilike '%pg_stat%';
select 'rows written per complaint (inserted + updated + deleted)', round(sum(n_tup_ins + n_tup_upd + n_tup_del)::numeric / $N, 1)
  from pg_stat_user_tables;
select '-- statements per complaint by kind and table';
with q as (
  select calls, lower(query) as q from pg_stat_statements s join pg_database d on d.oid = s.dbid
   where d.datname = '$DB' and s.query not ilike '%pg_stat%')
select to_char(sum(calls)::numeric / $N, '9990.0'),
       coalesce(substring(q from '^(insert into|update|delete from|select|begin|commit|set|show)'), 'other'),
       coalesce(substring(q from '(?:insert into|update|delete from|from)\s+([a-z_]+)'), '')
  from q group by 2, 3 order by sum(calls) desc;
select '-- rows per complaint by table: inserted, updated, deleted';
select to_char((n_tup_ins + n_tup_upd + n_tup_del)::numeric / $N, '9990.0'), relname,
       round(n_tup_ins::numeric / $N, 1), round(n_tup_upd::numeric / $N, 1), round(n_tup_del::numeric / $N, 1)
  from pg_stat_user_tables where n_tup_ins + n_tup_upd + n_tup_del > 0 order by 1 desc;
SQL
} | tee "$result"
log "written to $result"
