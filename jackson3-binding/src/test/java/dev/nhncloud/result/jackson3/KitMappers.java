package dev.nhncloud.result.jackson3;

import dev.nhncloud.result.ReadOptions;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The mappers the conformance kit binds with, configured as an application would, without Jackson's own limits. */
final class KitMappers {

    /** Jackson's defaults without Jackson's own limits (nesting 500, names 50,000, numbers 1,000). */
    static final JsonFactory UNLIMITED = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
            .maxNameLength(Integer.MAX_VALUE).build()).build();
    /** Strict trees of one document. */
    private static final ObjectMapper TREES = JsonMapper.builder(UNLIMITED).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Map<String, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

    private KitMappers() {
    }

    /** The library's tree of a document; a missing node (no value at all) is Jackson's refusal. */
    static JsonNode tree(String json) throws IOException {
        JsonNode tree = TREES.readTree(json);
        if (tree == null || tree.isMissingNode()) {
            throw new IOException("no JSON value: Jackson gives a missing node");
        }
        return tree;
    }

    /**
     * A mapper with the module, ignoring unknown members; when lenient, with every extension
     * Jackson 3 has, on the factory whose parsers the module switches to strict JSON for the header.
     */
    static ObjectMapper mapper(ReadOptions options, boolean lenient) {
        return MAPPERS.computeIfAbsent(options + " " + lenient, key -> {
            JsonMapper.Builder builder = JsonMapper.builder(lenient ? Jackson3Headers.mapperFactory(UNLIMITED) : UNLIMITED)
                    .addModule(Jackson3Headers.module(options)).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            return (lenient ? builder.enable(JsonReadFeature.values()) : builder).build();
        });
    }
}
