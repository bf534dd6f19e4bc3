package dev.nhncloud.result.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential fuzzing: the same bytes to every binding present, in both modes, with the default
 * and small limits; any disagreement (header, reason or message) is a finding (see {@link FuzzTargets}).
 *
 * <p>In {@code ./mvnw verify} this runs in regression mode over the seeds ({@link Seeds}) and the
 * findings kept in {@code src/test/resources/dev/nhncloud/result/robustness/AgreementFuzzTestInputs/bindingsAgree}.
 * To fuzz: {@code robustness/fuzz.sh agreement 30m}.
 */
class AgreementFuzzTest {

    @MethodSource("dev.nhncloud.result.robustness.Seeds#all")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @FuzzTest
    void bindingsAgree(byte[] data) {
        FuzzTargets.agreement(data);
    }
}
