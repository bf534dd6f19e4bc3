package dev.nhncloud.result.jackson3;

import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.conformance.BindingUnderTest;
import dev.nhncloud.result.conformance.ConformanceSuite;
import dev.nhncloud.result.spi.JsonBackend;
import java.io.IOException;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The conformance kit against the Jackson 3 binding, binding with {@link KitMappers}' mappers. */
class Jackson3ConformanceTest extends ConformanceSuite {
    @Override
    protected BindingUnderTest<?> binding() {
        return new BindingUnderTest<JsonNode>() {
            @Override public JsonBackend backend() { return new Jackson3Backend(); }
            @Override public JsonNode parseTree(String json) throws IOException { return KitMappers.tree(json); }
            @Override public ResultHeader readTree(JsonNode tree, ReadOptions options) { return Jackson3Headers.read(tree, options); }
            @Override public <T> T bind(String json, Class<T> type, ReadOptions options) {
                return KitMappers.mapper(options, false).readValue(json, type); }
            @Override public <T> T bindLeniently(String json, Class<T> type, ReadOptions options) {
                return KitMappers.mapper(options, true).readValue(json, type); }
            @Override public ResponseReader responseReader(ReadOptions options) {
                return Jackson3Headers.responseReader(KitMappers.mapper(ReadOptions.defaults(), false), options); }
            @Override public Set<String> libraryModules() { return Set.of("tools.jackson.core", "tools.jackson.databind"); }
        };
    }
}
