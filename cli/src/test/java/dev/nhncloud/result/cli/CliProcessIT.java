package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runnable jar as a real process: `java -jar`, exit statuses, standard input. */
class CliProcessIT {

    private static final String JAR = System.getProperty("cli.jar");

    private record Run(int status, String out, String err) {
    }

    private static Run java(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process did not end");
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void readsTheExamples() throws Exception {
        String dir = System.getProperty("examples.dir");
        Run run = java(null, "read", dir + "/instances-success.json", dir + "/permission-denied.json",
                dir + "/instance-not-found.json", dir + "/volume-unavailable.json", dir + "/truncated.json");
        assertEquals(2, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size(), run.out());
        assertTrue(lines.get(0).contains("\"success\":true"), lines.get(0));
        assertTrue(lines.get(3).contains("\"api\":\"VOLUME\",\"httpStatus\":503,\"documented\":false"), lines.get(3));
        assertTrue(lines.get(4).contains("\"reason\":\"MALFORMED_JSON\""), lines.get(4));
    }

    @Test
    void everyExitStatus() throws Exception {
        assertEquals(0, java("{\"header\":{\"isSuccessful\":true,\"resultCode\":0}}", "read").status());
        assertEquals(1, java("{\"header\":{\"isSuccessful\":false,\"resultCode\":-5}}", "read", "-").status());
        Run malformed = java("{\"header\":", "read", "--binding", "jsonp");
        assertEquals(2, malformed.status());
        assertTrue(malformed.out().contains("\"binding\":\"jsonp\",\"error\":{\"reason\":\"MALFORMED_JSON\""), malformed.out());
        Run usage = java(null, "read", "--binding");
        assertEquals(64, usage.status());
        assertTrue(usage.err().contains("Usage: nhncloud-result read"), usage.err());
    }

    @Test
    void reportsItsVersionFromTheManifest() throws Exception {
        Run run = java(null, "--version");
        assertEquals(0, run.status());
        assertTrue(run.out().matches("nhncloud-result \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
    }
}
