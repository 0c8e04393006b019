#!/usr/bin/env bash
# What-if replay at scale (issue 19): a year of complaints through the release (baseline) and through a candidate
# grading table that sends claims of 10,000 and more to Level 2 (bench/whatif/candidate-grading), one seed, each
# side in its own JVM on in-memory H2, both at once (--parallel=2). Prints the wall time and where it went.
#   bash bench/whatif.sh [cases=20000] [year=2025] [max-heap=6g] [staffing-scale]
# The default staffing (src/main/resources/whatif/staffing.yaml) is a desk sized for about 2,000 complaints a
# year (its front line is busy half its hours at 2,000). staffing-scale multiplies every headcount, so that a
# larger year meets a desk of its size; default: cases / 2,000, at least 1. With 1 a larger year piles up a
# backlog the default desk never works off, which is a different scenario (docs/performance.md).
# Figures: docs/performance.md, "What-if replay".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CASES=${1:-20000}
YEAR=${2:-2025}
HEAP=${3:-6g}
SCALE=${4:-$(( CASES / 2000 > 1 ? CASES / 2000 : 1 ))}
OUT=target/bench/whatif-$CASES
# always (re)build: a jar left from an older checkout would measure old code
./mvnw -B -q package -DskipTests
JAR=$(ls target/casedesk-*.jar | grep -v plain | head -1)
rm -rf "$OUT"
mkdir -p "$OUT"
# the release's staffing file with each group's headcount times SCALE (the lines under "groups:")
python3 - "$SCALE" src/main/resources/whatif/staffing.yaml > "$OUT/../whatif-staffing-x$SCALE.yaml" <<'PY'
import re, sys
scale, section = int(sys.argv[1]), None
for line in open(sys.argv[2], encoding="utf-8"):
    if re.match(r"^\S", line):
        section = line.split(":")[0]
    m = re.match(r"^(  [a-z-]+: )(\d+)\s*$", line)
    print(f"{m.group(1)}{int(m.group(2)) * scale}\n" if section == "groups" and m else line, end="")
PY
STAFFING="$OUT/../whatif-staffing-x$SCALE.yaml"
echo "[$(date -u +%H:%M:%S)] whatif: $CASES cases, year $YEAR, headcounts x$SCALE, $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
begin=$(date +%s)
java -Xmx512m -jar "$JAR" whatif --candidate=bench/whatif/candidate-grading --year="$YEAR" --cases="$CASES" --seed=1 \
  --staffing="$STAFFING" --parallel=2 --max-heap="$HEAP" --out="$OUT"
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
