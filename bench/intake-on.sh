#!/usr/bin/env bash
# Intake on a kept database (e.g. bench_five after `KEEP_DB=1 bash bench/five-years.sh`): the service started
# on it as application.yaml has it, wrk registering complaints through POST /api/complaints with 4 clients —
# 10 s of warm-up, then RUNS figures of 30 s each — with what PostgreSQL's sessions waited on meanwhile
# (pg_stat_activity sampled four times a second: IO:DataFileRead is a page read from disk) and the pages the
# database read from outside its buffers per complaint (pg_stat_database.blks_read; the OS cache may still
# have had them).
# Usage: bench/intake-on.sh [database, default bench_five] [runs, default 2]; JAR=… measures another build.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DB=${1:-bench_five}
RUNS=${2:-2}
[ -n "${JAR:-}" ] || build
trap stop_service EXIT
result="$OUT/intake-on-$DB-$(date -u +%Y%m%dT%H%M%SZ).txt"
say() { echo "$*" | tee -a "$result"; }
say "# intake on $DB $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, jar $JAR (time-ordered ids: $(unzip -l "$JAR" | grep -c TimeOrderedIds || true)), $(pg_sql "$DB" "select count(*) from complaint") complaints, $(pg_sql "$DB" "select count(*) from act_hi_actinst") activity instances"
start_service "$DB"
run=$(free_intake_run "$DB")
BENCH_RUN=$run wrk -t4 -c4 -d10s -s bench/intake.lua "$BASE" > /dev/null 2>&1
for i in $(seq 1 "$RUNS"); do
  ( for _ in $(seq 1 110); do
      pg_sql "$DB" "select coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-') from pg_stat_activity
          where state = 'active' and datname = '$DB' and pid <> pg_backend_pid()"; sleep 0.25
    done ) > "$OUT/intake-on-waits.txt" &
  waits=$!
  read0=$(pg_sql "$DB" "select blks_read from pg_stat_database where datname = '$DB'")
  run=$(free_intake_run "$DB")
  BENCH_RUN=$run wrk -t4 -c4 -d30s --latency -s bench/intake.lua "$BASE" > "$OUT/intake-on-wrk.txt" 2>&1
  wait $waits || true
  sleep 11 # an idle session publishes its counters within ten seconds
  read1=$(pg_sql "$DB" "select blks_read from pg_stat_database where datname = '$DB'")
  n=$(awk '/requests in/{print $1}' "$OUT/intake-on-wrk.txt")
  say "run $i: $(awk '/Requests\/sec/{print $2}' "$OUT/intake-on-wrk.txt")/s $(grep '^p50=' "$OUT/intake-on-wrk.txt") | $(load)"
  say "  pages read from outside the buffers: $(( (read1 - read0) / (n > 0 ? n : 1) )) per complaint"
  say "  sessions waiting (samples): $(sort "$OUT/intake-on-waits.txt" | uniq -c | sort -rn | head -5 | awk '{printf "%s %s, ", $2, $1}')"
done
