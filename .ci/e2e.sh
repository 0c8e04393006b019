#!/usr/bin/env bash
# End-to-end tests in headless Chromium: the public pages (/public/*.html), Camunda Tasklist with
# authorization checks on (who sees which task, forms, claim and complete), letters (书面告知: a letter
# complaint's acknowledgement posted through the 寄送书面告知 form), the 投诉监控 Cockpit plugin and the
# 案件档案 tab in Tasklist's task view.
# Installs Debian's chromium if missing (CI runs as root on Debian), installs the pinned
# playwright-core (.ci/e2e/package-lock.json; it never downloads a browser), starts the service on
# the embedded default (in-memory H2) on a free port, runs .ci/e2e/*.spec.mjs and always stops the
# service. Screenshots and the service log go to target/e2e/ (10-cockpit-monitor.png is the picture in
# docs/img/cockpit-monitor.png, 20-letter-task.png the one in docs/img/letter-task.png, tasklist-casefile.png
# the one in docs/img/tasklist-casefile.png, 30-tasklist-refusal.png the one in docs/img/tasklist-refusal.png,
# migration.png the one in docs/img/cockpit-migration.png, model-<key>.png the rendered models in docs/img/model-<key>.png).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)
# a Chinese font, or the screenshots of the Chinese webapps show boxes
fc-list :lang=zh 2>/dev/null | grep -q . || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-wqy-microhei)
npm ci --prefix .ci/e2e --no-audit --no-fund

# Reuse the jar `./mvnw verify` just built in .ci/run (which ran the whole test suite); build it only
# when it is missing or older than the sources (local runs).
jar=$(ls target/casedesk-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find src forms processes pom.xml -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
  echo "e2e: building the jar (tests already ran in .ci/run)"
  ./mvnw -B -q --no-transfer-progress package -DskipTests
  jar=$(ls target/casedesk-*.jar | grep -v '\.original$' | head -1)
fi

mkdir -p target/e2e
rm -f target/e2e/*.png
port=${E2E_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
base="http://localhost:$port"

echo "e2e: starting $jar on port $port (log: target/e2e/service.log)"
java -jar "$jar" --server.port="$port" > target/e2e/service.log 2>&1 &
service=$!
stop() { kill "$service" 2>/dev/null && wait "$service" 2>/dev/null || true; }
trap stop EXIT

for _ in $(seq 1 180); do
  if curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$service" 2>/dev/null; then
    echo "e2e: the service exited during start-up" >&2; tail -50 target/e2e/service.log >&2; exit 1
  fi
  sleep 1
done
curl -fsS "$base/actuator/health" | grep -q '"UP"' || { echo "e2e: service not healthy" >&2; tail -50 target/e2e/service.log >&2; exit 1; }

status=0
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/public-pages.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/tasklist.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/letters.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/cockpit-monitor.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/webapp-locale.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/my-cases.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/forms.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/casefile-tab.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/migration.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/task-cards.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/refusals.spec.mjs || status=1
BASE_URL="$base" SCREENSHOTS=target/e2e node .ci/e2e/whatif.spec.mjs || status=1
# needs no service: renders every model with bpmn-js and fails on overlapping labels (model-*.png)
SCREENSHOTS=target/e2e node .ci/e2e/render-models.spec.mjs || status=1
exit $status
