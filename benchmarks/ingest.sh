#!/usr/bin/env bash
# Ingest benchmark (issue 4): Village's loaders against a bare parse and a bare insert of the same one-million-row
# files, in one run. Usage: benchmarks/ingest.sh [repeats]   (from the repository root; prints a Markdown table)
# The collector's log goes to pipeline/target/ingest-gc.log; -Dvillage.bench.files=DIR in BENCH_JAVA_OPTS keeps the
# generated files in DIR for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl pipeline test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
java -Xmx256m -Djava.awt.headless=true -Xlog:gc:file=pipeline/target/ingest-gc.log ${BENCH_JAVA_OPTS:-} \
    -cp "pipeline/target/test-classes:pipeline/target/classes:$(cat pipeline/target/bench.classpath)" \
    org.village.benchmark.IngestBenchmark "${1:-3}"
