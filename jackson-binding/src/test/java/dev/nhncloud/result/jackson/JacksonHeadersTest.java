package dev.nhncloud.result.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the Jackson binding offers beyond the conformance kit: its entry points, nested responses, writing. */
class JacksonHeadersTest {

    private static final String BODY = "{\"header\":{\"isSuccessful\":false,\"resultCode\":10404,\"resultMessage\":\"Instance not found\"},"
            + "\"instances\":[{\"id\":\"a\"},{\"id\":\"b\"}]}";

    /** A response class as an application writes it. */
    public static final class InstanceList {
        public ResultHeader header;
        public List<Instance> instances;
    }

    /** One instance. */
    public static final class Instance {
        public String id;
    }

    /** The kit binds top-level responses; a response object nested in another keeps its own header bookkeeping. */
    @Test
    void nestedResponseObjectsAreCheckedOneByOne() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(JacksonHeaders.module());
        String page = "{\"pages\":[{\"header\":{\"isSuccessful\":true,\"resultCode\":0}},"
                + "{\"header\":{\"isSuccessful\":false,\"resultCode\":-5}}]}";
        Pages pages = mapper.readValue(page, Pages.class);
        assertEquals(-5, pages.pages.get(1).header.resultCode());
        JsonMappingException missing = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"pages\":[{\"header\":{\"isSuccessful\":true,\"resultCode\":0}},{}]}", Pages.class));
        assertEquals(Reason.MISSING_HEADER, assertInstanceOf(MalformedResponseException.class, missing.getCause()).reason());
    }

    /** A ResultHeader that is not the "header" member of a response object is read alone, not counted. */
    @Test
    void aHeaderElsewhereIsReadWithTheRulesButNotCounted() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(JacksonHeaders.module());
        assertEquals(ResultHeader.of(true, 0, ""), mapper.readValue("{\"isSuccessful\":true,\"resultCode\":0}", ResultHeader.class));
        // At the root Jackson does not wrap what a deserializer throws.
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> mapper.readValue("{\"isSuccessful\":true,\"resultCode\":0,\"resultCode\":1}", ResultHeader.class));
        assertEquals(Reason.DUPLICATE_FIELD, e.reason());
    }

    /** A list of response objects. */
    public static final class Pages {
        public List<InstanceList> pages;
    }

    @Test
    void theModuleWritesTheHeaderAsTheProviderDoes() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(JacksonHeaders.module());
        String json = mapper.writeValueAsString(ResultHeader.of(false, -3, "Permission denied"));
        assertEquals("{\"isSuccessful\":false,\"resultCode\":-3,\"resultMessage\":\"Permission denied\"}", json);
        assertEquals(ResultHeader.of(false, -3, "Permission denied"), mapper.readValue(json, ResultHeader.class));
    }

    @Test
    void aLenientApplicationFactoryStillReadsStrictJsonAndIsNotChanged() throws IOException {
        JsonFactory lenient = new JsonFactoryBuilder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();
        String commented = "{/* c */\"header\":{\"isSuccessful\":true,\"resultCode\":0}}";
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> JacksonHeaders.reader(lenient, ReadOptions.defaults()).read(commented));
        assertEquals(Reason.MALFORMED_JSON, e.reason());
        assertTrue(lenient.isEnabled(JsonReadFeature.ALLOW_JAVA_COMMENTS.mappedFeature()), "the application's factory is unchanged");
        assertEquals(ResultHeader.of(true, 0, ""), JacksonHeaders.reader(new ObjectMapper().getFactory(), ReadOptions.defaults())
                .read(new ByteArrayInputStream("{\"header\":{\"isSuccessful\":true,\"resultCode\":0}}".getBytes(StandardCharsets.UTF_8))));
    }

    /** The reader keeps the application's buffer pool: a copy of the factory that dropped it would use Jackson's thread-local one. */
    @Test
    void aReaderFromTheApplicationsFactoryKeepsItsRecyclerPool() throws IOException {
        java.util.concurrent.atomic.AtomicInteger acquired = new java.util.concurrent.atomic.AtomicInteger();
        com.fasterxml.jackson.core.util.RecyclerPool<com.fasterxml.jackson.core.util.BufferRecycler> counting =
                new com.fasterxml.jackson.core.util.RecyclerPool<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public com.fasterxml.jackson.core.util.BufferRecycler acquirePooled() {
                        acquired.incrementAndGet();
                        return new com.fasterxml.jackson.core.util.BufferRecycler();
                    }

                    @Override
                    public void releasePooled(com.fasterxml.jackson.core.util.BufferRecycler recycler) {
                    }
                };
        JsonFactory factory = new JsonFactoryBuilder().recyclerPool(counting).build();
        HeaderReader reader = JacksonHeaders.reader(factory, ReadOptions.defaults());
        reader.read(new ByteArrayInputStream("{\"header\":{\"isSuccessful\":true,\"resultCode\":0}}".getBytes(StandardCharsets.UTF_8)));
        reader.read("{\"header\":{\"isSuccessful\":true,\"resultCode\":0}}");
        assertEquals(2, acquired.get(), "both reads took their buffers from the application's pool");
    }

    @Test
    void aFactoryForAnotherFormatIsRefused() {
        JsonFactory notJson = new JsonFactory() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getFormatName() {
                return "CBOR";
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JacksonHeaders.reader(notJson, ReadOptions.defaults()));
        assertEquals("The factory reads CBOR, not JSON", e.getMessage());
    }

    @Test
    void treesStandForEmptyDocumentsWithMissingNodes() {
        assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class,
                () -> JacksonHeaders.read(MissingNode.getInstance())).reason());
        assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class,
                () -> JacksonHeaders.read(null)).reason());
    }

    @Test
    void treeNumbersKeepTheirForm() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode bigDecimalOne = nodes.objectNode().set("header", nodes.objectNode()
                .put("isSuccessful", false).put("resultCode", new BigDecimal("1e0")));
        assertEquals(Reason.WRONG_TYPE, assertThrows(MalformedResponseException.class,
                () -> JacksonHeaders.read(bigDecimalOne)).reason());
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> JacksonHeaders.read(
                nodes.objectNode().set("header", nodes.objectNode().put("isSuccessful", "x").put("resultCode", 0))));
        assertTrue(e.getMessage().endsWith("at /header/isSuccessful"), e.getMessage());
    }
}
