package dev.nhncloud.result.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as plain text within a number of terminal columns (100 for {@code codes}): columns two
 * apart, each as wide as its widest cell or, when the table would be wider, narrowed from the
 * widest down with its cells wrapped, never narrower than its longest word. When the last column
 * (a description) would be left too narrow to read, it goes under its row instead, indented, as
 * wide as the table.
 */
final class PlainTable {

    private static final int GAP = 2;
    private static final int INDENT = 4;
    /** The narrowest a last column is kept beside the others; narrower, it goes under its row. */
    private static final int NARROWEST_LAST_COLUMN = 30;

    private PlainTable() {
    }

    /** The lines of a table of {@code headings} and {@code rows}, none wider than {@code width} where the words allow. */
    static List<String> lines(List<String> headings, List<List<String>> rows, int width) {
        List<List<String>> all = new ArrayList<>();
        all.add(headings);
        all.addAll(rows);
        int columns = headings.size();
        int[] natural = new int[columns];
        int[] narrowest = new int[columns];
        for (List<String> row : all) {
            for (int i = 0; i < columns; i++) {
                natural[i] = Math.max(natural[i], TerminalColumns.width(row.get(i)));
                narrowest[i] = Math.max(narrowest[i], TerminalColumns.longestWord(row.get(i)));
            }
        }
        int[] beside = fit(natural, narrowest, columns, width - GAP * (columns - 1));
        boolean under = beside == null || beside[columns - 1] < Math.min(natural[columns - 1], NARROWEST_LAST_COLUMN);
        int[] widths = under ? fit(natural, narrowest, columns - 1, width - GAP * (columns - 2)) : beside;
        if (widths == null) {
            widths = narrowest;
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : all) {
            lines.addAll(row(row.subList(0, under ? columns - 1 : columns), widths));
            if (under) {
                for (String line : TerminalColumns.wrap(row.get(columns - 1), width - INDENT)) {
                    lines.add((" ".repeat(INDENT) + line).stripTrailing());
                }
            }
        }
        return lines;
    }

    /** One row, its cells wrapped to their widths, as many lines as its tallest cell. */
    private static List<String> row(List<String> cells, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 0;
        for (int i = 0; i < cells.size(); i++) {
            List<String> cell = TerminalColumns.wrap(cells.get(i), widths[i]);
            wrapped.add(cell);
            height = Math.max(height, cell.size());
        }
        List<String> lines = new ArrayList<>();
        for (int line = 0; line < height; line++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String part = line < wrapped.get(i).size() ? wrapped.get(i).get(line) : "";
                text.append(i == cells.size() - 1 ? part : TerminalColumns.pad(part, widths[i] + GAP));
            }
            lines.add(text.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * Widths for the first {@code columns} columns within {@code budget}: each as wide as it
     * needs up to a level, the level as high as the budget allows, never below a column's
     * longest word; null when even the longest words do not fit.
     */
    private static int[] fit(int[] natural, int[] narrowest, int columns, int budget) {
        int highest = 0;
        for (int i = 0; i < columns; i++) {
            highest = Math.max(highest, natural[i]);
        }
        for (int level = highest; level >= 0; level--) {
            int[] widths = new int[columns];
            int total = 0;
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(narrowest[i], Math.min(natural[i], level));
                total += widths[i];
            }
            if (total <= budget) {
                // What the level leaves over goes to the columns still narrower than they need, the last first.
                for (int i = columns - 1; i >= 0 && total < budget; i--) {
                    int more = Math.min(natural[i] - widths[i], budget - total);
                    widths[i] += more;
                    total += more;
                }
                return widths;
            }
        }
        return null;
    }
}
