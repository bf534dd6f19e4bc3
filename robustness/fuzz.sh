#!/usr/bin/env bash
# Coverage-guided fuzzing of one binding, or of every binding present against each other, with Jazzer.
#
#   robustness/fuzz.sh BINDING|agreement [DURATION] [libFuzzer flags...]
#
# BINDING is a binding's name as --binding takes it (jackson, jackson3, gson, jsonp, or any other
# binding this module's class path has through the command line's artifact).
#
#   robustness/fuzz.sh hooks:MODULE [DURATION] [libFuzzer flags...]
#
# fuzzes the tree and the data-binding hook of a binding module of the reactor (for example
# hooks:gson-binding) through its conformance test's fixture (the kit's KitFuzzTarget); findings
# are written to MODULE/src/test/resources/nhncloud-kit-findings/, which the kit replays in
# ./mvnw verify from then on.
#
# DURATION is 30s, 10m or 1h (default 30m). The generated corpus grows in
# robustness/target/fuzz-corpus/ (not committed); a finding is written to the test's inputs
# directory under src/test/resources/dev/nhncloud/result/robustness/, where `./mvnw verify` runs it
# from then on as a regression input. Seeds: that directory, the conformance cases and the shared
# corpora (../shared/corpus, read in place), through the fuzz test's @MethodSource.
# At the end libFuzzer prints its statistics (stat::number_of_executed_units and the rest).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

target="${1:?usage: fuzz.sh BINDING|agreement|hooks:MODULE [DURATION] [libFuzzer flags...]}"
duration="${2:-30m}"
shift $(( $# >= 2 ? 2 : 1 ))
# Every JSON library the bindings use is instrumented, whichever is fuzzed.
libraries='com.fasterxml.jackson.**,tools.jackson.**,com.google.gson.**,org.eclipse.parsson.**,jakarta.json.**'
case "$target" in
    agreement) class=AgreementFuzzTest; method=bindingsAgree; only= ;;
    hooks:*) ;;
    -*|'') echo "usage: fuzz.sh BINDING|agreement|hooks:MODULE [DURATION] [libFuzzer flags...]" >&2; exit 64 ;;
    *) class=BindingFuzzTest; method=readsAnyBytes; only="-Dnhncloud.fuzz.binding=$target" ;;
esac

# libFuzzer's -max_total_time, in seconds: the standalone driver ends the run by it (Jazzer's own
# --max_duration is for its JUnit integration, and the standalone driver ran on past it).
case $duration in
    *h) seconds=$(( ${duration%h} * 3600 )) ;;
    *m) seconds=$(( ${duration%m} * 60 )) ;;
    *) seconds=${duration%s} ;;
esac

if [ "${target#hooks:}" != "$target" ]; then
    module=${target#hooks:}
    # find, not a glob: under pipefail an ls of a pattern that matches nothing would end the script.
    suite_file=$(cd "$here/../$module/src/test/java" 2>/dev/null && find . -name '*ConformanceTest.java' -print -quit | sed 's|^\./||')
    [ -n "$suite_file" ] || { echo "no conformance test in $module" >&2; exit 64; }
    suite=$(echo "${suite_file%.java}" | tr / .)
    ../mvnw -q -B -f ../pom.xml -pl "robustness,$module" -am test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/fuzz.classpath -Dmdep.includeScope=test
    findings="$here/../$module/src/test/resources/nhncloud-kit-findings"
    corpus="target/fuzz-corpus/hooks-$module"
    mkdir -p "$corpus" "$findings"
    exec java -Xmx1g -Xss4m -Dnhncloud.corpus="$here/../../shared/corpus" -Dnhncloud.kit.suite="$suite" \
        -cp "../$module/target/test-classes:../$module/target/classes:$(cat "../$module/target/fuzz.classpath"):$(cat target/fuzz.classpath)" \
        com.code_intelligence.jazzer.Jazzer \
        --target_class=dev.nhncloud.result.conformance.KitFuzzTarget \
        --instrument="dev.nhncloud.result.**,$libraries" \
        --keep_going=50 -artifact_prefix="$findings/" \
        -max_total_time="$seconds" \
        -max_len=8192 -timeout=60 -print_final_stats=1 \
        -dict=src/test/resources/dev/nhncloud/result/robustness/json.dict \
        "$@" "$corpus" "$findings"
fi

../mvnw -q -B -f ../pom.xml -pl robustness -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/fuzz.classpath -Dmdep.includeScope=test
corpus="target/fuzz-corpus/$class"
mkdir -p "$corpus" target/fuzz-reproducers src/test/resources/dev/nhncloud/result/robustness/${class}Inputs/$method

exec java -Xmx1g -Xss4m -Dnhncloud.corpus="$here/../../shared/corpus" $only \
    -cp "target/test-classes:$(cat target/fuzz.classpath)" \
    com.code_intelligence.jazzer.Jazzer \
    --target_class="dev.nhncloud.result.robustness.$class" --target_method="$method" \
    --instrument="dev.nhncloud.result.**,$libraries" \
    -max_total_time="$seconds" --keep_going=50 --reproducer_path=target/fuzz-reproducers \
    -max_len=8192 -timeout=60 -print_final_stats=1 \
    -dict=src/test/resources/dev/nhncloud/result/robustness/json.dict \
    "$@" "$corpus"
