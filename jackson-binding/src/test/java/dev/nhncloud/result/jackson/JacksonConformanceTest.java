package dev.nhncloud.result.jackson;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.conformance.BindingUnderTest;
import dev.nhncloud.result.conformance.ConformanceSuite;
import java.io.IOException;

/** The conformance suite against the Jackson binding. */
class JacksonConformanceTest extends ConformanceSuite {

    /** How an application would parse trees: strict JSON, one document, without Jackson's own limits. */
    static final ObjectMapper TREES = JsonMapper.builder(new JsonFactoryBuilder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                            .maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
                            .maxNameLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    @Override
    protected BindingUnderTest binding() {
        return new BindingUnderTest() {
            @Override
            public String name() {
                return "jackson";
            }

            @Override
            public HeaderReader streamingReader(ReadOptions options) {
                return JacksonHeaders.reader(options);
            }

            @Override
            public Object parseTree(String json) throws IOException {
                JsonNode tree = TREES.readTree(json);
                if (tree == null || tree.isMissingNode()) {
                    throw new IOException("no JSON value: Jackson gives a missing node");
                }
                return tree;
            }

            @Override
            public ResultHeader readTree(Object tree, ReadOptions options) {
                return JacksonHeaders.read((JsonNode) tree, options);
            }
        };
    }
}
