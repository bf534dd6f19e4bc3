package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The text formats for people, in every language: a label column whose values all start in the
 * same terminal column (a Korean, Japanese or Chinese character is two columns wide), and no
 * line that says again what the line before said.
 */
class TextLayoutTest {

    @TempDir
    Path dir;

    /** Where the value of each labelled line (indented by two) starts, in terminal columns. */
    private static Set<Integer> valueColumns(String output) {
        Set<Integer> columns = new HashSet<>();
        for (String line : output.lines().toList()) {
            if (line.startsWith("  ")) {
                int end = line.indexOf("  ", 2);
                assertTrue(end > 2, () -> "no label: " + line);
                int value = end;
                while (value < line.length() && line.charAt(value) == ' ') {
                    value++;
                }
                columns.add(TerminalColumns.width(line.substring(0, value)));
            }
        }
        return columns;
    }

    private static void assertNoLineRepeatsTheOneBefore(String output) {
        List<String> values = new ArrayList<>();
        for (String line : output.lines().toList()) {
            values.add(line.strip().replaceFirst("^.*?\\s{2,}", ""));
        }
        for (int i = 1; i < values.size(); i++) {
            String value = values.get(i);
            String before = values.get(i - 1);
            assertFalse(value.equals(before) || before.endsWith(value) && value.length() > 6,
                    () -> "the line repeats the one before: " + value + "\n" + output);
        }
    }

    private String inconsistent() throws IOException {
        return Files.writeString(dir.resolve("inconsistent.json"),
                "{\"header\":{\"isSuccessful\":true,\"resultCode\":-4,\"resultMessage\":\"Invalid parameters: name\"}}").toString();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void readLinesUpItsLabelsAndSaysNothingTwice(Language language) throws IOException {
        Cli cli = Cli.run("read", "--format", "text", "--lang", language.name(), Cli.example("instances-success.json"),
                Cli.example("permission-denied.json"), Cli.example("instance-not-found.json"),
                Cli.example("volume-unavailable.json"), Cli.example("truncated.json"), inconsistent(),
                dir.resolve("absent.json").toString());
        assertEquals(2, cli.status, cli.err);
        assertEquals(1, valueColumns(cli.out).size(), () -> "values start in columns " + valueColumns(cli.out) + ":\n" + cli.out);
        assertNoLineRepeatsTheOneBefore(cli.out);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void explainLinesUpItsLabelsAndSaysNothingTwice(Language language) {
        for (String code : List.of("0", "-3", "10404", "40503", "20001", "-99")) {
            Cli cli = Cli.run("explain", "--lang", language.name(), "--", code);
            assertEquals(0, cli.status, cli.err);
            assertEquals(1, valueColumns(cli.out).size(), () -> "values start in columns " + valueColumns(cli.out) + ":\n" + cli.out);
            assertNoLineRepeatsTheOneBefore(cli.out);
        }
    }

    /** An API error's detail is its whole message: the message is shown, the detail not again. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void aDetailThatIsTheWholeMessageIsNotShownAgain(Language language) {
        Cli cli = Cli.run("read", "--format", "text", "--lang", language.name(), Cli.example("instance-not-found.json"));
        assertEquals(1, cli.out.lines().filter(line -> line.contains("could not be found.")).count(), cli.out);
        Cli denied = Cli.run("read", "--format", "text", "--lang", language.name(), Cli.example("permission-denied.json"));
        assertEquals(2, denied.out.lines().filter(line -> line.contains("token expired")).count(), "message and detail differ");
    }
}
