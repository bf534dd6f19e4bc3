package dev.nhncloud.result.cli;

import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.ResultCode;
import dev.nhncloud.result.ResultHeader;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * {@code read --format text}: a few lines per input for people, with the code's meaning and
 * remedy in the chosen language. Colour only on a terminal. Text from the response (and file
 * names) is escaped, so that it can neither forge lines nor carry terminal escapes.
 */
final class TextReport implements ReadCommand.Report {

    private static final int QUOTE_LIMIT = 300;

    private final PrintWriter out;
    private final String binding;
    private final Locale locale;
    private final Ansi ansi;

    TextReport(PrintWriter out, String binding, Language language, Ansi ansi) {
        this.out = out;
        this.binding = binding;
        this.locale = language.locale;
        this.ansi = ansi;
    }

    @Override
    public void header(String source, ResultHeader header) {
        ResultCode code = header.code();
        title(source);
        String outcome = header.succeeded() ? style("SUCCESS", Style.fg_green) : style("FAILURE", Style.fg_red, Style.bold);
        out.println("  " + outcome + "   " + summary(code)
                + (header.isConsistent() ? "" : "  (inconsistent: isSuccessful=" + header.isSuccessfulFlag() + ")"));
        out.println("  message   " + LogSafeText.quote(header.resultMessage(), QUOTE_LIMIT));
        header.detail().ifPresent(detail -> out.println("  detail    " + LogSafeText.quote(detail, QUOTE_LIMIT)));
        out.println("  meaning   " + code.description(locale));
        out.println("  remedy    " + code.remedy() + ": " + code.remedy().description(locale)
                + (code.retryable() ? " (retryable)" : ""));
        out.flush();
    }

    @Override
    public void error(String source, String reason, String message) {
        title(source);
        out.println("  " + style("UNREADABLE", Style.fg_yellow, Style.bold) + "   " + reason);
        out.println("  " + message);
        out.flush();
    }

    private void title(String source) {
        out.println(style(LogSafeText.escape(source), Style.bold) + "  (" + binding + ")");
    }

    /** Code, kind, family and HTTP status on one line: {@code 10404 API_ERROR  Instance API, HTTP 404}. */
    private String summary(ResultCode code) {
        StringBuilder text = new StringBuilder().append(code.value()).append(' ').append(code.kind());
        code.api().ifPresent(api -> text.append("  ").append(api.description(locale)));
        code.httpStatus().ifPresent(status -> text.append(", HTTP ").append(status));
        if (!code.documented()) {
            text.append("  (undocumented)");
        }
        return text.toString();
    }

    /** Styles text without passing it through picocli's markup, which a file name could contain. */
    private String style(String text, Style... styles) {
        return ansi.enabled() ? Style.on(styles) + text + Style.off(styles) : text;
    }
}
