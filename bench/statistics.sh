#!/usr/bin/env bash
# Benchmark of the statistics queries with 100,000 complaints on PostgreSQL (docs/performance.md).
#   bash bench/statistics.sh                      # PostgreSQL 15 of this machine, a fresh casedesk_bench database
#   bash bench/statistics.sh --without-indexes    # also times everything without the V14 indexes
#   BENCH_KEEP=1 bash bench/statistics.sh         # reuse the loaded database of an earlier run
# Needs the Debian PostgreSQL server (pg_ctlcluster; run as root, as on the project's machines) and a JDK 17.
# Another server: BENCH_URL, BENCH_USER, BENCH_PASSWORD (the database must exist and may be empty).
# Not a test: it times, it asserts nothing, and CI does not run it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

url=${BENCH_URL:-}
if [ -z "$url" ]; then
  command -v pg_ctlcluster >/dev/null || { echo "bench: no PostgreSQL server here (apt-get install postgresql)" >&2; exit 1; }
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start
  psql_() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"; }
  psql_ -tc "select 1 from pg_roles where rolname = 'casedesk_bench'" | grep -q 1 \
    || psql_ -c "create role casedesk_bench login password 'casedesk_bench'"
  if [ -z "${BENCH_KEEP:-}" ]; then
    psql_ -c "drop database if exists casedesk_bench"
  fi
  psql_ -tc "select 1 from pg_database where datname = 'casedesk_bench'" | grep -q 1 \
    || psql_ -c "create database casedesk_bench owner casedesk_bench"
  url=jdbc:postgresql://localhost:5432/casedesk_bench
  BENCH_USER=casedesk_bench BENCH_PASSWORD=casedesk_bench
fi

./mvnw -q -B --no-transfer-progress test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
echo "bench: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%Y-%m-%d), $(psql --version 2>/dev/null || echo "$url")"
java -Xmx2g -Dbench.url="$url" -Dbench.user="${BENCH_USER:-casedesk_bench}" -Dbench.password="${BENCH_PASSWORD:-casedesk_bench}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.casedesk.statistics.StatisticsBenchmark "$@"
