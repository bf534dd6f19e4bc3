package dev.nhncloud.result.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import dev.nhncloud.result.HeaderReaders;
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

/** What the Jackson binding offers beyond the conformance suite: its entry points and data binding. */
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

    @Test
    void theModuleBindsAHeaderPropertyWithTheRules() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(JacksonHeaders.module());
        InstanceList list = mapper.readValue(BODY, InstanceList.class);
        assertEquals(ResultHeader.of(false, 10404, "Instance not found"), list.header);
        assertEquals("b", list.instances.get(1).id);
    }

    @Test
    void theModuleRefusesABrokenHeaderWithTheSdksReason() {
        ObjectMapper mapper = new ObjectMapper().registerModule(JacksonHeaders.module());
        JsonMappingException wrongType = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"header\":{\"isSuccessful\":\"yes\",\"resultCode\":0}}", InstanceList.class));
        assertEquals(Reason.WRONG_TYPE, assertInstanceOf(MalformedResponseException.class, wrongType.getCause()).reason());
        JsonMappingException overflow = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"header\":{\"isSuccessful\":true,\"resultCode\":4294967296}}", InstanceList.class));
        assertEquals(Reason.CODE_OUT_OF_RANGE, assertInstanceOf(MalformedResponseException.class, overflow.getCause()).reason());
        JsonMappingException nullHeader = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"header\":null}", InstanceList.class));
        assertEquals(Reason.HEADER_NOT_OBJECT, assertInstanceOf(MalformedResponseException.class, nullHeader.getCause()).reason());
        JsonMappingException twice = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultCode\":0}}", InstanceList.class));
        assertEquals(Reason.DUPLICATE_FIELD, assertInstanceOf(MalformedResponseException.class, twice.getCause()).reason());
    }

    @Test
    void theModuleAppliesItsLimits() {
        ObjectMapper mapper = new ObjectMapper().registerModule(JacksonHeaders.module(ReadOptions.builder().maxMessageLength(3).build()));
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(BODY, InstanceList.class));
        assertEquals(Reason.TOO_LONG, assertInstanceOf(MalformedResponseException.class, e.getCause()).reason());
    }

    @Test
    void anAbsentHeaderLeavesThePropertyNull() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(JacksonHeaders.module());
        assertNull(mapper.readValue("{\"instances\":[]}", InstanceList.class).header);
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

    @Test
    void serviceLoaderFindsTheBinding() {
        assertEquals(List.of("jackson"), List.copyOf(HeaderReaders.available()));
        assertEquals("jackson", HeaderReaders.load().binding());
        assertFalse(HeaderReaders.named("jackson", ReadOptions.builder().validateDocument(true).build()).options()
                .equals(ReadOptions.defaults()));
    }
}
