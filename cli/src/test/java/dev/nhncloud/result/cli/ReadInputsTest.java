package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever keeps an input from being opened or read is one {@code IO_ERROR} line worded like "no
 * such file: NAME", and never keeps the inputs after it from being read; standard input is read
 * at most once. (A file the user may not read is in CliProcessIT, which can run as another user.)
 */
class ReadInputsTest {

    private static final String SUCCESS = "{\"header\":{\"isSuccessful\":true,\"resultCode\":0}}";

    @TempDir
    Path dir;

    private static String ioError(String source, String message) {
        return "{\"source\":\"" + source + "\",\"binding\":\"jackson\",\"error\":{\"reason\":\"IO_ERROR\",\"message\":\"" + message + "\"}}";
    }

    @Test
    void everyFailureToOpenIsAnIoErrorLineAndTheInputsAfterItAreRead() throws IOException {
        String directory = Files.createDirectory(dir.resolve("responses")).toString();
        String missing = dir.resolve("absent.json").toString();
        // A name no file system accepts: Path.of throws InvalidPathException, as it does for a
        // name the platform charset cannot encode (café.json under LC_ALL=C, in CliProcessIT).
        String invalid = "nul\u0000.json";
        String ok = Files.writeString(dir.resolve("ok.json"), SUCCESS).toString();
        Cli cli = Cli.run("read", directory, invalid, missing, ok);
        List<String> lines = cli.out.lines().toList();
        assertEquals(List.of(
                ioError(directory, "is a directory: " + directory),
                ioError("nul\\u0000.json", "not a valid file name: nul\\\\u0000.json"),
                ioError(missing, "no such file: " + missing)), lines.subList(0, 3), cli.out + cli.err);
        assertTrue(lines.get(3).startsWith("{\"source\":\"" + ok + "\"") && lines.get(3).contains("\"success\":true"), cli.out);
        assertEquals(4, lines.size(), cli.out);
        assertEquals("", cli.err, "no stack trace");
        assertEquals(2, cli.status);
    }

    /** A read that fails after the file was opened (Linux's /proc/self/mem answers EIO at offset 0). */
    @Test
    void aFailureToReadIsAnIoErrorLine() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/mem")), "Linux's /proc");
        Cli cli = Cli.run("read", "/proc/self/mem", Cli.example("instances-success.json"));
        List<String> lines = cli.out.lines().toList();
        assertEquals(ioError("/proc/self/mem", "cannot read: /proc/self/mem (Input/output error)"), lines.get(0));
        assertTrue(lines.get(1).contains("\"success\":true"), cli.out);
        assertEquals(2, cli.status);
    }

    @Test
    void theTextFormatWordsAFailureToOpenTheSameWay() throws IOException {
        String directory = Files.createDirectory(dir.resolve("responses")).toString();
        Cli cli = Cli.run("read", "--format", "text", directory);
        assertTrue(cli.out.contains("is a directory: " + directory), cli.out);
        assertEquals(2, cli.status);
    }

    @Test
    void standardInputIsReadAtMostOnce() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(SUCCESS.getBytes(StandardCharsets.UTF_8)));
            Cli twice = Cli.run("read", "-", Cli.example("instances-success.json"), "-");
            assertEquals(64, twice.status, twice.out + twice.err);
            assertEquals("", twice.out, "nothing read");
            assertTrue(twice.err.contains("standard input (-) can be read only once"), twice.err);
            assertTrue(twice.err.contains("Usage: nhncloud-result read"), twice.err);
            Cli once = Cli.run("read", Cli.example("instances-success.json"), "-");
            assertEquals(0, once.status, once.out + once.err);
            assertEquals(2, once.out.lines().count(), once.out);
        } finally {
            System.setIn(saved);
        }
    }
}
