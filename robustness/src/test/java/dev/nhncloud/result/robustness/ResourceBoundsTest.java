package dev.nhncloud.result.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile inputs in bounded memory: each binding reads each {@link Hostile} input, in both modes,
 * in a JVM of its own with a small heap ({@code -Xmx}) and a small thread stack ({@code -Xss256k},
 * so that no reader can recurse on nesting), and must end with the documented outcome: the
 * reason, the header, or (for an endless stream of values) the {@code IOException} of the
 * connection the test closes after 64 MB. An {@code OutOfMemoryError}, a
 * {@code StackOverflowError}, a crash of the JVM or a hang fails the test.
 *
 * <p>The heap each read needed is measured in the child (the sum of the heap pools' peaks) and
 * written to {@code target/resource-bounds.txt}, with the time it took. The {@code -Xmx} given is
 * the bound the README states; where a binding needs more than the common 16 MB, the reason is
 * documented in {@link #HEAP_MB}.
 */
class ResourceBoundsTest {

    /** The heap every binding reads every hostile input with, unless {@link #HEAP_MB} says otherwise. */
    static final int DEFAULT_HEAP_MB = 16;

    /**
     * Where a binding needs more heap, and why; each bound is about 1.5 times the smallest
     * {@code -Xmx} measured to pass (bisected in steps of 2 MB).
     *
     * <ul>
     * <li>{@code maxMessageLength} is checked on the string the library has already built:
     *     Jackson's text buffer, Gson's {@code nextString()} and Parsson's token buffer hold the
     *     whole 10 MB message (21 MB of UTF-16, plus copies) before core can refuse it. Smallest
     *     passing {@code -Xmx}: Jackson 27 MB, Gson 39 MB, JSON-P 82 MB.</li>
     * <li>{@code maxNameLength} is checked on the name the library has built, as the message is: a
     *     10 MB name is built whole before core refuses it. Jackson also canonicalizes it in the
     *     read's symbol table, which grows its arrays by copying. Smallest: Jackson 96 MB, Gson
     *     39 MB, JSON-P 81 MB. Names within the limit need no more than the common heap, however
     *     many distinct ones a reader meets ({@code DISTINCT_NAMES_64KB}).</li>
     * <li>Parsson holds every string token whole in its buffer, even one that is skipped, so a
     *     100 MB string before the header needs a few hundred MB. Smallest: 580 MB.</li>
     * <li>Jackson 3 builds text and canonicalizes names as Jackson 2 does (in a symbol table made
     *     for each read), and gets Jackson 2's bounds.</li>
     * </ul>
     */
    static final Map<String, Integer> HEAP_MB = Map.of(
            "jackson MESSAGE_10MB", 48,
            "gson MESSAGE_10MB", 64,
            "jsonp MESSAGE_10MB", 128,
            "jackson NAME_10MB", 144,
            "jackson3 MESSAGE_10MB", 48,
            "jackson3 NAME_10MB", 144,
            "gson NAME_10MB", 64,
            "jsonp NAME_10MB", 128,
            "jsonp STRING_100MB", 896);

    private static final Pattern RESULT = Pattern.compile(
            "RESULT binding=(\\S+) input=(\\S+) mode=(\\S+) outcome=(\\S+) consumed=(\\d+) millis=(\\d+) peakHeapMB=(\\S+) baseHeapMB=(\\S+) closed=(\\S+)");
    private static final Path REPORT = Path.of("target", "resource-bounds.txt");

    static int heapFor(Binding binding, Hostile input) {
        return HEAP_MB.getOrDefault(binding.id() + " " + input.name(), DEFAULT_HEAP_MB);
    }

    @TestFactory
    Stream<DynamicNode> everyBindingEndsEveryHostileInputInBoundedMemory() throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "binding input mode -Xmx outcome consumed millis peakHeapMB baseHeapMB\n", StandardCharsets.UTF_8);
        return Binding.ALL.stream().map(binding -> DynamicContainer.dynamicContainer(binding.id(),
                Stream.of(Hostile.values()).map(input -> dynamicTest(input.description() + " -> " + input.expected(),
                        () -> readInChildJvm(binding, input)))));
    }

    private static void readInChildJvm(Binding binding, Hostile input) throws Exception {
        int heap = heapFor(binding, input);
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap + "m", "-Xss256k", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"),
                BoundedRead.class.getName(), binding.id(), input.name());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (var out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        // A safety net against a hang, not a measure of speed: every read here takes seconds at most.
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the child JVM did not end");
        assertEquals(0, process.exitValue(), () -> "the child JVM with -Xmx" + heap + "m failed:\n" + output);
        List<Matcher> results = output.lines().map(RESULT::matcher).filter(Matcher::matches).collect(Collectors.toList());
        assertEquals(2, results.size(), () -> "one result per mode expected:\n" + output);
        List<String> lines = new ArrayList<>();
        for (Matcher result : results) {
            String mode = result.group(3);
            String outcome = result.group(4).replace('_', ' ');
            long consumed = Long.parseLong(result.group(5));
            lines.add(String.join(" ", binding.id(), input.name(), mode, heap + "m", result.group(4), result.group(5),
                    result.group(6), result.group(7), result.group(8)));
            assertEquals(input.expected(), outcome.equals("header SUCCESS") ? outcome : result.group(4),
                    () -> binding + " " + mode + " " + input.description() + ":\n" + output);
            assertEquals("false", result.group(9), "the reader closed the stream it was given");
            if (input.endless()) {
                // It kept reading until the connection was closed: no spinning, no early give-up.
                assertTrue(consumed >= Hostile.STOP_AFTER, () -> "read only " + consumed + " bytes:\n" + output);
            }
        }
        Files.write(REPORT, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
