package dev.nhncloud.result.cli;

import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.ResultCode;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.Catalogue;
import dev.nhncloud.result.service.CodeEntry;
import dev.nhncloud.result.service.Service;
import dev.nhncloud.result.service.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * {@code read --format text}: a few lines per input for people, every word in the chosen
 * language, values aligned after their labels, nothing said twice (an API error's detail is its
 * whole message: not shown again). Colour only on a terminal. Text from the response (and file
 * names) is escaped, so that it can neither forge lines nor carry terminal escapes; the SDK's
 * refusals are core's messages, in English.
 */
final class TextReport implements ReadCommand.Report {

    private static final int QUOTE_LIMIT = 300;

    private final PrintWriter out;
    private final String binding;
    private final Words words;
    private final Locale locale;
    private final Ansi ansi;
    private final LabelledLines lines;

    /** @param catalogue the catalogue headers are read under: a partial success is among the outcomes only where it has one */
    TextReport(PrintWriter out, String binding, Words words, Ansi ansi, Catalogue catalogue) {
        this.out = out;
        this.binding = binding;
        this.words = words;
        this.locale = words.language().locale;
        this.ansi = ansi;
        List<String> labels = new ArrayList<>(List.of(words.get("outcome.success"), words.get("outcome.failure"),
                words.get("outcome.unreadable"), words.get("label.message"), words.get("label.detail"),
                words.get("label.meaning"), words.get("label.remedy")));
        if (catalogue.entries().stream().anyMatch(entry -> entry.verdict() == Verdict.PARTIAL_SUCCESS)) {
            labels.add(words.get("outcome.partialSuccess"));
        }
        this.lines = new LabelledLines(labels);
    }

    @Override
    public void header(String source, ResultHeader header) {
        if (!header.catalogue().isCompute()) {
            serviceHeader(source, header);
            return;
        }
        ResultCode code = header.code();
        title(source);
        String outcome = words.get(header.succeeded() ? "outcome.success" : "outcome.failure");
        String styled = header.succeeded() ? style(outcome, Style.fg_green) : style(outcome, Style.fg_red, Style.bold);
        out.println(lines.styledLine(styled, outcome, summary(code)
                + (header.isConsistent() ? "" : "  " + words.format("note.inconsistent", String.valueOf(header.isSuccessfulFlag())))));
        out.println(lines.line(words.get("label.message"), LogSafeText.quote(header.resultMessage(), QUOTE_LIMIT)));
        header.detail().filter(detail -> !detail.equals(header.resultMessage()))
                .ifPresent(detail -> out.println(lines.line(words.get("label.detail"), LogSafeText.quote(detail, QUOTE_LIMIT))));
        out.println(lines.line(words.get("label.meaning"), code.description(locale)));
        String remedy = code.remedy() + ": " + code.remedy().description(locale);
        out.println(lines.line(words.get("label.remedy"), code.retryable() ? words.format("note.retryable", remedy) : remedy));
        out.flush();
    }

    /** A header of a service other than Compute: the verdict (a partial success in its own words), the code's name, the catalogue's words. */
    private void serviceHeader(String source, ResultHeader header) {
        CodeEntry meaning = header.meaning();
        title(source);
        String outcome = words.get(header.verdict() == Verdict.SUCCESS ? "outcome.success"
                : header.verdict() == Verdict.PARTIAL_SUCCESS ? "outcome.partialSuccess" : "outcome.failure");
        String styled = header.verdict() == Verdict.SUCCESS ? style(outcome, Style.fg_green)
                : header.verdict() == Verdict.PARTIAL_SUCCESS ? style(outcome, Style.fg_yellow) : style(outcome, Style.fg_red, Style.bold);
        out.println(lines.styledLine(styled, outcome, header.resultCode() + " " + meaning.name() + "  " + Service.byId(header.catalogue().name()).title()
                + (meaning.documented() ? "" : "  " + words.get("note.undocumented"))
                + (header.isConsistent() ? "" : "  " + words.format("note.inconsistent", String.valueOf(header.isSuccessfulFlag())))));
        out.println(lines.line(words.get("label.message"), LogSafeText.quote(header.resultMessage(), QUOTE_LIMIT)));
        out.println(lines.line(words.get("label.meaning"), meaning.description(locale)));
        String remedy = meaning.remedy() + ": " + meaning.remedy().description(locale);
        out.println(lines.line(words.get("label.remedy"), meaning.retryable() ? words.format("note.retryable", remedy) : remedy));
        out.flush();
    }

    @Override
    public void error(String source, String reason, Function<Words, String> message) {
        title(source);
        String unreadable = words.get("outcome.unreadable");
        out.println(lines.styledLine(style(unreadable, Style.fg_yellow, Style.bold), unreadable, reason));
        String text = message.apply(words);
        // Core's messages begin with the reason, which the line before has just said.
        out.println(lines.line(words.get("label.message"), text.startsWith(reason + ": ") ? text.substring(reason.length() + 2) : text));
        out.flush();
    }

    private void title(String source) {
        out.println(style(ReadCommand.shown(source, words), Style.bold) + "  (" + binding + ")");
    }

    /** Code, kind, family and HTTP status on one line: {@code 10404 API_ERROR  Instance API, HTTP 404}. */
    private String summary(ResultCode code) {
        StringBuilder text = new StringBuilder().append(code.value()).append(' ').append(code.kind());
        code.api().ifPresent(api -> text.append("  ").append(api.description(locale)));
        code.httpStatus().ifPresent(status -> text.append(", HTTP ").append(status));
        if (!code.documented()) {
            text.append("  ").append(words.get("note.undocumented"));
        }
        return text.toString();
    }

    /** Styles text without passing it through picocli's markup, which a file name could contain. */
    private String style(String text, Style... styles) {
        return ansi.enabled() ? Style.on(styles) + text + Style.off(styles) : text;
    }
}
