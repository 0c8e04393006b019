#!/usr/bin/env bash
# Five years of a large bank (issue 20 §1–§2): builds bench_five — samples driven through the service's own
# code (FiveYearSampler), the bulk copied from them in the same shape (bench/five-years.sql) — and measures
# the reads at three sizes of engine history and at the full ledger, then drops the database.
# Usage: bench/five-years.sh [samples per kind, default 10] [closed cases, default 1000000] [open cases, default 100000]
#   Stages (five_plan_build), in the order run: 0 the open cases (runtime and history); 4 85 % of the closed
#   cases into the ledger only; 1, 2 and 3 the other 15 % with their engine history, 5 % each.
#   The reads are measured after stages 4, 1, 2 and 3: the full ledger under 0, 50k, 100k and 150k cases of history. KEEP_DB=1 keeps bench_five; MEASURE_ONLY=1 measures the
#   reads again on a kept bench_five (after a change to the service) and keeps it; COPY_WORKERS (default 2)
#   parallel copy sessions; READ_SECONDS (default 15) per wrk figure; MEASURE_STAGES (default "1 2 3 4") the
#   stages after which the reads are measured (the sizes are taken after every stage, for bytes per case).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PER_KIND=${1:-10}
CLOSED=${2:-1000000}
OPEN=${3:-100000}
DB=bench_five
WORKERS=${COPY_WORKERS:-2}
SECS=${READ_SECONDS:-15}
build
trap 'stop_service; [ "${KEEP_DB:-0}" = 1 ] || [ "${MEASURE_ONLY:-0}" = 1 ] || pg_admin "drop database if exists $DB with (force)"' EXIT
stamp=$(date -u +%Y%m%dT%H%M%SZ)
result="$OUT/five-years-$stamp.txt"
{
  echo "# five-years $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "# PostgreSQL $(pg_sql postgres 'show server_version' 2>/dev/null || echo ?), shared_buffers $(pg_sql postgres 'show shared_buffers'), JVM options: $BENCH_JAVA_OPTS"
  echo "# $PER_KIND samples per kind, $CLOSED closed cases, $OPEN open cases, $WORKERS copy sessions, ${SECS}s per read figure"
} > "$result"
say() { echo "$*" | tee -a "$result"; }
psql_db() { PGPASSWORD=$BENCH_DB_PASSWORD psql -h "$BENCH_DB_HOST" -p "$BENCH_DB_PORT" -U "$BENCH_DB_USER" -d "$DB" -v ON_ERROR_STOP=1 -qtA "$@"; }

[ "${MEASURE_ONLY:-0}" = 1 ] || fresh_db "$DB"
[ "${MEASURE_ONLY:-0}" = 1 ] || {
log "sampling: $PER_KIND per kind through the service"
SPRING_DATASOURCE_URL=$(jdbc_url "$DB") SPRING_DATASOURCE_USERNAME=$BENCH_DB_USER SPRING_DATASOURCE_PASSWORD=$BENCH_DB_PASSWORD \
  java $BENCH_JAVA_OPTS -cp "$TEST_CP" com.casedesk.bench.FiveYearSampler "$PER_KIND" 2>&1 | grep -E '^sampler:|Exception' | tee -a "$result" >&2
psql_db -f bench/five-years.sql
psql_db -c "set client_min_messages = warning; select five_prepare()" >/dev/null
log "planning $CLOSED closed and $OPEN open cases"
psql_db -c "select five_plan_build($CLOSED, $OPEN)" >/dev/null

say "## rows per sample case, by kind (the shape every copy has)"
for t in $(psql_db -c "select tbl from five_table order by ord"); do
  psql_db -c "select '$t', s.kind, round(count(i.five_case)::numeric / count(distinct s.case_number), 1)
      from five_sample s left join five_img_$t i on i.five_case = s.case_number group by s.kind order by s.kind" |
    awk -F'|' '{printf "%s %s=%s ", ($1 != last ? "\n" $1 ":" : ""), $2, $3; last=$1}' >> "$result"
done
echo >> "$result"
}

counts() { for t in $(psql_db -c "select tbl from five_table order by ord"); do echo "$t $(psql_db -c "select count(*) from $t")"; done; }
sizes() { psql_db -c "select tbl || ' ' || pg_total_relation_size(tbl::regclass) from five_table order by ord"; }

# copy_stage N: the stage's copies in batches of copy numbers, COPY_WORKERS sessions at once; then checks
# that every table gained exactly the rows the copied samples have.
copy_stage() {
  local stage=$1 lo hi width=20000
  lo=$(psql_db -c "select min(copy_no) from five_plan where stage = $stage"); hi=$(psql_db -c "select max(copy_no) from five_plan where stage = $stage")
  [ "$stage" = 0 ] && width=4000
  counts > "$OUT/five-counts-before.txt"
  local begin=$SECONDS
  seq "$lo" "$width" "$hi" | xargs -P "$WORKERS" -I{} env PGPASSWORD="$BENCH_DB_PASSWORD" psql -h "$BENCH_DB_HOST" -p "$BENCH_DB_PORT" \
    -U "$BENCH_DB_USER" -d "$DB" -v ON_ERROR_STOP=1 -qtA -c "set client_min_messages = warning; select five_copy($stage, {}, {} + $width - 1)" >/dev/null
  local cases; cases=$(psql_db -c "select count(*) from five_plan where stage = $stage")
  say "stage $stage: $cases cases copied in $((SECONDS - begin)) s"
  [ "$stage" = 0 ] || say "  spans spread over days: $(psql_db -c "select five_spread_spans()") complaints"
  counts > "$OUT/five-counts-after.txt"
  local bad=0
  while read -r t before; do
    after=$(awk -v t="$t" '$1 == t {print $2}' "$OUT/five-counts-after.txt")
    expected=$(psql_db -c "select coalesce(sum(n), 0) from five_plan p join (select five_case, count(*) n from five_img_$t group by 1) i
        on i.five_case = p.case_number where p.stage = $stage and (p.stage <= 3 or '$t' not like 'act_%')")
    [ $((after - before)) = "$expected" ] || { say "  shape mismatch in $t: $((after - before)) rows added, $expected expected"; bad=1; }
  done < "$OUT/five-counts-before.txt"
  [ $bad = 1 ] || say "  every table gained exactly the copied samples' rows"
}

# measure LABEL: the reads of issue 20 §2 as they stand.
measure() {
  local label=$1
  log "measuring at $label"
  PGOPTIONS="-c client_min_messages=error" psql_db -c "vacuum analyze" >/dev/null
  local engine ledger
  engine=$(psql_db -c "select count(*) from act_hi_procinst where proc_def_key_ in ('complaint-handling','whistleblowing-handling') and state_ = 'COMPLETED'")
  ledger=$(psql_db -c "select count(*) from complaint")
  say "## $label: $engine closed cases with engine history, $ledger complaints and $(psql_db -c "select count(*) from wb_report") reports in the ledger, $(psql_db -c "select count(*) from act_ru_task") open tasks, $(psql_db -c "select count(*) from act_ru_job where type_ = 'timer'") timers | $(load)"
  say "database $(psql_db -c "select pg_size_pretty(pg_database_size('$DB'))")"
  sizes > "$OUT/five-sizes-$label.txt"
  [[ " ${MEASURE_STAGES:-1 2 3 4} again " == *" ${label#stage} "* ]] || return 0
  java -Xmx2g -Dbench.url="$(jdbc_url "$DB")" -Dbench.user="$BENCH_DB_USER" -Dbench.password="$BENCH_DB_PASSWORD" \
    -cp "$TEST_CP" com.casedesk.statistics.StatisticsBenchmark 2>&1 | grep -E '^\||^[a-z]' | grep -v '^\s*$' | tee -a "$result" >&2
  start_service "$DB"
  # cases with engine history first; before stages 1-3 (measured after stage 4) the ledger-only ones
  psql_db -c "select '/api/complaints/' || new_number from five_plan where stage between 1 and 4 and new_number like 'TS%'
      and exists (select 1 from complaint c where c.case_number = new_number) order by stage = 4, random() limit 300" > "$OUT/five-case-paths.txt"
  psql_db -c "select '/api/complaints?q=' || q from (values ('%E7%8E%8B%E4%BC%9F'), ('%E6%9D%8E%E8%8A%B3%E5%8D%8E'),
      ('%E6%B5%A6%E4%B8%9C%E5%88%86%E8%A1%8C'), ('13000012345'), ('%E9%99%88%E5%A8%9C%E5%BB%BA%E5%9B%BD')) v(q)" > "$OUT/five-search-paths.txt"
  wrk -t1 -c1 -d5s -s bench/tasklist.lua "$BASE" > /dev/null 2>&1
  wrk -t1 -c1 -d"${SECS}s" --timeout 30s -s bench/tasklist.lua "$BASE" > "$OUT/five-tl.txt" 2>&1
  say "task list (frontline, group tasks by due date, page of 50): $(grep '^p50=' "$OUT/five-tl.txt")"
  for user in supervisor frontline; do
    PATHS="$OUT/five-case-paths.txt" BENCH_USER=$user wrk -t1 -c1 -d5s -s bench/paths.lua "$BASE" > /dev/null 2>&1
    PATHS="$OUT/five-case-paths.txt" BENCH_USER=$user wrk -t1 -c1 -d"${SECS}s" --timeout 30s -s bench/paths.lua "$BASE" > "$OUT/five-get.txt" 2>&1
    say "GET /api/complaints/{n} as $user: $(grep '^p50=' "$OUT/five-get.txt")"
    PATHS="$OUT/five-search-paths.txt" BENCH_USER=$user wrk -t1 -c1 -d"${SECS}s" --timeout 30s -s bench/paths.lua "$BASE" > "$OUT/five-search.txt" 2>&1
    say "search ?q= (name parts, unit, phone) as $user: $(grep '^p50=' "$OUT/five-search.txt")"
  done
  # each search on its own (median of 5, as frontline): which kinds of q meet the goal
  while read -r path; do
    times=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' -u frontline:demo "$BASE$path"; done | sort -n | sed -n 3p)
    say "  $(python3 -c "import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1]))" "$path"): median $(python3 -c "print(round($times * 1000))") ms"
  done < "$OUT/five-search-paths.txt"
  stop_service
}

if [ "${MEASURE_ONLY:-0}" = 1 ]; then
  # the reads again on the database an earlier KEEP_DB=1 run left, e.g. after a change to the service
  measure again
  exit 0
fi
# the ledger-only bulk first, so that the reads of the ledger are measured at full size from the first
# measurement on, and the engine history then grows under them in three steps
copy_stage 0
sizes > "$OUT/five-sizes-stage0.txt"
copy_stage 4
measure stage4
for stage in 1 2 3; do copy_stage $stage; measure "stage$stage"; done

say "## bytes per case by table (stage 1 → 3: closed cases with engine history; stage 0 → 4: ledger only)"
python3 - "$OUT/five-sizes-stage0.txt" "$OUT/five-sizes-stage1.txt" "$OUT/five-sizes-stage3.txt" "$OUT/five-sizes-stage4.txt" \
  "$(psql_db -c "select count(*) from five_plan where stage in (2, 3)")" "$(psql_db -c "select count(*) from five_plan where stage = 4")" <<'EOF' | tee -a "$result"
import sys
def read(p): return {l.split()[0]: int(l.split()[1]) for l in open(p) if l.strip()}
s0, s1, s3, s4 = read(sys.argv[1]), read(sys.argv[2]), read(sys.argv[3]), read(sys.argv[4])
n13, n4 = int(sys.argv[5]), int(sys.argv[6])
total = 0
for t in s1:
    per = (s3[t] - s1[t]) / n13
    total += per
    if per > 50: print(f"{t}: {per:,.0f} bytes per closed case with history; ledger only {(s4[t] - s0[t]) / n4:,.0f}")
print(f"total: {total:,.0f} bytes per closed case with engine history")
EOF
log "results: $result"
