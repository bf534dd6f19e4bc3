package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadCommandTest {

    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    @Test
    void printsOneJsonLinePerInputInOrder() {
        String notFound = Cli.example("instance-not-found.json");
        String truncated = Cli.example("truncated.json");
        Cli cli = Cli.run("read", notFound, truncated);
        List<String> lines = cli.out.lines().toList();
        assertEquals(2, lines.size(), cli.out);
        assertEquals("{\"source\":\"" + notFound + "\",\"binding\":\"jackson\",\"header\":{\"isSuccessful\":false,"
                + "\"resultCode\":10404,\"resultMessage\":\"Instance 7c1d0f2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f could not be found.\"},"
                + "\"kind\":\"API_ERROR\",\"api\":\"INSTANCE\",\"httpStatus\":404,\"documented\":true,"
                + "\"detail\":\"Instance 7c1d0f2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f could not be found.\",\"consistent\":true,"
                + "\"success\":false,\"remedy\":\"CHECK_RESOURCE\",\"retryable\":false}", lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"source\":\"" + truncated + "\",\"binding\":\"jackson\",\"error\":"
                + "{\"reason\":\"MALFORMED_JSON\",\"message\":\"MALFORMED_JSON: invalid JSON at line 1"), lines.get(1));
        assertEquals(2, cli.status);
    }

    @Test
    void nullsWhereAFieldDoesNotApply() {
        Cli cli = Cli.run("read", Cli.example("permission-denied.json"));
        assertTrue(cli.out.contains("\"kind\":\"PERMISSION_DENIED\",\"api\":null,\"httpStatus\":null,\"documented\":true,"
                + "\"detail\":\"token expired\""), cli.out);
        Cli success = Cli.run("read", Cli.example("instances-success.json"));
        assertTrue(success.out.contains("\"detail\":null,\"consistent\":true,\"success\":true,\"remedy\":\"NONE\""), success.out);
    }

    @Test
    void exitStatusIsTheWorstOutcome() throws IOException {
        String ok = Cli.example("instances-success.json");
        String failed = Cli.example("permission-denied.json");
        String malformed = Cli.example("truncated.json");
        assertEquals(0, Cli.run("read", ok).status);
        assertEquals(1, Cli.run("read", ok, failed).status);
        assertEquals(2, Cli.run("read", failed, malformed, ok).status);
        assertEquals(1, Cli.run("read", file("inconsistent.json",
                "{\"header\":{\"isSuccessful\":true,\"resultCode\":-4,\"resultMessage\":\"Invalid parameters\"}}")).status);
    }

    @Test
    void aMissingFileIsReportedAndTheOthersAreStillRead() {
        String missing = dir.resolve("absent.json").toString();
        Cli cli = Cli.run("read", missing, Cli.example("instances-success.json"));
        List<String> lines = cli.out.lines().toList();
        assertEquals("{\"source\":\"" + missing + "\",\"binding\":\"jackson\",\"error\":{\"reason\":\"IO_ERROR\","
                + "\"message\":\"no such file: " + missing + "\"}}", lines.get(0));
        assertTrue(lines.get(1).contains("\"success\":true"), lines.get(1));
        assertEquals(2, cli.status);
    }

    @Test
    void everyBindingGivesTheSameLines() {
        String[] inputs = {Cli.example("instances-success.json"), Cli.example("permission-denied.json"),
            Cli.example("instance-not-found.json"), Cli.example("volume-unavailable.json"), Cli.example("truncated.json")};
        String jackson = Cli.run(concat("read", inputs)).out;
        for (String binding : HeaderReaders.available()) {
            Cli cli = Cli.run(concat("read", "--binding", binding, inputs));
            List<String> expected = jackson.lines().map(line -> line.replace("\"binding\":\"jackson\"", "\"binding\":\"" + binding + "\""))
                    .map(ReadCommandTest::withoutMessage).toList();
            assertEquals(expected, cli.out.lines().map(ReadCommandTest::withoutMessage).toList());
        }
    }

    /** Error messages name the library's position and words; reasons must agree, wording may not. */
    private static String withoutMessage(String line) {
        return line.replaceAll("\"message\":\"(\\\\.|[^\"\\\\])*\"", "\"message\":\"...\"");
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String[] concat(String first, String second, String third, String... rest) {
        return concat(first, concat(second, concat(third, rest)));
    }

    @Test
    void validationRefusesWhatEarlyExitDoesNotRead() throws IOException {
        String trailing = file("trailing.json", "{\"header\":{\"isSuccessful\":true,\"resultCode\":0}} garbage");
        assertEquals(0, Cli.run("read", trailing).status);
        Cli validated = Cli.run("read", "--validate-document", trailing);
        assertTrue(validated.out.contains("\"reason\":\"TRAILING_DATA\""), validated.out);
        assertEquals(2, validated.status);
    }

    @Test
    void readsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("{\"header\":{\"isSuccessful\":false,\"resultCode\":50401,\"resultMessage\":\"\"}}"
                    .getBytes(StandardCharsets.UTF_8)));
            Cli cli = Cli.run("read");
            assertTrue(cli.out.startsWith("{\"source\":\"-\",\"binding\":\"jackson\""), cli.out);
            assertTrue(cli.out.contains("\"api\":\"TOKEN\",\"httpStatus\":401"), cli.out);
            assertEquals(1, cli.status);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void textFormatSpeaksTheChosenLanguageWithoutColourOffATerminal() {
        Cli cli = Cli.run("read", "--format", "text", "--lang", "ko", Cli.example("instance-not-found.json"));
        assertTrue(cli.out.contains("  실패           10404 API_ERROR  인스턴스 API, HTTP 404\n"), cli.out);
        assertTrue(cli.out.contains("  조치           CHECK_RESOURCE: 리소스가 존재하는지, ID가 올바른지 확인하십시오.\n"), cli.out);
        assertFalse(cli.out.contains("\u001b["), "no ANSI escapes when not on a terminal");
    }

    @Test
    void hostileMessagesCannotForgeLines() throws IOException {
        String hostile = file("hostile.json", "{\"header\":{\"isSuccessful\":false,\"resultCode\":-1,"
                + "\"resultMessage\":\"FAIL\\r\\n2026-11-24 INFO all good\\u001b[2K\\u202etxt.exe\\u2028x\"}}");
        Cli text = Cli.run("read", "--format", "text", hostile);
        // Title, outcome, message, meaning, remedy: the detail is the whole message, not shown twice.
        assertEquals(5, text.out.lines().count(), text.out);
        assertTrue(text.out.contains("\"FAIL\\r\\n2026-11-24 INFO all good\\u001B[2K\\u202Etxt.exe\\u2028x\""), text.out);
        Cli json = Cli.run("read", hostile);
        assertEquals(1, json.out.lines().count());
        assertTrue(json.out.contains("FAIL\\r\\n2026-11-24 INFO all good\\u001B[2K\\u202Etxt.exe\\u2028x"), json.out);
        text.out.chars().filter(c -> c != '\n').forEach(c -> assertFalse(Character.isISOControl(c) || c == 0x202E || c == 0x2028,
                "raw control character " + Integer.toHexString(c)));
    }
}
