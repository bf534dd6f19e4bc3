package dev.nhncloud.result.cli;

import dev.nhncloud.result.ResultCode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain CODE}: everything the SDK knows about one result code. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Explains a result code: its kind, API family, HTTP status, remedy and meaning. "
                + "Any integer is accepted, documented or not.")
final class ExplainCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE", description = "A resultCode, such as -3 or 10404.")
    int code;

    @Option(names = "--lang", defaultValue = "en",
            description = "Language: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ResultCode resultCode = ResultCode.of(code);
        if (format == Format.json) {
            new JsonOutput(out).code(resultCode, language);
            return 0;
        }
        out.println(resultCode.value() + "  " + resultCode.kind() + (resultCode.documented() ? "" : "  (undocumented)"));
        out.println("  meaning       " + resultCode.description(language.locale));
        out.println("  kind          " + resultCode.kind().description(language.locale));
        resultCode.kind().documentedMessage().ifPresent(message -> out.println("  message       \"" + message + "\" (as documented)"));
        resultCode.api().ifPresent(api -> out.println("  API           " + api + ": " + api.description(language.locale)));
        resultCode.httpStatus().ifPresent(status -> out.println("  HTTP status   " + status));
        out.println("  remedy        " + resultCode.remedy() + ": " + resultCode.remedy().description(language.locale));
        out.println("  retryable     " + (resultCode.retryable() ? "yes, unchanged, with back-off" : "no"));
        out.flush();
        return 0;
    }
}
