package dev.nhncloud.result.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.conformance.BindingUnderTest;
import dev.nhncloud.result.conformance.ConformanceSuite;
import dev.nhncloud.result.spi.JsonBackend;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The conformance kit against the Jackson binding. */
class JacksonConformanceTest extends ConformanceSuite {

    /** As an application would configure Jackson for these tests: without Jackson's own limits. */
    static final JsonFactory UNLIMITED = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE).build()).build();
    /** Strict trees of one document. */
    static final ObjectMapper TREES = JsonMapper.builder(UNLIMITED).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Map<String, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

    /** A mapper with the module, ignoring unknown members, lenient when asked (every extension Jackson has). */
    static ObjectMapper mapper(ReadOptions options, boolean lenient) {
        return MAPPERS.computeIfAbsent(options + " " + lenient, key -> {
            JsonMapper.Builder builder = JsonMapper.builder(UNLIMITED.copy()).addModule(JacksonHeaders.module(options))
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            return (lenient ? builder.enable(JsonReadFeature.values()) : builder).build();
        });
    }

    @Override
    protected BindingUnderTest<?> binding() {
        return new BindingUnderTest<JsonNode>() {
            @Override
            public JsonBackend backend() {
                return new JacksonBackend();
            }

            @Override
            public JsonNode parseTree(String json) throws IOException {
                JsonNode tree = TREES.readTree(json);
                if (tree == null || tree.isMissingNode()) {
                    throw new IOException("no JSON value: Jackson gives a missing node");
                }
                return tree;
            }

            @Override
            public ResultHeader readTree(JsonNode tree, ReadOptions options) {
                return JacksonHeaders.read(tree, options);
            }

            @Override
            public <T> T bind(String json, Class<T> type, ReadOptions options) throws IOException {
                return mapper(options, false).readValue(json, type);
            }

            @Override
            public <T> T bindLeniently(String json, Class<T> type, ReadOptions options) throws IOException {
                return mapper(options, true).readValue(json, type);
            }

            @Override
            public ResponseReader responseReader(ReadOptions options) {
                return JacksonHeaders.responseReader(mapper(ReadOptions.defaults(), false), options);
            }

            @Override
            public Set<String> libraryModules() {
                return Set.of("com.fasterxml.jackson.core", "com.fasterxml.jackson.databind");
            }
        };
    }
}
