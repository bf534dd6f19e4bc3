package dev.nhncloud.result.cli;

import dev.nhncloud.result.ApiFamily;
import dev.nhncloud.result.Kind;
import dev.nhncloud.result.Remedy;
import dev.nhncloud.result.ResultCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The catalogue of result codes as tables, derived from core's model, never written by hand:
 * the README's code table is this catalogue in Markdown. Every word in it is in the chosen
 * language; identifiers (kind and remedy names, family names) and numbers are not words.
 */
final class Catalogue {

    /** A table: its key and the keys of its columns (for JSON), their headings in words, and rows of cells. */
    static final class Table {
        final String key;
        final String title;
        final List<String> columns;
        final List<String> headings;
        final List<List<String>> rows = new ArrayList<>();

        Table(String key, Words words, List<String> columns) {
            this(key, words.get("codes.title." + key), words, columns);
        }

        Table(String key, String title, Words words, List<String> columns) {
            this.key = key;
            this.title = title;
            this.columns = columns;
            List<String> headings = new ArrayList<>();
            columns.forEach(column -> headings.add(words.get("codes.column." + column)));
            this.headings = List.copyOf(headings);
        }

        void add(String... cells) {
            rows.add(List.of(cells));
        }
    }

    private static final int REPRESENTATIVE_PREFIX = ApiFamily.INSTANCE.prefix();

    private Catalogue() {
    }

    static List<Table> tables(Language language) {
        Words words = Words.of(language);
        return List.of(codes(words, language.locale), statusRemedies(words, language.locale));
    }

    private static Table codes(Words words, Locale locale) {
        Table table = new Table("codes", words,
                List.of("resultCode", "kind", "api", "documentedMessage", "remedy", "retryable", "description"));
        for (Kind kind : Kind.values()) {
            kind.code().ifPresent(value -> {
                ResultCode code = ResultCode.of(value);
                table.add(String.valueOf(value), kind.name(), code.api().map(Enum::name).orElse(""),
                        kind.documentedMessage().orElse(""), code.remedy().name(), words.yesNo(code.retryable()),
                        kind.description(locale));
            });
        }
        String freeText = words.get("codes.cell.freeText");
        String byStatus = words.get("codes.cell.byHttpStatus");
        for (ApiFamily family : ApiFamily.values()) {
            int base = family.prefix() * 1000;
            table.add((base + 400) + "–" + (base + 499), Kind.API_ERROR.name(), family.name(), freeText,
                    byStatus, byStatus, family.description(locale));
        }
        table.add("PP100–PP399, PP500–PP599", words.format("codes.cell.undocumented", Kind.API_ERROR.name()),
                words.get("codes.cell.byPrefix"), freeText, byStatus, byStatus, Kind.API_ERROR.description(locale));
        ResultCode other = ResultCode.of(Integer.MIN_VALUE);
        table.add(words.get("codes.cell.anyOther"), Kind.UNRECOGNIZED.name(), "", "", other.remedy().name(),
                words.yesNo(other.retryable()), Kind.UNRECOGNIZED.description(locale));
        return table;
    }

    /** The remedy of per-API codes by HTTP status, as ranges found by asking the model about every status. */
    private static Table statusRemedies(Words words, Locale locale) {
        Table table = new Table("statusRemedies", words, List.of("httpStatus", "documented", "remedy", "retryable", "description"));
        int start = 100;
        for (int status = 101; status <= 600; status++) {
            if (status == 600 || !sameRow(start, status)) {
                ResultCode code = ResultCode.of(REPRESENTATIVE_PREFIX * 1000 + start);
                Remedy remedy = code.remedy();
                table.add(start == status - 1 ? String.valueOf(start) : start + "–" + (status - 1), words.yesNo(code.documented()),
                        remedy.name(), words.yesNo(code.retryable()), remedy.description(locale));
                start = status;
            }
        }
        return table;
    }

    private static boolean sameRow(int first, int status) {
        ResultCode a = ResultCode.of(REPRESENTATIVE_PREFIX * 1000 + first);
        ResultCode b = ResultCode.of(REPRESENTATIVE_PREFIX * 1000 + status);
        return a.remedy() == b.remedy() && a.documented() == b.documented();
    }
}
