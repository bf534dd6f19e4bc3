package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as a real process: `java -jar`, exit statuses, standard input. */
class CliProcessIT {

    private static final String JAR = System.getProperty("cli.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String SUCCESS = "{\"header\":{\"isSuccessful\":true,\"resultCode\":0}}";

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run java(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command), stdin);
    }

    /** A POSIX shell command, so that file names are given as bytes whatever this JVM's own charset. */
    private static Run sh(Path dir, Map<String, String> environment, String stdin, String script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).directory(dir.toFile());
        builder.environment().putAll(environment);
        return run(builder, stdin);
    }

    private static Run run(ProcessBuilder builder, String stdin) throws IOException, InterruptedException {
        Process process = builder.start();
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

    /**
     * A file name the platform charset cannot encode (café.json under LC_ALL=C, where the JVM
     * decodes the argument as ASCII): an IO_ERROR line that says how to fix it, no stack trace,
     * and the inputs after it still read.
     */
    @Test
    void aFileNameThePlatformCannotEncodeIsAnIoErrorLine() throws Exception {
        Run run = sh(dir, Map.of("LC_ALL", "C", "JAVA", JAVA, "JAR", JAR), null,
                "printf '%s' '" + SUCCESS + "' > \"$(printf 'caf\\303\\251.json')\"; printf '%s' '" + SUCCESS + "' > ok.json; "
                + "\"$JAVA\" -jar \"$JAR\" read \"$(printf 'caf\\303\\251.json')\" ok.json");
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out() + run.err());
        assertTrue(lines.get(0).matches("\\{\"source\":\"caf.+\\.json\",\"binding\":\"jackson\",\"error\":\\{\"reason\":\"IO_ERROR\","
                + "\"message\":\"file name not valid in this system's character set \\(.+\\); use a UTF-8 locale, such as LC_ALL=C.UTF-8: caf.+\\.json\"}}"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"source\":\"ok.json\"") && lines.get(1).contains("\"success\":true"), lines.get(1));
        assertEquals("", run.err(), "no stack trace");
        assertEquals(2, run.status());
    }

    /** A file the user may not read; as root (who may read any file) the command runs as nobody, through setpriv(1). */
    @Test
    void aFileThatMayNotBeReadIsAnIoErrorLine() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(Files.writeString(dir.resolve("locked.json"), SUCCESS), PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(Files.writeString(dir.resolve("ok.json"), SUCCESS), PosixFilePermissions.fromString("rw-r--r--"));
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeTrue(!root || Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv(1), to run as a user who may not read every file");
        // The user nobody may not pass through the build's own directory (a release check builds under a private
        // mktemp directory), so the jar it runs is a copy beside the files.
        Path jar = Files.copy(Path.of(JAR), dir.resolve("cli.jar"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        Run run = sh(dir, Map.of("JAVA", JAVA, "JAR", jar.toString()), null,
                (root ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "") + "\"$JAVA\" -jar \"$JAR\" read locked.json ok.json");
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out() + run.err());
        assertEquals("{\"source\":\"locked.json\",\"binding\":\"jackson\",\"error\":{\"reason\":\"IO_ERROR\","
                + "\"message\":\"permission denied: locked.json\"}}", lines.get(0), run.out() + run.err());
        assertTrue(lines.get(1).startsWith("{\"source\":\"ok.json\"") && lines.get(1).contains("\"success\":true"), run.out());
        assertEquals(2, run.status());
    }

    /** On a terminal, read without a file says that it reads standard input and how to end it (script(1) gives it a terminal). */
    @Test
    void onATerminalReadSaysItIsReadingStandardInput() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) from util-linux, to run the command on a terminal");
        Run terminal = sh(dir, Map.of("JAVA", JAVA, "JAR", JAR), SUCCESS + "\n\u0004",
                "script -qec '\"$JAVA\" -jar \"$JAR\" read' /dev/null");
        assertEquals(0, terminal.status(), terminal.out() + terminal.err());
        assertTrue(terminal.out().contains("reading standard input: end it with Ctrl-D"), terminal.out());
        assertTrue(terminal.out().contains("\"source\":\"-\""), terminal.out());
        Run pipe = java(SUCCESS, "read");
        assertEquals("", pipe.err(), "not on a terminal: nothing to say");
        assertEquals(0, pipe.status());
    }

    /** The launcher runs the jar the build left, from the repository or through a link on the PATH, with its exit status. */
    @Test
    void theLauncherIsACommandAUserCanType() throws Exception {
        Path root = Path.of(System.getProperty("examples.dir")).getParent();
        Path launcher = root.resolve("bin").resolve("nhncloud-result");
        assertTrue(Files.isExecutable(launcher), launcher + " is executable");
        Run direct = sh(root, Map.of(), null, "bin/nhncloud-result read examples/*.json");
        Run jar = sh(root, Map.of("JAVA", JAVA, "JAR", JAR), null, "\"$JAVA\" -jar \"$JAR\" read examples/*.json");
        assertEquals(2, direct.status(), direct.err());
        assertEquals(jar.out(), direct.out());
        Path path = Files.createDirectory(dir.resolve("path"));
        Files.createSymbolicLink(path.resolve("nhncloud-result"), launcher);
        Run linked = sh(dir, Map.of("PATH", path + ":" + System.getenv("PATH")), null, "nhncloud-result --version");
        assertEquals(0, linked.status(), linked.err());
        assertTrue(linked.out().startsWith("nhncloud-result "), linked.out());
    }

    /** Without a built jar the launcher says how to build it. */
    @Test
    void theLauncherSaysHowToBuildTheJar() throws Exception {
        Path root = Path.of(System.getProperty("examples.dir")).getParent();
        Path bin = Files.createDirectories(dir.resolve("clone").resolve("bin"));
        Path launcher = Files.copy(root.resolve("bin").resolve("nhncloud-result"), bin.resolve("nhncloud-result"));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Run run = sh(dir, Map.of(), null, "clone/bin/nhncloud-result read x.json");
        assertEquals(69, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("./mvnw -B -q -pl cli -am package -DskipTests"), run.err());
    }
}
