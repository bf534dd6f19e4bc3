package dev.nhncloud.result.httpclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Endless bodies in a small heap: {@link SmallHeapProbe} runs in a JVM of its own with
 * {@value #HEAP_MB} MB of heap and {@code -XX:+ExitOnOutOfMemoryError}, against one
 * {@code HttpClient} with the default limits (32 MiB for a body, 1 MiB before a header). Before
 * the limits, one endless body ran the client's selector thread out of memory at
 * {@code -Xmx256m}, which failed every other request on that client; here every endless body
 * fails at its limit, and ordinary calls on the same client before, during and after complete.
 */
class SmallHeapTest {

    /** The smallest heap with room for one body at the default limit, two headers' worth, and the JVM's own. */
    static final int HEAP_MB = 64;

    @Test
    void endlessBodiesFailAtTheLimitAndOtherCallsComplete() throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP_MB + "m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), SmallHeapProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output;
        try {
            output = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the probe did not end");
        } finally {
            process.destroyForcibly();
        }
        String printed = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> "the probe with -Xmx" + HEAP_MB + "m failed:\n" + printed);
        assertTrue(printed.contains("limit: HTTP 200 has a body longer than the limit of 33554432 bytes"), printed);
        assertEquals(2, printed.split("limit: HTTP 200 has no complete result header within the first 1048576 bytes", -1).length - 1, printed);
        assertTrue(printed.contains("ordinary calls during: 20 of 20"), printed);
        assertTrue(printed.contains("ordinary calls after: 5 of 5"), printed);
        assertEquals(3, printed.split("server stopped after", -1).length - 1, printed);
    }
}
