package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code --lang} translates every word the command line prints, headings and labels included,
 * wherever it is accepted; where it does not apply it is refused, never silently ignored.
 * Identifiers (kind, remedy and API names, reasons, JSON keys) are not words: they stay.
 */
class LanguageTest {

    @TempDir
    Path dir;

    private static Properties english() throws IOException {
        try (InputStream in = LanguageTest.class.getResourceAsStream("words.properties")) {
            assertTrue(in != null, "the command line's words are in dev/nhncloud/result/cli/words.properties");
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return words;
        }
    }

    /**
     * The English text of every word the language translates, as a pattern per literal part (an
     * argument splits a value into parts); a word that is also an identifier (SUCCESS is a kind)
     * is left out, since the identifier is printed in every language.
     */
    private static List<Pattern> englishWords(Language language) throws IOException {
        Properties english = english();
        Properties translated = new Properties();
        try (InputStream in = LanguageTest.class.getResourceAsStream("words_" + language.name() + ".properties")) {
            translated.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<Pattern> words = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.equals(translated.getProperty(key)) || Arrays.stream(Kind.values()).anyMatch(kind -> kind.name().equals(value))) {
                continue;
            }
            for (String part : value.split("\\{\\d+}")) {
                if (part.strip().chars().filter(Character::isLetter).count() >= 2) {
                    words.add(Pattern.compile("(?<![A-Za-z_])" + Pattern.quote(part.strip()) + "(?![A-Za-z_])"));
                }
            }
        }
        return words;
    }

    /** JSON's member names are identifiers, not words: they are left out of what is checked. */
    private static void assertNoEnglishWord(Language language, String output, String what) throws IOException {
        String printed = output.replaceAll("\"[A-Za-z]+\":", "");
        for (Pattern word : englishWords(language)) {
            assertFalse(word.matcher(printed).find(), () -> what + " --lang " + language + " prints the English \"" + word.pattern()
                    + "\":\n" + output);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "en", mode = EnumSource.Mode.EXCLUDE)
    void everyWordIsTranslated(Language language) throws IOException {
        String lang = language.name();
        String inconsistent = Files.writeString(dir.resolve("inconsistent.json"),
                "{\"header\":{\"isSuccessful\":true,\"resultCode\":-4,\"resultMessage\":\"\"}}").toString();
        for (String code : List.of("0", "-3", "10404", "40503", "42901", "20004", "-99")) {
            assertNoEnglishWord(language, Cli.run("explain", "--lang", lang, "--", code).out, "explain " + code);
            assertNoEnglishWord(language, Cli.run("explain", "--lang", lang, "--format", "json", "--", code).out, "explain --format json " + code);
        }
        for (String format : List.of("table", "markdown", "json")) {
            assertNoEnglishWord(language, Cli.run("codes", "--lang", lang, "--format", format).out, "codes --format " + format);
        }
        Cli read = Cli.run("read", "--format", "text", "--lang", lang, Cli.example("instances-success.json"),
                Cli.example("instance-not-found.json"), Cli.example("volume-unavailable.json"), inconsistent,
                dir.resolve("absent").toString(), Files.createDirectory(dir.resolve("directory")).toString());
        assertEquals(2, read.status, read.err);
        assertNoEnglishWord(language, read.out, "read --format text");
    }

    @Test
    void headingsAndLabelsAreTranslated() {
        String explained = Cli.run("explain", "-3", "--lang", "ko").out;
        assertFalse(explained.contains("meaning") || explained.contains("remedy"), explained);
        assertTrue(explained.contains("PERMISSION_DENIED") && explained.contains("CHECK_CREDENTIALS"), "identifiers stay: " + explained);
        String table = Cli.run("codes", "--lang", "ja").out;
        assertFalse(table.contains("Result codes") || table.contains("description"), table);
    }

    /** read's JSON holds no words, only identifiers and the response's own text: a language has nothing to change there. */
    @Test
    void aLanguageForOutputWithoutWordsIsRefused() {
        Cli json = Cli.run("read", "--lang", "ko", Cli.example("instances-success.json"));
        assertEquals(64, json.status, json.out);
        assertEquals("", json.out);
        assertTrue(json.err.contains("--lang applies to --format text only"), json.err);
        assertEquals(64, Cli.run("read", "--format", "json", "--lang", "en", Cli.example("instances-success.json")).status);
        assertEquals(0, Cli.run("read", "--format", "text", "--lang", "ko", Cli.example("instances-success.json")).status);
    }
}
