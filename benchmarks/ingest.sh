#!/usr/bin/env bash
# Ingest benchmark (issue 4): Village's loaders against a bare parse of the same one-million-row files, in one run.
# Usage: benchmarks/ingest.sh [repeats]   (from the repository root; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl pipeline test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx256m -Djava.awt.headless=true \
    -cp "pipeline/target/test-classes:pipeline/target/classes:$(cat pipeline/target/bench.classpath)" \
    org.village.benchmark.IngestBenchmark "${1:-3}"
