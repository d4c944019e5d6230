#!/usr/bin/env bash
# A large district's month-end (issue 8): one month-end run of Village itself (`java -Xmx1g -jar village.jar run`,
# H2 on disk) after the months before it are loaded, each step's wall time and rows, rows per second, peak heap and
# RSS, PDF sizes, and in the same run on the same files the ratios against a bare parse, the obvious parse, a plain
# read of the month's attendance and the reports drawn with no layout. Medians over the repeats, as Markdown.
#
# Usage (from anywhere; paths are the repository's):
#   benchmarks/month-end.sh STUDENTS [REPEATS]     one district, REPEATS month-end runs (default 3)
#   benchmarks/month-end.sh --scaling [REPEATS]    15,000, 50,000 and 150,000 students, then the chart
#   benchmarks/month-end.sh --chart                the chart again from benchmarks/month-end-scaling.csv
#   benchmarks/month-end.sh --durability STUDENTS [REPEATS]
#                                                  the month-end with and without durable commits, alternately
# Environment: VILLAGE_BENCH_DIR (default /tmp/village-month-end) keeps each district's files, inboxes and loaded
# database between runs, keyed by its parameters, so repeats never regenerate or reload; MONTH (default 2026-10) is
# the month-end measured: the generator writes through it, every month before it is loaded once.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DIR=${VILLAGE_BENCH_DIR:-/tmp/village-month-end}
MONTH=${MONTH:-2026-10}
CSV=benchmarks/month-end-scaling.csv
PNG=benchmarks/month-end-scaling.png
JAR=pipeline/target/village.jar
JAVA_OPTS=(-Xmx1g -Djava.awt.headless=true)

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

build() {
    say "building village.jar and the benchmark classes"
    mvn -B -q -o -pl pipeline package -DskipTests
    mvn -B -q -o -pl pipeline dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
    CP="pipeline/target/test-classes:pipeline/target/classes:$(cat pipeline/target/bench.classpath)"
}

bench() {
    java "${JAVA_OPTS[@]}" -cp "$CP" org.village.benchmark.MonthEndBenchmark "$@"
}

# Runs Village; exit code 4 (done, but some planted bad rows were rejected) is a finished run.
village() {
    local code=0
    "$@" || code=$?
    if [[ $code -ne 0 && $code -ne 4 ]]; then
        say "failed with exit code $code: $*"
        return 1
    fi
}

# Generates, stages and loads the months before of a district of $1 students, once; sets dir and schools.
prepare() {
    local students=$1
    # 750 students a school: 200 schools at 150,000 (issue 8), 20 at 15,000, 67 at 50,000.
    schools=$(( (students + 375) / 750 ))
    dir="$BENCH_DIR/${students}-students-${schools}-schools-seed-1-through-${MONTH}"
    local previous
    previous=$(date -u -d "${MONTH}-01 -1 month" +%Y-%m)
    mkdir -p "$dir"

    if [[ ! -d "$dir/generated" ]]; then
        say "generating $students students in $schools schools through $MONTH (every school sends daily attendance)"
        rm -rf "$dir/generated.partial" "$dir/inbox-before" "$dir/inbox-month" "$dir/loaded"
        /usr/bin/time -v -o "$dir/generate-time.txt" java "${JAVA_OPTS[@]}" -jar "$JAR" generate \
            --students "$students" --schools "$schools" --daily-schools "$schools" --seed 1 --through "$MONTH" \
            --out "$dir/generated.partial" > "$dir/generate.log"
        mv "$dir/generated.partial" "$dir/generated"
        say "$(tail -1 "$dir/generate.log") $(grep 'Elapsed (wall' "$dir/generate-time.txt" | sed 's/.*: /Took /')"
    fi
    if [[ ! -d "$dir/inbox-month" ]]; then
        rm -rf "$dir/inbox-before.partial" "$dir/inbox-month.partial" "$dir/inbox-before"
        bench stage "$dir/generated" "$MONTH" "$dir/inbox-before.partial" "$dir/inbox-month.partial"
        mv "$dir/inbox-before.partial" "$dir/inbox-before"
        mv "$dir/inbox-month.partial" "$dir/inbox-month"
    fi
    if [[ ! -f "$dir/loaded/db/village.mv.db" ]]; then
        # One run of the month before loads every earlier month's files at once (registration takes whatever the
        # inbox holds) and computes and renders that month, so the measured month has a last month to compare with.
        say "loading every month before $MONTH through Village: run --month $previous (log: $dir/load.log)"
        rm -rf "$dir/loaded.partial" "$dir/out-before"
        village /usr/bin/time -v -o "$dir/load-time.txt" java "${JAVA_OPTS[@]}" -jar "$JAR" run \
            --month "$previous" --inbox "$dir/inbox-before" --out "$dir/out-before" \
            --workdir "$dir/loaded.partial" --dry-run > "$dir/load.log" 2>&1
        git rev-parse HEAD > "$dir/loaded.partial/commit"
        mv "$dir/loaded.partial" "$dir/loaded"
        say "loaded: $(grep 'Elapsed (wall' "$dir/load-time.txt" | sed 's/.*: //'), database" \
            "$(du -h "$dir/loaded/db/village.mv.db" | cut -f1)"
    fi

    # The months before are loaded once; after a change to ingest or the KPIs, load them again with the new code.
    if [[ "$(cat "$dir/loaded/commit" 2>/dev/null)" != "$(git rev-parse HEAD)" ]]; then
        say "note: the months before were loaded by commit $(cat "$dir/loaded/commit" 2>/dev/null || echo unknown)," \
            "not $(git rev-parse --short HEAD); rm -rf $dir/loaded to load them again with this code"
    fi
}

district() {
    local students=$1 repeats=$2 dir schools
    prepare "$students"
    local runs=()
    for i in $(seq 1 "$repeats"); do
        local run="$dir/runs/$i"
        rm -rf "$run"
        mkdir -p "$run/workdir"
        cp -r "$dir/loaded/db" "$run/workdir/"
        say "month-end run $i of $repeats: run --month $MONTH, $(find "$dir/inbox-month" -type f | wc -l) files" \
            "(load average $(cut -d' ' -f1-3 /proc/loadavg))"
        village /usr/bin/time -v -o "$run/time.txt" java "${JAVA_OPTS[@]}" -Xlog:gc:file="$run/gc.log":time \
            -jar "$JAR" run --month "$MONTH" --inbox "$dir/inbox-month" --out "$run/out" --workdir "$run/workdir" \
            --dry-run > "$run/run.log" 2>&1
        bench measure "$run" "$MONTH" "$dir/inbox-month"
        # Only the figures and logs are kept: at 150,000 students each copy of the database is several GB.
        rm -rf "$run/workdir/db" "$run/out/$MONTH/outbox"
        runs+=("$run")
    done
    bench summarize "$students" "$schools" "$CSV" "${runs[@]}"
    echo
    echo "Disk: generated files $(du -sh "$dir/generated" | cut -f1), H2 database with the months before" \
        "$(du -h "$dir/loaded/db/village.mv.db" | cut -f1); machine: $(nproc) CPUs, load average now" \
        "$(cut -d' ' -f1-3 /proc/loadavg)."
}

# The cost of a durable commit (issue 20): the same month-end on copies of the same database, alternately as
# configured (H2 writes every commit to its file before the commit returns, WRITE_DELAY=0) and with H2's default
# delay (a commit written up to a second later), each run's wall time, and the ratio of the medians.
durability() {
    local students=$1 repeats=$2 dir schools
    prepare "$students"
    local with=() without=()
    for i in $(seq 1 "$repeats"); do
        for mode in with without; do
            local run="$dir/durability/$mode-$i"
            rm -rf "$run"
            mkdir -p "$run/workdir"
            cp -r "$dir/loaded/db" "$run/workdir/"
            local url=()
            if [[ $mode == without ]]; then
                url=(env "SPRING_DATASOURCE_URL=jdbc:h2:file:$run/workdir/db/village;TRACE_LEVEL_FILE=0;AUTO_COMPACT_FILL_RATE=50")
            fi
            say "durability run $i of $repeats, $mode WRITE_DELAY=0 (load average $(cut -d' ' -f1-3 /proc/loadavg))"
            local start end
            start=$(date +%s.%N)
            village "${url[@]}" java "${JAVA_OPTS[@]}" -jar "$JAR" run --month "$MONTH" --inbox "$dir/inbox-month" \
                --out "$run/out" --workdir "$run/workdir" --dry-run > "$run/run.log" 2>&1
            end=$(date +%s.%N)
            local seconds
            seconds=$(echo "$end - $start" | bc)
            if [[ $mode == with ]]; then with+=("$seconds"); else without+=("$seconds"); fi
            say "  $seconds s"
            rm -rf "$run/workdir/db" "$run/out"
        done
    done
    local median_with median_without
    median_with=$(printf '%s\n' "${with[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    median_without=$(printf '%s\n' "${without[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "| students | with WRITE_DELAY=0 (s) | H2's default delay (s) | ratio (medians) |"
    echo "|---|---|---|---|"
    echo "| $students | $median_with (${with[*]}) | $median_without (${without[*]}) |" \
        "$(echo "scale=3; $median_with / $median_without" | bc) |"
}

case "${1:-}" in
    --durability)
        build
        durability "${2:?students}" "${3:-3}"
        ;;
    --scaling)
        build
        for students in 15000 50000 150000; do
            district "$students" "${2:-3}"
        done
        bench chart "$CSV" "$PNG"
        ;;
    --chart)
        build
        bench chart "$CSV" "$PNG"
        ;;
    ''|-h|--help)
        sed -n '2,15p' "$0"
        exit 2
        ;;
    *)
        build
        district "$1" "${2:-3}"
        ;;
esac
