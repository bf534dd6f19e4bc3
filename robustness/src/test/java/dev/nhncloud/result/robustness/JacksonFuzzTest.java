package dev.nhncloud.result.robustness;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the jackson binding: any bytes, every input form, both modes, the
 * default and small limits, and the library's tree and data binding (see {@link FuzzTargets}).
 *
 * <p>In {@code ./mvnw verify} this runs in regression mode over the seeds ({@link Seeds}) and the
 * findings kept in {@code src/test/resources/dev/nhncloud/result/robustness/JacksonFuzzTestInputs/readsAnyBytes}.
 * To fuzz: {@code robustness/fuzz.sh jackson 30m}.
 */
class JacksonFuzzTest {

    @MethodSource("dev.nhncloud.result.robustness.Seeds#all")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @FuzzTest
    void readsAnyBytes(byte[] data) {
        FuzzTargets.binding(Binding.JACKSON, data);
    }
}
