#!/usr/bin/env bash
# KPI benchmark (issue 5): one month's KPI steps against one plain read of that month's attendance rows.
# Usage: benchmarks/kpi.sh [students] [months] [repeats]   (from the repository root; prints a Markdown table)
#   benchmarks/kpi.sh 150000 2026-10,2027-01,2027-03 3
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl pipeline test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx4g -Djava.awt.headless=true \
    -cp "pipeline/target/test-classes:pipeline/target/classes:$(cat pipeline/target/bench.classpath)" \
    org.village.benchmark.KpiBenchmark "${1:-150000}" "${2:-2026-10}" "${3:-3}"
