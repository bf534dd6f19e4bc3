#!/usr/bin/env bash
# Coverage-guided fuzzing of one binding, or of the three bindings against each other, with Jazzer.
#
#   robustness/fuzz.sh jackson|gson|jsonp|agreement [DURATION] [libFuzzer flags...]
#
# DURATION is Jazzer's (30s, 10m, 1h; default 30m). The generated corpus grows in
# robustness/target/fuzz-corpus/ (not committed); a finding is written to the test's inputs
# directory under src/test/resources/dev/nhncloud/result/robustness/, where `./mvnw verify` runs it
# from then on as a regression input. Seeds: that directory, the conformance cases and the shared
# corpora (../shared/corpus, read in place), through the fuzz test's @MethodSource.
# At the end libFuzzer prints its statistics (stat::number_of_executed_units and the rest).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

target="${1:?usage: fuzz.sh jackson|gson|jsonp|agreement [DURATION] [libFuzzer flags...]}"
duration="${2:-30m}"
shift $(( $# >= 2 ? 2 : 1 ))
case "$target" in
    jackson)   class=JacksonFuzzTest;   method=readsAnyBytes; libraries='com.fasterxml.jackson.**' ;;
    gson)      class=GsonFuzzTest;      method=readsAnyBytes; libraries='com.google.gson.**' ;;
    jsonp)     class=JsonpFuzzTest;     method=readsAnyBytes; libraries='org.eclipse.parsson.**,jakarta.json.**' ;;
    agreement) class=AgreementFuzzTest; method=bindingsAgree;
               libraries='com.fasterxml.jackson.**,com.google.gson.**,org.eclipse.parsson.**,jakarta.json.**' ;;
    *) echo "unknown target $target: jackson, gson, jsonp or agreement" >&2; exit 64 ;;
esac

../mvnw -q -B -f ../pom.xml -pl robustness test-compile dependency:build-classpath \
    -Dmdep.outputFile="$here/target/fuzz.classpath" -Dmdep.includeScope=test
corpus="target/fuzz-corpus/$class"
mkdir -p "$corpus" target/fuzz-reproducers src/test/resources/dev/nhncloud/result/robustness/${class}Inputs/$method

exec java -Xmx1g -Xss4m -Dnhncloud.corpus="$here/../../shared/corpus" \
    -cp "target/test-classes:$(cat target/fuzz.classpath)" \
    com.code_intelligence.jazzer.Jazzer \
    --target_class="dev.nhncloud.result.robustness.$class" --target_method="$method" \
    --instrument="dev.nhncloud.result.**,$libraries" \
    --max_duration="$duration" --keep_going=50 --reproducer_path=target/fuzz-reproducers \
    -max_len=8192 -timeout=60 -print_final_stats=1 \
    -dict=src/test/resources/dev/nhncloud/result/robustness/json.dict \
    "$@" "$corpus"
