#!/usr/bin/env bash
# What-if replay at scale (issue 19): a year of complaints through the release (baseline) and through a candidate
# grading table that sends claims of 10,000 and more to Level 2 (bench/whatif/candidate-grading), one seed, each
# side in its own JVM on in-memory H2, both at once (--parallel=2). Prints the wall time and where it went.
#   bash bench/whatif.sh [cases=20000] [year=2025] [max-heap=6g]
# Figures: docs/performance.md, "What-if replay".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CASES=${1:-20000}
YEAR=${2:-2025}
HEAP=${3:-6g}
OUT=target/bench/whatif-$CASES
JAR=$(ls target/casedesk-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q package -DskipTests
  JAR=$(ls target/casedesk-*.jar | grep -v plain | head -1)
fi
rm -rf "$OUT"
echo "[$(date -u +%H:%M:%S)] whatif: $CASES cases, year $YEAR, $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
begin=$(date +%s)
java -Xmx512m -jar "$JAR" whatif --candidate=bench/whatif/candidate-grading --year="$YEAR" --cases="$CASES" --seed=1 \
  --parallel=2 --max-heap="$HEAP" --out="$OUT"
end=$(date +%s)
echo "[$(date -u +%H:%M:%S)] whatif: done in $((end - begin)) s; report $OUT/report.html"
python3 - "$OUT" <<'PY'
import json, sys, glob
out = sys.argv[1]
for f in sorted(glob.glob(out + "/runs/run-*.json")):
    r = json.load(open(f))
    s = r["stats"]
    sec = s["seconds"]
    print(f'{r["label"]:9} cases {len(r["cases"]):6}  jobs {s["jobsExecuted"]:7}  tasks {s["tasksCompleted"]:7}  '
          + '  '.join(f'{k} {v:7.1f}s' for k, v in sorted(sec.items())))
rep = json.load(open(out + "/report.json"))
for side in ("baseline", "candidate"):
    r = rep[side]
    print(f'{side:9} on time {r["statutoryOnTimeRate"]:.4f}  escalations {r["escalations"]}  by level '
          + ', '.join(f'{k}: {v["cases"]}' for k, v in sorted(r["byLevel"].items())))
PY
