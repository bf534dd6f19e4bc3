package dev.nhncloud.result.cli;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code read}: one line per input, in input order, saying what its header reports. */
@Command(name = "read", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Reads the result header of each response and prints one line per input, in order.",
            "Reading stops at the end of the header unless --validate-document is given."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:every input read and successful",
            " 1:some header reports a failure",
            " 2:some input unreadable or malformed",
            "64:bad usage"})
final class ReadCommand implements Callable<Integer> {

    /** The reason reported for an input that could not be read at all (a missing file, an I/O error). */
    static final String IO_ERROR = "IO_ERROR";

    enum Format { json, text }

    /** The bindings the runnable jar carries. */
    enum Binding { jackson, gson, jsonp }

    @Spec
    CommandSpec spec;

    @Option(names = "--binding", paramLabel = "NAME", defaultValue = "jackson",
            description = "The JSON library to read with: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Binding binding;

    @Option(names = "--validate-document",
            description = "Read each document to its end and refuse a second header or data after the root.")
    boolean validateDocument;

    @Option(names = "--format", defaultValue = "json",
            description = "json: one JSON object per line (default); text: for people, with descriptions.")
    Format format;

    @Option(names = "--lang", defaultValue = "en",
            description = "Language of the text format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language language;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Responses to read; - or nothing for standard input.")
    List<String> sources = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HeaderReader reader = HeaderReaders.named(binding.name(),
                ReadOptions.builder().validateDocument(validateDocument).build());
        Report report = format == Format.json ? new JsonReport(new JsonOutput(out), reader.binding())
                : new TextReport(out, reader.binding(), language, spec.commandLine().getColorScheme().ansi());
        int status = 0;
        for (String source : sources.isEmpty() ? List.of("-") : sources) {
            status = Math.max(status, read(reader, source, report));
        }
        return status;
    }

    private static int read(HeaderReader reader, String source, Report report) {
        try (InputStream in = open(source)) {
            ResultHeader header = reader.read(in);
            report.header(source, header);
            return header.succeeded() ? 0 : 1;
        } catch (MalformedResponseException e) {
            report.error(source, e.reason().name(), e.getMessage());
        } catch (NoSuchFileException e) {
            // A refusal's message is already escaped; an I/O error's names a file, or quotes the stream.
            report.error(source, IO_ERROR, "no such file: " + LogSafeText.escape(e.getFile()));
        } catch (IOException e) {
            report.error(source, IO_ERROR, LogSafeText.escape(e.toString()));
        }
        return 2;
    }

    private static InputStream open(String source) throws IOException {
        if (source.equals("-")) {
            // Standard input belongs to the process; reading it does not close it.
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                }
            };
        }
        return Files.newInputStream(Path.of(source));
    }

    /** Where the result of each input goes. */
    interface Report {
        void header(String source, ResultHeader header);

        void error(String source, String reason, String message);
    }

    private static final class JsonReport implements Report {
        private final JsonOutput json;
        private final String binding;

        JsonReport(JsonOutput json, String binding) {
            this.json = json;
            this.binding = binding;
        }

        @Override
        public void header(String source, ResultHeader header) {
            json.header(source, binding, header);
        }

        @Override
        public void error(String source, String reason, String message) {
            json.error(source, binding, reason, message);
        }
    }
}
