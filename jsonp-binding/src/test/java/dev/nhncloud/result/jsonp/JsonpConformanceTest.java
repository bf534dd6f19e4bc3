package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.conformance.BindingUnderTest;
import dev.nhncloud.result.conformance.ConformanceSuite;
import dev.nhncloud.result.spi.JsonBackend;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The conformance kit against the JSON-P binding, with Parsson as the provider and Yasson for JSON-B. */
class JsonpConformanceTest extends ConformanceSuite {

    /**
     * How an application would parse trees: one document, without Parsson's own limits (its
     * BigDecimal length limit too, so that core's number-length rule is what a tree meets).
     * Duplicate names are left to Parsson's default, which keeps the last value.
     */
    static final JsonParserFactory TREES = JsonProvider.provider().createParserFactory(Map.of(
            "org.eclipse.parsson.maxDepth", Integer.MAX_VALUE,
            "org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE,
            "org.eclipse.parsson.maxBigDecimalLength", Integer.MAX_VALUE));
    private static final Map<ReadOptions, Jsonb> JSONBS = new ConcurrentHashMap<>();

    /**
     * Builds the tree as {@code JsonReader.readValue()} does (Parsson's reader calls the same
     * {@code getValue()}), but from a parser: Parsson's reader returns the root and ignores
     * anything after it, and an application holding a tree has read one document.
     */
    static JsonValue parseTree(String json) throws IOException {
        try (JsonParser parser = TREES.createParser(new StringReader(json))) {
            parser.next();
            JsonValue tree = parser.getValue();
            if (parser.hasNext()) {
                throw new IOException("data after the root value");
            }
            return tree;
        }
    }

    @Override
    protected BindingUnderTest<?> binding() {
        return new BindingUnderTest<JsonValue>() {
            @Override
            public JsonBackend backend() {
                return new JsonpBackend();
            }

            @Override
            public JsonValue parseTree(String json) throws IOException {
                return JsonpConformanceTest.parseTree(json);
            }

            @Override
            public ResultHeader readTree(JsonValue tree, ReadOptions options) {
                return JsonpHeaders.read(tree, options);
            }

            /** JSON-P trees hold numbers as BigDecimal values: 1e0 is the integer 1 there. */
            @Override
            public boolean treeKeepsNumberForm() {
                return false;
            }

            @Override
            public <T> T bind(String json, Class<T> type, ReadOptions options) {
                return JSONBS.computeIfAbsent(options, o -> JsonbHeaders.jsonb(new JsonbConfig(), TREES, o)).fromJson(json, type);
            }

            /** JSON-P parsers have no lenient mode. */
            @Override
            public <T> T bindLeniently(String json, Class<T> type, ReadOptions options) {
                return bind(json, type, options);
            }

            @Override
            public ResponseReader responseReader(ReadOptions options) {
                return JsonbHeaders.responseReader(new JsonbConfig(), TREES, options);
            }

            @Override
            public Set<String> libraryModules() {
                return Set.of("jakarta.json", "jakarta.json.bind", "org.eclipse.yasson");
            }
        };
    }
}
