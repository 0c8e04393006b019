#!/usr/bin/env bash
# How long a letter (书面告知) takes to render to PDF: the first in a fresh JVM, then the median and p90
# of N more (default 50), single-threaded, and the PDF's size. docs/performance.md, Letters.
#   bash bench/letters.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" com.casedesk.bench.LetterRenderBench "${1:-50}"
