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
 * the README's code table is this catalogue in Markdown.
 */
final class Catalogue {

    /** A table: column names and rows of cells. */
    static final class Table {
        final String key;
        final String title;
        final List<String> columns;
        final List<List<String>> rows = new ArrayList<>();

        Table(String key, String title, List<String> columns) {
            this.key = key;
            this.title = title;
            this.columns = columns;
        }

        void add(String... cells) {
            rows.add(List.of(cells));
        }
    }

    private static final int REPRESENTATIVE_PREFIX = ApiFamily.INSTANCE.prefix();

    private Catalogue() {
    }

    static List<Table> tables(Locale locale) {
        return List.of(codes(locale), statusRemedies(locale));
    }

    private static Table codes(Locale locale) {
        Table table = new Table("codes", "Result codes",
                List.of("resultCode", "kind", "api", "documentedMessage", "remedy", "retryable", "description"));
        for (Kind kind : Kind.values()) {
            kind.code().ifPresent(value -> {
                ResultCode code = ResultCode.of(value);
                table.add(String.valueOf(value), kind.name(), code.api().map(Enum::name).orElse(""),
                        kind.documentedMessage().orElse(""), code.remedy().name(), yesNo(code.retryable()),
                        kind.description(locale));
            });
        }
        for (ApiFamily family : ApiFamily.values()) {
            int base = family.prefix() * 1000;
            table.add((base + 400) + "–" + (base + 499), Kind.API_ERROR.name(), family.name(), "(free text)",
                    "by HTTP status", "by HTTP status", family.description(locale));
        }
        table.add("PP100–PP399, PP500–PP599", Kind.API_ERROR.name() + " (undocumented)", "by prefix PP", "(free text)",
                "by HTTP status", "by HTTP status", Kind.API_ERROR.description(locale));
        ResultCode other = ResultCode.of(Integer.MIN_VALUE);
        table.add("any other", Kind.UNRECOGNIZED.name(), "", "", other.remedy().name(), yesNo(other.retryable()),
                Kind.UNRECOGNIZED.description(locale));
        return table;
    }

    /** The remedy of per-API codes by HTTP status, as ranges found by asking the model about every status. */
    private static Table statusRemedies(Locale locale) {
        Table table = new Table("statusRemedies", "Remedy of per-API codes (PPxxx) by HTTP status xxx",
                List.of("httpStatus", "documented", "remedy", "retryable", "description"));
        int start = 100;
        for (int status = 101; status <= 600; status++) {
            if (status == 600 || !sameRow(start, status)) {
                ResultCode code = ResultCode.of(REPRESENTATIVE_PREFIX * 1000 + start);
                Remedy remedy = code.remedy();
                table.add(start == status - 1 ? String.valueOf(start) : start + "–" + (status - 1), yesNo(code.documented()),
                        remedy.name(), yesNo(code.retryable()), remedy.description(locale));
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

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
