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
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
            " 1:some header reports a failure or a partial success",
            " 2:some input unreadable or malformed",
            "64:bad usage"})
final class ReadCommand implements Callable<Integer> {

    /** The reason reported for an input that could not be read at all (a missing file, an I/O error). */
    static final String IO_ERROR = "IO_ERROR";

    /** How standard input is named among the inputs. */
    static final String STANDARD_INPUT = "-";

    enum Format { json, text }

    /** The bindings present, as ServiceLoader finds them: the runnable jar carries every binding of the SDK. */
    static final class Bindings implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return HeaderReaders.available().iterator();
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--binding", paramLabel = "NAME", defaultValue = "jackson", completionCandidates = Bindings.class,
            description = "The JSON library to read with: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String binding;

    @Mixin
    ServiceOption serviceOption;

    @Option(names = "--validate-document",
            description = "Read each document to its end and refuse a second header or data after the root.")
    boolean validateDocument;

    @Option(names = "--format", defaultValue = "json",
            description = "json: one JSON object per line (default); text: for people, with descriptions.")
    Format format;

    @Option(names = "--lang",
            description = "Language of the text format: ${COMPLETION-CANDIDATES} (default: en). "
                    + "Refused with json, which holds no words.")
    Language language;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Responses to read; - for standard input, at most once; nothing for standard input alone.")
    List<String> sources = List.of();

    @Override
    public Integer call() {
        if (format == Format.json && language != null) {
            throw new ParameterException(spec.commandLine(),
                    "--lang applies to --format text only: the JSON lines hold identifiers and the responses' own text, no words");
        }
        if (sources.stream().filter(STANDARD_INPUT::equals).count() > 1) {
            throw new ParameterException(spec.commandLine(), "standard input (-) can be read only once: give - at most once");
        }
        Words words = Words.of(language == null ? Language.en : language);
        PrintWriter out = spec.commandLine().getOut();
        if (sources.isEmpty() && System.console() != null) {
            // Standard input and output are a terminal: without this, read would wait in silence for typed input.
            spec.commandLine().getErr().println(words.get("input.reading"));
            spec.commandLine().getErr().flush();
        }
        if (!HeaderReaders.available().contains(binding)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--binding': expected one of "
                    + HeaderReaders.available() + " (was '" + binding + "')");
        }
        HeaderReader reader = HeaderReaders.named(binding,
                ReadOptions.builder().validateDocument(validateDocument).service(serviceOption.service).build());
        Report report = format == Format.json ? new JsonReport(new JsonOutput(out), reader.binding())
                : new TextReport(out, reader.binding(), words, spec.commandLine().getColorScheme().ansi(), serviceOption.service.catalogue());
        int status = 0;
        for (String source : sources.isEmpty() ? List.of(STANDARD_INPUT) : sources) {
            status = Math.max(status, read(reader, source, report));
        }
        return status;
    }

    private static int read(HeaderReader reader, String source, Report report) {
        InputStream in;
        try {
            in = open(source);
        } catch (IOException | InvalidPathException e) {
            report.error(source, IO_ERROR, openFailure(source, e));
            return 2;
        }
        try (in) {
            ResultHeader header = reader.read(in);
            report.header(source, header);
            return header.succeeded() ? 0 : 1;
        } catch (MalformedResponseException e) {
            // Core's message, already escaped, and in English whatever the language: it is the exception an application logs.
            report.error(source, e.reason().name(), words -> e.getMessage());
        } catch (IOException e) {
            report.error(source, IO_ERROR, words -> words.format("input.cannotRead", shown(source, words), reason(e)));
        }
        return 2;
    }

    private static InputStream open(String source) throws IOException {
        if (source.equals(STANDARD_INPUT)) {
            // Standard input belongs to the process; reading it does not close it.
            return new FilterInputStream(System.in) {
                @Override
                public void close() {
                }
            };
        }
        Path path = Path.of(source);
        if (Files.isDirectory(path)) {
            // Opening a directory succeeds on Linux; reading it then fails with the platform's words.
            throw new DirectoryException(source);
        }
        return Files.newInputStream(path);
    }

    /** Why an input could not be opened, worded like "no such file: NAME" whatever the cause. */
    private static Function<Words, String> openFailure(String source, Exception e) {
        if (e instanceof InvalidPathException) {
            Charset charset = fileNameCharset();
            if (!charset.newEncoder().canEncode(source)) {
                return words -> words.format("input.unencodable", shown(source, words), charset.name());
            }
            return words -> words.format("input.invalidName", shown(source, words));
        }
        String key = e instanceof DirectoryException ? "input.directory"
                : e instanceof NoSuchFileException ? "input.noSuchFile"
                : e instanceof AccessDeniedException ? "input.accessDenied"
                : null;
        if (key != null) {
            return words -> words.format(key, shown(source, words));
        }
        return words -> words.format("input.cannotOpen", shown(source, words), reason(e));
    }

    /** The charset the JVM encodes file names in (from the locale: ASCII under LC_ALL=C). */
    private static Charset fileNameCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding"));
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    /** An input as named in a message: the file name escaped, or "standard input". */
    static String shown(String source, Words words) {
        return source.equals(STANDARD_INPUT) ? words.get("input.standardInput") : LogSafeText.escape(source);
    }

    /** The platform's own words for an I/O failure, escaped. */
    private static String reason(Exception e) {
        String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
        return LogSafeText.escape(reason == null ? e.getClass().getSimpleName() : reason);
    }

    /** A directory given as an input. */
    private static final class DirectoryException extends FileSystemException {
        private static final long serialVersionUID = 1L;

        DirectoryException(String file) {
            super(file);
        }
    }

    /** Where the result of each input goes. */
    interface Report {
        void header(String source, ResultHeader header);

        /** An input that could not be read: its reason, and its message in the report's words. */
        void error(String source, String reason, Function<Words, String> message);
    }

    private static final class JsonReport implements Report {
        /** JSON is read by programs: its messages are in English, as core's are. */
        private static final Words ENGLISH = Words.of(Language.en);

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
        public void error(String source, String reason, Function<Words, String> message) {
            json.error(source, binding, reason, message.apply(ENGLISH));
        }
    }
}
