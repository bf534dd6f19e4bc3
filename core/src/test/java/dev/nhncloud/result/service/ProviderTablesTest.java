package dev.nhncloud.result.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped catalogues against the provider's own tables, read in place from
 * {@code ../shared/corpus/nhn-notification-docs} (system property {@code nhncloud.corpus}; the
 * test reports itself skipped, saying where it looked, where the corpus is absent). Every API
 * result code of every language edition is in the catalogue with the provider's
 * {@code isSuccessful} flag, and the catalogue has no code that no edition documents.
 *
 * <p>A table row is one with an {@code isSuccessful} cell ({@code true} or {@code false}) and
 * the result code in the next cell: that is the shape of every API result-code table, and no
 * other table on these pages (delivery results, DLR codes) has such a cell. A row of that shape
 * whose code cannot be read fails the test rather than being skipped.
 */
class ProviderTablesTest {

    private static final List<String> LANGUAGES = List.of("en", "ko", "ja", "zh");
    private static final Pattern SINGLE = Pattern.compile("-?\\d+");
    private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\s*~\\s*(-?\\d+)");

    /** A code, or a range of codes, as one row of a provider's table documents it. */
    static final class Documented {
        final int first;
        final int last;
        final boolean isSuccessful;
        final String where;

        Documented(int first, int last, boolean isSuccessful, String where) {
            this.first = first;
            this.last = last;
            this.isSuccessful = isSuccessful;
            this.where = where;
        }

        String codes() {
            return first == last ? String.valueOf(first) : first + "~" + last;
        }
    }

    private static Path pages() {
        String configured = System.getProperty("nhncloud.corpus");
        Path pages = configured == null ? null : Path.of(configured, "nhn-notification-docs");
        if (pages == null || !Files.isDirectory(pages)) {
            Assumptions.abort("../shared/corpus/nhn-notification-docs was not found (system property nhncloud.corpus="
                    + configured + ", working directory " + Path.of("").toAbsolutePath()
                    + "); this test needs the shared corpus beside the project");
        }
        return pages;
    }

    /** The folder of a service's pages. */
    private static String folder(Service service) {
        return service.id();
    }

    /** Every row with an isSuccessful cell in one page, in page order. */
    static List<Documented> rows(Path page) throws IOException {
        List<Documented> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (!line.startsWith("|")) {
                continue;
            }
            String[] cells = line.substring(1).split("\\|", -1);
            for (int i = 0; i + 1 < cells.length; i++) {
                String cell = cells[i].strip();
                if (cell.equals("true") || cell.equals("false")) {
                    String code = cells[i + 1].strip();
                    String where = page.getParent().getParent().getFileName() + "/" + page.getParent().getFileName()
                            + "/" + page.getFileName() + ":" + number;
                    Matcher range = RANGE.matcher(code);
                    if (SINGLE.matcher(code).matches()) {
                        int value = Integer.parseInt(code);
                        rows.add(new Documented(value, value, cell.equals("true"), where));
                    } else if (range.matches()) {
                        rows.add(new Documented(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)),
                                cell.equals("true"), where));
                    } else {
                        fail(where + ": a row with an isSuccessful cell whose code cell is not a code: " + line);
                    }
                    break;
                }
            }
        }
        return rows;
    }

    /** What every edition of a service's page documents, by code (or range), each with the first place it is said. */
    private static Map<String, Documented> documented(Service service) throws IOException {
        Map<String, Documented> union = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Path page = pages().resolve(folder(service)).resolve(language).resolve("error-code.md");
            assertTrue(Files.isRegularFile(page), "the corpus has no " + page);
            List<Documented> rows = rows(page);
            assertFalse(rows.isEmpty(), page + " has no API result code");
            for (Documented row : rows) {
                Documented earlier = union.putIfAbsent(row.codes(), row);
                if (earlier != null) {
                    // A code listed twice (SMS lists -2044 to -2047 under two categories) or in two editions: one flag.
                    assertEquals(earlier.isSuccessful, row.isSuccessful, () -> row.codes() + ": " + earlier.where
                            + " and " + row.where + " document different isSuccessful flags");
                }
            }
        }
        return union;
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = "COMPUTE", mode = EnumSource.Mode.EXCLUDE)
    void everyDocumentedCodeIsInTheCatalogueWithTheProvidersFlag(Service service) throws IOException {
        Catalogue catalogue = service.catalogue();
        Map<String, Documented> documented = documented(service);
        List<String> problems = new ArrayList<>();
        for (Documented row : documented.values()) {
            CodeEntry entry = catalogue.lookup(row.first);
            if (!entry.documented() || entry.firstCode() != row.first || entry.lastCode() != row.last) {
                problems.add(row.where + ": " + row.codes() + " is documented, the catalogue has " + entry);
            } else if (entry.isSuccessfulFlag() != row.isSuccessful) {
                problems.add(row.where + ": " + row.codes() + " has isSuccessful " + row.isSuccessful + ", the catalogue "
                        + entry.isSuccessfulFlag());
            }
        }
        for (CodeEntry entry : catalogue.entries()) {
            String codes = entry.isRange() ? entry.firstCode() + "~" + entry.lastCode() : String.valueOf(entry.firstCode());
            if (!documented.containsKey(codes)) {
                problems.add(entry + " is in the catalogue, but no edition of the provider's page documents " + codes);
            }
        }
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
        assertEquals(documented.size(), catalogue.entries().size(), "one entry per documented code or range");
    }

    /**
     * What the flags mean, for every documented code: the provider's {@code isSuccessful: true}
     * with code 0 is the only success, a flag true on another code is the partial success the
     * catalogue declares (Email's 1000 alone), and the flag the provider does not document for a
     * code is a failure, whatever the code.
     */
    @ParameterizedTest
    @EnumSource(value = Service.class, names = "COMPUTE", mode = EnumSource.Mode.EXCLUDE)
    void headersReadAsTheProvidersTableSays(Service service) throws IOException {
        Catalogue catalogue = service.catalogue();
        for (Documented row : documented(service).values()) {
            for (int code : new int[] {row.first, row.first + (row.last - row.first) / 2, row.last}) {
                ResultHeader asDocumented = ResultHeader.of(catalogue, row.isSuccessful, code, "");
                Verdict expected = !row.isSuccessful ? Verdict.FAILURE : code == 0 ? Verdict.SUCCESS : Verdict.PARTIAL_SUCCESS;
                assertEquals(expected, asDocumented.verdict(), () -> row.where + ": " + asDocumented);
                assertTrue(asDocumented.isConsistent(), () -> row.where + ": " + asDocumented);
                assertEquals(row.isSuccessful && code == 0, asDocumented.succeeded(), () -> row.where + ": " + asDocumented);

                ResultHeader contradicting = ResultHeader.of(catalogue, !row.isSuccessful, code, "");
                assertEquals(Verdict.FAILURE, contradicting.verdict(), () -> row.where + ": " + contradicting);
                assertFalse(contradicting.isConsistent(), () -> row.where + ": " + contradicting);
            }
        }
    }

    /** The counts the closing note gives, per edition and in all: a change in the provider's pages shows here first. */
    @ParameterizedTest
    @EnumSource(value = Service.class, names = "COMPUTE", mode = EnumSource.Mode.EXCLUDE)
    void theCountsOfEachEdition(Service service) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String language : LANGUAGES) {
            List<Documented> rows = rows(pages().resolve(folder(service)).resolve(language).resolve("error-code.md"));
            counts.put(language, (int) rows.stream().map(Documented::codes).distinct().count());
        }
        Map<String, Integer> expected = Map.of(
                "sms", 88, "email", 178, "kakaotalk-bizmessage", 240, "push", 23);
        Map<String, Map<String, Integer>> editions = Map.of(
                "sms", Map.of("en", 88, "ko", 88, "ja", 87, "zh", 86),
                "email", Map.of("en", 178, "ko", 178, "ja", 178, "zh", 178),
                "kakaotalk-bizmessage", Map.of("en", 230, "ko", 230, "ja", 230, "zh", 211),
                "push", Map.of("en", 23, "ko", 23, "ja", 23, "zh", 23));
        assertEquals(new TreeMap<>(editions.get(service.id())), counts, service + ": codes per edition");
        assertEquals(expected.get(service.id()), documented(service).size(), service + ": codes in all editions");
        long partial = service.catalogue().entries().stream().filter(entry -> entry.verdict() == Verdict.PARTIAL_SUCCESS).count();
        assertEquals(service == Service.EMAIL ? 1 : 0, partial, "partial successes");
    }
}
