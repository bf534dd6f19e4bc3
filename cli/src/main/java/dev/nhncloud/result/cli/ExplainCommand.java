package dev.nhncloud.result.cli;

import dev.nhncloud.result.ResultCode;
import dev.nhncloud.result.service.CodeEntry;
import dev.nhncloud.result.service.Service;
import dev.nhncloud.result.ResultHeader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain CODE}: everything the SDK knows about one result code. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Explains a result code: its kind, API family, HTTP status, remedy and meaning. "
                + "Any int written in ASCII digits is accepted, documented or not.")
final class ExplainCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE", converter = ResultCodeArgument.class,
            description = "A resultCode in ASCII digits, such as -3 or 10404 (after --, a negative one may not be taken for an option).")
    int code;

    @Option(names = "--lang", defaultValue = "en",
            description = "Language of every word (text) or of the descriptions (json): ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Mixin
    ServiceOption serviceOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (serviceOption.service != Service.COMPUTE) {
            explainServiceCode(out);
            return 0;
        }
        ResultCode resultCode = ResultCode.of(code);
        if (format == Format.json) {
            new JsonOutput(out).code(resultCode, language);
            return 0;
        }
        Words words = Words.of(language);
        String meaning = words.get("label.meaning");
        String kind = words.get("label.kind");
        String message = words.get("label.message");
        String api = words.get("label.api");
        String httpStatus = words.get("label.httpStatus");
        String remedy = words.get("label.remedy");
        String retryable = words.get("label.retryable");
        LabelledLines lines = new LabelledLines(List.of(meaning, kind, message, api, httpStatus, remedy, retryable));
        String description = resultCode.description(language.locale);
        String kindDescription = resultCode.kind().description(language.locale);
        out.println(resultCode.value() + "  " + resultCode.kind() + (resultCode.documented() ? "" : "  " + words.get("note.undocumented")));
        out.println(lines.line(meaning, description));
        if (!kindDescription.equals(description)) {
            // A fixed code's meaning is its kind's: said once.
            out.println(lines.line(kind, kindDescription));
        }
        resultCode.kind().documentedMessage().ifPresent(text -> out.println(lines.line(message,
                words.format("note.asDocumented", "\"" + text + "\""))));
        resultCode.api().ifPresent(family -> out.println(lines.line(api, family + ": " + family.description(language.locale))));
        resultCode.httpStatus().ifPresent(status -> out.println(lines.line(httpStatus, String.valueOf(status))));
        out.println(lines.line(remedy, resultCode.remedy() + ": " + resultCode.remedy().description(language.locale)));
        out.println(lines.line(retryable, resultCode.retryable() ? words.get("answer.retryable") : words.get("answer.no")));
        out.flush();
        return 0;
    }

    /**
     * A code of another service: its name (and range), the flag the provider documents with it,
     * the verdict of a header that carries it with that flag, the remedy and whether to retry.
     */
    private void explainServiceCode(PrintWriter out) {
        CodeEntry entry = serviceOption.service.catalogue().lookup(code);
        if (format == Format.json) {
            new JsonOutput(out).serviceCode(code, entry, language);
            return;
        }
        Words words = Words.of(language);
        String meaning = words.get("label.meaning");
        String flag = ResultHeader.IS_SUCCESSFUL;
        String verdict = words.get("label.verdict");
        String remedy = words.get("label.remedy");
        String retryable = words.get("label.retryable");
        LabelledLines lines = new LabelledLines(List.of(meaning, flag, verdict, remedy, retryable));
        out.println(code + "  " + entry.name() + (entry.isRange() ? "  " + entry.firstCode() + "–" + entry.lastCode() : "")
                + "  " + serviceOption.service.title() + (entry.documented() ? "" : "  " + words.get("note.undocumented")));
        out.println(lines.line(meaning, entry.description(language.locale)));
        if (entry.documented()) {
            out.println(lines.line(flag, words.format("note.asDocumented", String.valueOf(entry.isSuccessfulFlag()))));
        }
        out.println(lines.line(verdict, entry.verdict().name()));
        out.println(lines.line(remedy, entry.remedy() + ": " + entry.remedy().description(language.locale)));
        out.println(lines.line(retryable, entry.retryable() ? words.get("answer.retryable") : words.get("answer.no")));
        out.flush();
    }
}
