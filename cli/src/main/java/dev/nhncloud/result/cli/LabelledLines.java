package dev.nhncloud.result.cli;

import java.util.Collection;

/**
 * Lines of a label and a value, indented by two, every value starting in the same terminal
 * column: three columns after the widest of the labels the output can use, whatever the
 * language (a Korean, Japanese or Chinese character is two columns wide).
 */
final class LabelledLines {

    private final int labelWidth;

    /** @param labels every label the output may use, so that blocks printed one after another line up too */
    LabelledLines(Collection<String> labels) {
        this.labelWidth = labels.stream().mapToInt(TerminalColumns::width).max().orElse(0) + 3;
    }

    String line(String label, String value) {
        return "  " + TerminalColumns.pad(label, labelWidth) + value;
    }

    /** A label followed by a styled value: the padding is measured on the label alone. */
    String styledLine(String styledLabel, String label, String value) {
        return "  " + styledLabel + " ".repeat(Math.max(0, labelWidth - TerminalColumns.width(label))) + value;
    }
}
