package dev.nhncloud.result.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The results of one JMH run ({@code -rf json}), as medians: the median of every measurement
 * iteration of every fork, for the time and for {@code gc.alloc.rate.norm}. A median is what a
 * noisy, shared machine can still be quoted on; the mean and its error are in JMH's own output.
 */
final class Results {

    /** One benchmark with one set of parameters. */
    record Row(String binding, String method, Map<String, String> params, double medianMicros,
               double meanMicros, double errorMicros, double allocBytes, String timeUnit) {

        String param(String name) {
            return params.getOrDefault(name, "");
        }
    }

    private final List<Row> rows;
    private final JsonNode first;

    private Results(List<Row> rows, JsonNode first) {
        this.rows = rows;
        this.first = first;
    }

    static Results read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : root) {
            String benchmark = result.path("benchmark").asText();
            int dot = benchmark.lastIndexOf('.');
            String method = benchmark.substring(dot + 1);
            String type = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
            Map<String, String> params = new LinkedHashMap<>();
            result.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            // SdkBenchmark measures every binding, named by its parameter; a library's own class
            // (JacksonBenchmark) is that library's binding.
            String binding = params.containsKey("binding") ? params.remove("binding")
                    : type.replace("Benchmark", "").toLowerCase(java.util.Locale.ROOT);
            JsonNode primary = result.path("primaryMetric");
            String unit = primary.path("scoreUnit").asText();
            double scale = toMicros(unit);
            double error = primary.path("scoreError").asDouble(Double.NaN);
            JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            rows.add(new Row(binding, method, Collections.unmodifiableMap(params),
                    primary.path("scorePercentiles").path("50.0").asDouble() * scale,
                    primary.path("score").asDouble() * scale,
                    error * scale,
                    alloc.isMissingNode() ? Double.NaN : alloc.path("scorePercentiles").path("50.0").asDouble(),
                    unit));
        }
        return new Results(List.copyOf(rows), root.size() > 0 ? root.get(0) : null);
    }

    private static double toMicros(String unit) {
        String per = unit.replace("/op", "");
        TimeUnit timeUnit;
        switch (per) {
            case "ns": timeUnit = TimeUnit.NANOSECONDS; break;
            case "us": timeUnit = TimeUnit.MICROSECONDS; break;
            case "ms": timeUnit = TimeUnit.MILLISECONDS; break;
            case "s": timeUnit = TimeUnit.SECONDS; break;
            default: throw new IllegalArgumentException("Not a time per operation: " + unit);
        }
        return timeUnit.toNanos(1) / 1000.0;
    }

    List<Row> rows() {
        return rows;
    }

    /** The bindings measured, in name order: every binding present when run.sh ran, the model apart. */
    List<String> bindings() {
        return rows.stream().map(Row::binding).filter(b -> !b.equals("model") && !b.equals("sdk")).distinct().sorted()
                .collect(java.util.stream.Collectors.toList());
    }

    /** JMH's settings of the run, from its first result. */
    String settings() {
        if (first == null) {
            return "no results";
        }
        return String.format(java.util.Locale.ROOT,
                "JMH %s, %s %s, %d thread, %d fork(s), warm-up %d × %s, measurement %d × %s, JVM options %s",
                first.path("jmhVersion").asText(), first.path("vmName").asText(), first.path("vmVersion").asText(),
                first.path("threads").asInt(), first.path("forks").asInt(),
                first.path("warmupIterations").asInt(), first.path("warmupTime").asText(),
                first.path("measurementIterations").asInt(), first.path("measurementTime").asText(),
                first.path("jvmArgs").toString());
    }

    /**
     * The row of a binding's method with the given parameters; naive and floor rows have only a
     * size, so position and outcome are ignored where a row has no such parameter.
     */
    Optional<Row> find(String binding, String method, String size, String position, String outcome) {
        return rows.stream()
                .filter(r -> r.binding().equals(binding) && r.method().equals(method))
                .filter(r -> matches(r, "size", size) && matches(r, "position", position) && matches(r, "outcome", outcome))
                .findFirst();
    }

    private static boolean matches(Row row, String name, String value) {
        String actual = row.params().get(name);
        return actual == null || value == null || actual.equals(value);
    }

    /** The values a parameter takes in this run, in the order JMH ran them. */
    List<String> values(String param) {
        List<String> values = new ArrayList<>();
        for (Row row : rows) {
            String value = row.params().get(param);
            if (value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }
}
