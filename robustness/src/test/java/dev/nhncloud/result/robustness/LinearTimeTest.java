package dev.nhncloud.result.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.conformance.ConformanceCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Reading time grows linearly with the input: for each binding and several shapes of body, a
 * 16 MB document takes about 16 times as long as a 1 MB one. The comparison is a ratio of two
 * times measured in the same JVM one after the other (the best of several runs after warming up),
 * never an absolute time; the two sizes are read alternately so that both meet the same
 * disturbances. A quadratic reader would give a ratio of 256; the test allows up to
 * {@link #MAX_RATIO} to leave room for a busy machine, measuring again up to {@link #ATTEMPTS} times
 * when a ratio is over it, and records each ratio in
 * {@code target/linear-time.txt}.
 *
 * <p>Every document ends with the header and is read with validation, so that every byte is read.
 */
class LinearTimeTest {

    static final int SMALL = 1 << 20;
    static final int LARGE = 16 << 20;
    /**
     * About six times linear; a quadratic reader gives 256 (JSON-P's long strings gave 480 to 650
     * before the fix). Linear readers measure 13 to 50 on a busy two-core machine: a 1 MB
     * document stays in the processor's cache, a 16 MB one does not.
     */
    static final double MAX_RATIO = 100;
    /** How many times a ratio over the limit is measured again before the test fails. */
    static final int ATTEMPTS = 4;

    private static final Path REPORT = Path.of("target", "linear-time.txt");
    private static final String TAIL = "," + ConformanceCases.HEADER + "}";

    /** Shapes of body, each filled to a given size with the same unit repeated. */
    enum Shape {
        LONG_STRING(size -> "{\"a\":\"" + "x".repeat(size) + "\""),
        ESCAPED_STRING(size -> "{\"a\":\"" + "\\u00e9\\n\\\"".repeat(size / 10) + "\""),
        MANY_MEMBERS(size -> "{" + repeat("\"member\":12345,", size) + "\"z\":0"),
        NUMBERS(size -> "{\"a\":[" + repeat("-1234.5e-6,", size) + "0]"),
        NESTED(size -> "{\"a\":[" + repeat("[".repeat(900) + "]".repeat(900) + ",", size) + "0]"),
        OBJECTS(size -> "{\"a\":[" + repeat("{\"id\":\"0f3c9a\",\"ram\":4096,\"on\":true,\"tags\":null},", size) + "0]");

        private final IntFunction<String> body;

        Shape(IntFunction<String> body) {
            this.body = body;
        }

        byte[] document(int size) {
            return (body.apply(size) + TAIL).getBytes(UTF_8);
        }

        private static String repeat(String unit, int size) {
            return unit.repeat(Math.max(1, size / unit.length()));
        }
    }

    @TestFactory
    Stream<DynamicNode> readingTimeGrowsLinearly() throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "binding shape smallMillis largeMillis ratio\n", StandardCharsets.UTF_8);
        return Binding.ALL.stream().map(binding -> DynamicContainer.dynamicContainer(binding.id(),
                Stream.of(Shape.values()).map(shape -> dynamicTest(shape.name(), () -> compare(binding, shape)))));
    }

    private static void compare(Binding binding, Shape shape) throws IOException {
        HeaderReader reader = binding.reader(ReadOptions.builder().validateDocument(true).build());
        byte[] small = shape.document(SMALL);
        byte[] large = shape.document(LARGE);
        assertEquals(ConformanceCases.SUCCESS, reader.read(small));
        assertEquals(ConformanceCases.SUCCESS, reader.read(large));
        for (int i = 0; i < 5; i++) {
            reader.read(small);
        }
        // Alternate, so that both sizes meet the same disturbances; keep the best of each. A machine
        // busy with other builds can still preempt every large read of a round, so a ratio over the
        // limit is measured again, a few times at most: a quadratic reader stays over it every time.
        double smallTime = Double.MAX_VALUE;
        double largeTime = Double.MAX_VALUE;
        double ratio = Double.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS && ratio >= MAX_RATIO; attempt++) {
            for (int round = 0; round < 5; round++) {
                smallTime = Math.min(smallTime, best(reader, small, 3));
                largeTime = Math.min(largeTime, best(reader, large, 1));
            }
            // Compare per byte, as the two documents are not exactly 16 times apart.
            ratio = (largeTime / large.length) / (smallTime / small.length) * 16;
        }
        double smallMillis = smallTime / 1e6;
        double largeMillis = largeTime / 1e6;
        double best = ratio;
        Files.writeString(REPORT, String.format(Locale.ROOT, "%s %s %.1f %.1f %.1f%n", binding.id(), shape,
                smallMillis, largeMillis, best), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertTrue(best < MAX_RATIO, () -> String.format(Locale.ROOT,
                "%s %s: 16 MB took %.1f times as long as 1 MB (%.1f ms vs %.1f ms)", binding, shape, best,
                largeMillis, smallMillis));
    }

    /** The shortest of several reads, in nanoseconds: the least disturbed by other work. */
    private static double best(HeaderReader reader, byte[] document, int runs) {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ResultHeader header = reader.read(document);
            times[i] = System.nanoTime() - start;
            assertEquals(ConformanceCases.SUCCESS, header);
        }
        return Arrays.stream(times).min().orElseThrow();
    }

}
