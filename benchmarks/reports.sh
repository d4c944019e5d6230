#!/usr/bin/env bash
# Report benchmark (issue 6): school dashboards laid out from templates against the same pages drawn with no layout,
# 200 dashboards on two threads, file size and heap. Usage: benchmarks/reports.sh [repeats]   (from the repository
# root; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl pipeline test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx256m -Djava.awt.headless=true -XX:ActiveProcessorCount=2 \
    -cp "pipeline/target/test-classes:pipeline/target/classes:$(cat pipeline/target/bench.classpath)" \
    org.village.benchmark.ReportBenchmark "${1:-3}"
