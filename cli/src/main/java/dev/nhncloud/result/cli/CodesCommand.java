package dev.nhncloud.result.cli;

import dev.nhncloud.result.service.Service;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code codes}: the whole catalogue of result codes. */
@Command(name = "codes", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lists every result code the SDK knows for a service (Compute unless --service names another),"
                + " and for Compute the remedy of per-API codes by HTTP status.")
final class CodesCommand implements Callable<Integer> {

    enum Format { table, json, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ServiceOption serviceOption;

    @Option(names = "--lang", defaultValue = "en",
            description = "Language of every word, headings and descriptions included: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}). JSON member names, kind and remedy names stay as they are.")
    Language language;

    /** The widest a line of {@code --format table} is, in terminal columns. */
    static final int TABLE_WIDTH = 100;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Catalogue.Table> tables = serviceOption.service == Service.COMPUTE ? Catalogue.tables(language)
                : ServiceCodes.tables(serviceOption.service, language);
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
            text.append(markdownRow(table.headings));
            text.append(table.columns.stream().map(c -> "---").collect(Collectors.joining("|", "|", "|\n")));
            table.rows.forEach(row -> text.append(markdownRow(row)));
        }
        return text.toString();
    }

    private static String markdownRow(List<String> cells) {
        return cells.stream().map(cell -> cell.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** A table for a terminal of {@link #TABLE_WIDTH} columns. */
    private static void plain(PrintWriter out, Catalogue.Table table) {
        out.println(table.title);
        out.println();
        PlainTable.lines(table.headings, table.rows, TABLE_WIDTH).forEach(out::println);
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
                        JsonOutput.string(json, table.columns.get(i), row.get(i));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
        });
    }
}
