package dev.nhncloud.result.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of each binding present: any bytes, every input form, both modes, the
 * default and small limits (see {@link FuzzTargets}).
 *
 * <p>In {@code ./mvnw verify} this runs in regression mode over the seeds ({@link Seeds}) and the
 * findings kept in {@code src/test/resources/dev/nhncloud/result/robustness/BindingFuzzTestInputs/readsAnyBytes},
 * against every binding present. To fuzz one: {@code robustness/fuzz.sh jackson3 30m}, which sets
 * the system property {@value #ONLY} to the binding's name.
 */
class BindingFuzzTest {

    /** The system property naming the one binding to fuzz; every binding present when unset. */
    static final String ONLY = "nhncloud.fuzz.binding";

    private static final List<Binding> FUZZED = System.getProperty(ONLY) == null ? Binding.ALL
            : List.of(Binding.named(System.getProperty(ONLY)));

    @MethodSource("dev.nhncloud.result.robustness.Seeds#all")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @FuzzTest
    void readsAnyBytes(byte[] data) {
        for (Binding binding : FUZZED) {
            FuzzTargets.binding(binding, data);
        }
    }
}
