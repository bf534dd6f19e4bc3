package dev.nhncloud.result.conformance;

import java.lang.reflect.Constructor;

/**
 * Coverage-guided fuzzing of a binding's tree and data-binding hook: {@link AnyBytes} under
 * Jazzer's standalone driver, which calls {@link #fuzzerTestOneInput(byte[])}. The binding is the
 * one a conformance test supplies, named by the system property {@value #SUITE}:
 *
 * <pre>
 * java -Dnhncloud.kit.suite=dev.nhncloud.result.gson.GsonConformanceTest -cp ... \
 *      com.code_intelligence.jazzer.Jazzer --target_class=dev.nhncloud.result.conformance.KitFuzzTarget
 * </pre>
 *
 * <p>{@code robustness/fuzz.sh hooks:MODULE} does this for a binding module of the reactor.
 */
public final class KitFuzzTarget {

    /** The system property naming the conformance test whose binding is fuzzed. */
    public static final String SUITE = "nhncloud.kit.suite";

    private static final BindingUnderTest<?> BINDING = binding();

    private KitFuzzTarget() {
    }

    /** Test code: the binding's conformance test may be package-private, as JUnit allows. */
    private static BindingUnderTest<?> binding() {
        String suite = System.getProperty(SUITE);
        if (suite == null) {
            throw new IllegalStateException("set -D" + SUITE + " to a binding's conformance test class");
        }
        try {
            Constructor<? extends ConformanceSuite> constructor =
                    Class.forName(suite).asSubclass(ConformanceSuite.class).getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance().binding();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + suite + ": " + e, e);
        }
    }

    /**
     * One fuzzer input.
     *
     * @param data any bytes
     */
    public static void fuzzerTestOneInput(byte[] data) {
        AnyBytes.treeAndHookAgreeWithTheStream(BINDING, data);
    }
}
