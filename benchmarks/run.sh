#!/usr/bin/env bash
# Builds the benchmarks and the command line, runs the JMH suite, times the command line on a
# 200 MB body, and writes the report (Markdown table of ratios, targets, every measurement) and
# the chart (SVG) into docs/.
#
#   benchmarks/run.sh --quick    about 20 minutes: 1 fork, 3 x 1 s warm-up, 3 x 1 s measurement, the
#                                SDK from byte[], the naive way, the floor, the hand loop, the filter,
#                                one pass against the plain binding, bodies of 1 KB, 1 MB and 16 MB,
#                                success headers; writes docs/benchmarks-quick.{md,svg}
#   benchmarks/run.sh [--full]   the whole suite: 2 forks, 3 x 1 s warm-up, 3 x 1 s measurement,
#                                every size, place and outcome (about two hours on 2 cores);
#                                writes docs/benchmarks.{md,svg} and refreshes the README's
#                                block between <!-- benchmarks:begin --> and <!-- benchmarks:end -->
#
#   --forks N                    after the mode: N forked JVMs per benchmark instead of the mode's
#                                (a full run with --forks 1 takes about an hour)
#
# Further arguments go to JMH, after the mode's own (for example -p size=1MB to narrow a run); an
# option JMH takes once, such as -f, cannot be given again there: hence --forks.
# Settings are for a small machine: one benchmark thread, forked JVMs with a fixed 2 GB heap, so
# the collector does not resize the heap in the middle of a measurement. Run it on a quiet
# machine: the report records the load average before and after.
set -euo pipefail

mode=full
case "${1:-}" in
    --quick) mode=quick; shift ;;
    --full) mode=full; shift ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
forks=
if [ "${1:-}" = --forks ]; then
    forks=${2:?--forks needs a number}
    shift 2
fi

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
work=benchmarks/target/run
mkdir -p "$work" docs

echo "== Building the benchmarks and the command line"
./mvnw -B -q -pl benchmarks,cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
jar=benchmarks/target/benchmarks.jar
cli=$(ls cli/target/nhncloud-result-cli-*.jar | grep -v -e '-sources' -e '-javadoc' -e '^original-' | head -n 1)

load() { uptime | sed 's/.*load average[s]*: *//'; }

# Where and when, for the report.
{
    echo "mode=$mode"
    echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
    cpu=$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo 2>/dev/null | head -n 1)
    [ -n "$cpu" ] || cpu=$(uname -m)
    hypervisor=$(lscpu 2>/dev/null | sed -n 's/^Hypervisor vendor:[[:space:]]*//p')
    echo "cpu=$cpu${hypervisor:+ ($hypervisor virtual machine)}"
    echo "cores=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)"
    echo "memory=$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)"
    echo "os=$(uname -sr)"
    echo "java=$(java -version 2>&1 | head -n 1)"
    commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
    if [ -n "$(git status --porcelain 2>/dev/null)" ]; then commit="$commit with local changes"; fi
    echo "commit=$commit"
    echo "load.before=$(load)"
} > "$work/environment.properties"

# The SDK is measured for every binding present; each library's own ways by its own class.
bindings=$(java -cp "$jar" dev.nhncloud.result.benchmarks.Bindings)
suite='dev\.nhncloud\.result\.benchmarks\.[A-Za-z0-9]+Benchmark\.'
if [ "$mode" = quick ]; then
    # Fewer benchmarks rather than shorter ones: a warm-up much under 3 s leaves the JIT unfinished.
    suite='dev\.nhncloud\.result\.benchmarks\.([A-Za-z0-9]+Benchmark\.(sdkBytes|naive|floor|handLoop|filter|onePass|plainBinding)|ModelBenchmark\.)'
    jmh_mode=(-f "${forks:-1}" -wi 3 -w 1s -i 3 -r 1s -p size=1KB,1MB,16MB -p outcome=success)
    out=docs/benchmarks-quick
else
    jmh_mode=(-f "${forks:-2}" -wi 3 -w 1s -i 3 -r 1s)
    out=docs/benchmarks
fi

echo "== Running the JMH suite ($mode), load average $(load)"
java -jar "$jar" "$suite" -p binding="$bindings" \
    -t 1 -jvmArgs '-Xms2g -Xmx2g' -prof gc -rf json -rff "$work/jmh.json" \
    "${jmh_mode[@]}" "$@" | tee "$work/jmh.log"

echo "== Timing the command line on a 200 MB body"
# Whole-process time, JVM start included: what a shell script calling the command line pays.
cli_runs=5
java -cp "$jar" dev.nhncloud.result.benchmarks.WriteBody 200MB first success "$work/body-200MB-first.json" > "$work/size-200MB-first"
java -cp "$jar" dev.nhncloud.result.benchmarks.WriteBody 200MB last success "$work/body-200MB-last.json" > "$work/size-200MB-last"
java -cp "$jar" dev.nhncloud.result.benchmarks.WriteBody 1KB first success "$work/body-1KB-first.json" > "$work/size-1KB-first"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
{
    echo "\`java -jar $cli read FILE\`, whole process (JVM start included), median of $cli_runs runs"
    if [ -x /usr/bin/time ]; then
        echo "measured with \`/usr/bin/time\`; the file is in the page cache. Header last is there for contrast: it is read to the end."
        echo
        echo "| body | bytes | wall | user | sys | max RSS |"
        echo "|---|---:|---:|---:|---:|---:|"
    else
        echo "measured with the shell's \`time\` (no /usr/bin/time here); the file is in the page cache."
        echo
        echo "| body | bytes | wall |"
        echo "|---|---:|---:|"
    fi
    for body in 200MB-first 200MB-last 1KB-first; do
        file="$work/body-$body.json"
        bytes=$(cat "$work/size-$body")
        : > "$work/times-$body"
        for _ in $(seq "$cli_runs"); do
            if [ -x /usr/bin/time ]; then
                /usr/bin/time -f '%e %U %S %M' -o "$work/time.out" java -jar "$cli" read "$file" > /dev/null || true
                cat "$work/time.out" >> "$work/times-$body"
            else
                start=$(date +%s.%N)
                java -jar "$cli" read "$file" > /dev/null || true
                end=$(date +%s.%N)
                echo "$start $end" | awk '{ printf "%.2f\n", $2 - $1 }' >> "$work/times-$body"
            fi
        done
        label=$(echo "$body" | sed 's/-first/, header first/; s/-last/, header last/; s/MB/ MB/; s/KB/ KB/')
        wall=$(awk '{ print $1 }' "$work/times-$body" | median)
        if [ -x /usr/bin/time ]; then
            user=$(awk '{ print $2 }' "$work/times-$body" | median)
            sys=$(awk '{ print $3 }' "$work/times-$body" | median)
            rss=$(awk '{ print $4 }' "$work/times-$body" | median)
            printf '| %s | %s | %s s | %s s | %s s | %s MB |\n' "$label" "$bytes" "$wall" "$user" "$sys" "$((rss / 1024))"
        else
            printf '| %s | %s | %s s |\n' "$label" "$bytes" "$wall"
        fi
    done
} > "$work/cli.md"
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v java -jar "$cli" read "$work/body-200MB-first.json" > "$work/cli-200MB-first.out" 2> "$work/cli-200MB-first.time-v" || true
fi
rm -f "$work"/body-200MB-*.json
cat "$work/cli.md"

echo "load.after=$(load)" >> "$work/environment.properties"

echo "== Writing the report"
readme=()
if [ "$mode" = full ]; then
    readme=(--readme README.md)
fi
java -cp "$jar" dev.nhncloud.result.benchmarks.report.Report --results "$work/jmh.json" \
    --environment "$work/environment.properties" --cli "$work/cli.md" --out "$out" ${readme[@]+"${readme[@]}"}
echo "Report: $out.md, chart: $out.svg; JMH output: $work/jmh.log, $work/jmh.json"
