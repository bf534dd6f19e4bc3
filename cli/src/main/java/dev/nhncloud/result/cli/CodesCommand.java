package dev.nhncloud.result.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code codes}: the whole catalogue of result codes. */
@Command(name = "codes", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lists every result code the SDK knows, and the remedy of per-API codes by HTTP status.")
final class CodesCommand implements Callable<Integer> {

    enum Format { table, json, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", defaultValue = "en",
            description = "Language of the descriptions: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Catalogue.Table> tables = Catalogue.tables(language.locale);
        switch (format) {
            case json:
                json(out, tables);
                break;
            case markdown:
                out.print(markdown(tables));
                break;
            default:
                tables.forEach(table -> plain(out, table));
        }
        out.flush();
        return 0;
    }

    /** The catalogue in Markdown, exactly as the README shows it. */
    static String markdown(List<Catalogue.Table> tables) {
        StringBuilder text = new StringBuilder();
        for (Catalogue.Table table : tables) {
            text.append(text.length() == 0 ? "" : "\n").append("**").append(table.title).append("**\n\n");
            text.append(markdownRow(table.columns));
            text.append(table.columns.stream().map(c -> "---").collect(Collectors.joining("|", "|", "|\n")));
            table.rows.forEach(row -> text.append(markdownRow(row)));
        }
        return text.toString();
    }

    private static String markdownRow(List<String> cells) {
        return cells.stream().map(cell -> cell.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    private static void plain(PrintWriter out, Catalogue.Table table) {
        int[] widths = new int[table.columns.size()];
        List<List<String>> lines = new ArrayList<>();
        lines.add(table.columns);
        lines.addAll(table.rows);
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        out.println(table.title);
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = line.get(i);
                text.append(cell).append(i == widths.length - 1 ? "" : " ".repeat(widths[i] - cell.length() + 2));
            }
            out.println(text.toString().stripTrailing());
        }
        out.println();
    }

    /** One JSON object: each table under its key, as an array of objects keyed by column. */
    private static void json(PrintWriter out, List<Catalogue.Table> tables) {
        new JsonOutput(out).line(json -> {
            for (Catalogue.Table table : tables) {
                json.writeArrayFieldStart(table.key);
                for (List<String> row : table.rows) {
                    json.writeStartObject();
                    for (int i = 0; i < row.size(); i++) {
                        json.writeStringField(table.columns.get(i), row.get(i));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
        });
    }
}
