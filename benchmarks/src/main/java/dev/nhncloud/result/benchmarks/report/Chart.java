package dev.nhncloud.result.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG line chart, log scale on both axes: one panel per binding, time per read against
 * body size. Plain text output, no library: a few lines, points and labels are all it needs.
 */
final class Chart {

    /** One line of a panel: its points as (body bytes, microseconds). */
    record Series(String label, String colour, boolean dashed, List<double[]> points) {
    }

    /** One binding's panel. */
    record Panel(String title, List<Series> series) {
    }

    private static final int PANEL_WIDTH = 330;
    private static final int PANEL_HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 100;
    private static final int BOTTOM = 56;
    private static final int PLOT_WIDTH = PANEL_WIDTH - 58 - RIGHT;
    private static final int PLOT_HEIGHT = PANEL_HEIGHT - 40;

    private Chart() {
    }

    static String svg(String title, String subtitle, List<Panel> panels, long[] sizeTicks, String[] sizeLabels) {
        double minY = Double.MAX_VALUE;
        double maxY = 0;
        double minX = Double.MAX_VALUE;
        double maxX = 0;
        for (Panel panel : panels) {
            for (Series series : panel.series()) {
                for (double[] p : series.points()) {
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
            }
        }
        if (maxY == 0) {
            minY = 1;
            maxY = 10;
            minX = 1024;
            maxX = 16 << 20;
        }
        // Whole decades on the time axis; half a decade of air on each side of the sizes.
        double lowY = Math.floor(Math.log10(minY));
        double highY = Math.ceil(Math.log10(maxY));
        if (highY == lowY) {
            highY++;
        }
        double lowX = Math.log10(minX) - 0.3;
        double highX = Math.log10(maxX) + 0.3;

        int width = LEFT + panels.size() * PANEL_WIDTH;
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n", width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(text(width / 2.0, 22, "middle", 16, "bold", title));
        svg.append(text(width / 2.0, 42, "middle", 11, "normal", subtitle));
        legend(svg, panels.isEmpty() ? List.of() : panels.get(0).series(), width);

        for (int i = 0; i < panels.size(); i++) {
            double x0 = LEFT + i * PANEL_WIDTH;
            double y0 = TOP;
            Panel panel = panels.get(i);
            svg.append(text(x0 + PLOT_WIDTH / 2.0, y0 - 8, "middle", 13, "bold", panel.title()));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
                    x0, y0, PLOT_WIDTH, PLOT_HEIGHT));
            // Decades of time: grid lines, labelled on the first panel only.
            for (double decade = lowY; decade <= highY; decade++) {
                double y = y0 + PLOT_HEIGHT - (decade - lowY) / (highY - lowY) * PLOT_HEIGHT;
                svg.append(line(x0, y, x0 + PLOT_WIDTH, y, "#ddd", false));
                if (i == 0) {
                    svg.append(text(x0 - 6, y + 4, "end", 11, "normal", timeLabel(Math.pow(10, decade))));
                }
            }
            for (int t = 0; t < sizeTicks.length; t++) {
                double x = x0 + (Math.log10(sizeTicks[t]) - lowX) / (highX - lowX) * PLOT_WIDTH;
                svg.append(line(x, y0, x, y0 + PLOT_HEIGHT, "#eee", false));
                svg.append(text(x, y0 + PLOT_HEIGHT + 16, "middle", 11, "normal", sizeLabels[t]));
            }
            svg.append(text(x0 + PLOT_WIDTH / 2.0, y0 + PLOT_HEIGHT + 34, "middle", 11, "normal", "body size"));
            for (Series series : panel.series()) {
                List<String> coordinates = new ArrayList<>();
                for (double[] p : series.points()) {
                    double x = x0 + (Math.log10(p[0]) - lowX) / (highX - lowX) * PLOT_WIDTH;
                    double y = y0 + PLOT_HEIGHT - (Math.log10(p[1]) - lowY) / (highY - lowY) * PLOT_HEIGHT;
                    coordinates.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
                }
                svg.append(String.format(Locale.ROOT,
                        "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                        String.join(" ", coordinates), series.colour(),
                        series.dashed() ? " stroke-dasharray=\"5,4\"" : ""));
                for (String point : coordinates) {
                    String[] xy = point.split(",");
                    svg.append(String.format(Locale.ROOT,
                            "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>%n", xy[0], xy[1], series.colour()));
                }
            }
        }
        svg.append(String.format(Locale.ROOT,
                "<text x=\"16\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 16 %.1f)\">"
                        + "time per read (log scale)</text>%n", TOP + PLOT_HEIGHT / 2.0, TOP + PLOT_HEIGHT / 2.0));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, List<Series> series, int width) {
        // Entries spaced by the length of their labels, about 6.5 pixels a character at 11 px.
        double total = 0;
        for (Series s : series) {
            total += 30 + s.label().length() * 6.5 + 24;
        }
        double x = Math.max(10, (width - total) / 2);
        for (Series s : series) {
            svg.append(line(x, 62, x + 24, 62, s.colour(), s.dashed()).replace("stroke-width=\"1\"", "stroke-width=\"2\""));
            svg.append(text(x + 30, 66, "start", 11, "normal", s.label()));
            x += 30 + s.label().length() * 6.5 + 24;
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        return String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"%s/>%n",
                x1, y1, x2, y2, colour, dashed ? " stroke-dasharray=\"5,4\"" : "");
    }

    private static String text(double x, double y, String anchor, int size, String weight, String content) {
        return String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" font-weight=\"%s\">%s</text>%n",
                x, y, anchor, size, weight, escape(content));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** 1 µs, 10 µs, 100 µs, 1 ms, ... for a power of ten of microseconds. */
    static String timeLabel(double micros) {
        if (micros < 1) {
            return Math.round(micros * 1000) + " ns";
        }
        if (micros < 1000) {
            return Math.round(micros) + " µs";
        }
        if (micros < 1_000_000) {
            return Math.round(micros / 1000) + " ms";
        }
        return Math.round(micros / 1_000_000) + " s";
    }
}
