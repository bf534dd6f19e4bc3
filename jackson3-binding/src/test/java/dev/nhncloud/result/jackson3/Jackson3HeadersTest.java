package dev.nhncloud.result.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.RecyclerPool;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;

/** What the Jackson 3 binding offers beyond the conformance kit: its entry points, the application's factories, nested responses, writing. */
class Jackson3HeadersTest {

    private static final String HEADER = "\"header\":{\"isSuccessful\":true,\"resultCode\":0}";
    private static final ResultHeader SUCCESS = ResultHeader.of(true, 0, "");

    /** A response class as an application writes it. */
    public static final class InstanceList {
        public ResultHeader header;
        public List<Instance> instances;
    }

    /** One instance. */
    public static final class Instance {
        public String id;
    }

    /** A list of response objects. */
    public static final class Pages {
        public List<InstanceList> pages;
    }

    /** The kit binds top-level responses; a response object nested in another keeps its own header bookkeeping. */
    @Test
    void nestedResponseObjectsAreCheckedOneByOne() {
        ObjectMapper mapper = JsonMapper.builder().addModule(Jackson3Headers.module()).build();
        String page = "{\"pages\":[{\"header\":{\"isSuccessful\":true,\"resultCode\":0}},"
                + "{\"header\":{\"isSuccessful\":false,\"resultCode\":-5}}]}";
        Pages pages = mapper.readValue(page, Pages.class);
        assertEquals(-5, pages.pages.get(1).header.resultCode());
        DatabindException missing = assertThrows(DatabindException.class,
                () -> mapper.readValue("{\"pages\":[{" + HEADER + "},{}]}", Pages.class));
        assertEquals(Reason.MISSING_HEADER, assertInstanceOf(MalformedResponseException.class, missing.getCause()).reason());
        DatabindException twice = assertThrows(DatabindException.class,
                () -> mapper.readValue("{\"pages\":[{" + HEADER + "," + HEADER + "}]}", Pages.class));
        assertEquals(Reason.DUPLICATE_HEADER, assertInstanceOf(MalformedResponseException.class, twice.getCause()).reason());
    }

    /** A ResultHeader that is not the "header" member of a response object is read alone, not counted. */
    @Test
    void aHeaderElsewhereIsReadWithTheRulesButNotCounted() {
        ObjectMapper mapper = JsonMapper.builder().addModule(Jackson3Headers.module()).build();
        assertEquals(SUCCESS, mapper.readValue("{\"isSuccessful\":true,\"resultCode\":0}", ResultHeader.class));
        MalformedResponseException e = assertThrows(MalformedResponseException.class,
                () -> mapper.readValue("{\"isSuccessful\":true,\"resultCode\":0,\"resultCode\":1}", ResultHeader.class));
        assertEquals(Reason.DUPLICATE_FIELD, e.reason());
    }

    @Test
    void theModuleWritesTheHeaderAsTheProviderDoes() {
        ObjectMapper mapper = JsonMapper.builder().addModule(Jackson3Headers.module()).build();
        String json = mapper.writeValueAsString(ResultHeader.of(false, -3, "Permission denied"));
        assertEquals("{\"isSuccessful\":false,\"resultCode\":-3,\"resultMessage\":\"Permission denied\"}", json);
        assertEquals(ResultHeader.of(false, -3, "Permission denied"), mapper.readValue(json, ResultHeader.class));
    }

    @Test
    void aLenientApplicationMapperStillGivesAStrictReaderAndIsNotChanged() throws IOException {
        JsonMapper lenient = JsonMapper.builder(JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build()).build();
        String commented = "{/* c */" + HEADER + "}";
        HeaderReader reader = Jackson3Headers.reader(lenient, ReadOptions.defaults());
        assertEquals(Reason.MALFORMED_JSON, assertThrows(MalformedResponseException.class, () -> reader.read(commented)).reason());
        assertEquals(Reason.MALFORMED_JSON, assertThrows(MalformedResponseException.class,
                () -> reader.read(new ByteArrayInputStream(commented.getBytes(UTF_8)))).reason());
        assertTrue(JsonReadFeature.ALLOW_JAVA_COMMENTS.enabledIn(lenient.tokenStreamFactory().getFormatReadFeatures()),
                "the application's factory is unchanged");
        assertEquals("c", lenient.readTree("{/* x */'a':'c'}").get("a").asString(), "the application's mapper is still lenient");
        assertEquals(SUCCESS, reader.read(new ByteArrayInputStream(("{" + HEADER + "}").getBytes(UTF_8))));
        assertEquals("jackson3", reader.binding());
    }

    /** Jackson 3 stops at a nesting depth of 500 by default; the reader built from its factory applies the SDK's 1,000. */
    @Test
    void theReaderFromADefaultMapperNestsToTheSdksLimitNotJacksons() throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        String deep = "{\"a\":" + "[".repeat(999) + "]".repeat(999) + "," + HEADER + "}";
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree(deep), "Jackson's own limit");
        HeaderReader reader = Jackson3Headers.reader(mapper, ReadOptions.defaults());
        assertEquals(SUCCESS, reader.read(new ByteArrayInputStream(deep.getBytes(UTF_8))));
        assertEquals(SUCCESS, reader.read(deep));
        String tooDeep = "{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "," + HEADER + "}";
        assertEquals(Reason.TOO_DEEP, assertThrows(MalformedResponseException.class, () -> reader.read(tooDeep)).reason());
    }

    /** Through the module, the mapper's own limits apply too: past one inside the header the refusal is Jackson's, not MALFORMED_JSON. */
    @Test
    void theMappersOwnLimitInsideTheHeaderStaysJacksonsRefusal() {
        ObjectMapper mapper = JsonMapper.builder().addModule(Jackson3Headers.module()).build();
        String deepInHeader = "{\"header\":{\"x\":" + "[".repeat(600) + "]".repeat(600) + ",\"isSuccessful\":true,\"resultCode\":0}}";
        assertThrows(StreamConstraintsException.class, () -> mapper.readValue(deepInHeader, InstanceList.class));
        String shallower = "{\"header\":{\"x\":" + "[".repeat(400) + "]".repeat(400) + ",\"isSuccessful\":true,\"resultCode\":0}}";
        assertEquals(SUCCESS, mapper.readValue(shallower, InstanceList.class).header);
    }

    /** Issue 14: a copy of the application's factory must keep its buffer recycler pool. */
    @Test
    void theReaderKeepsTheApplicationsRecyclerPool() throws IOException {
        CountingPool pool = new CountingPool();
        HeaderReader reader = Jackson3Headers.reader(JsonFactory.builder().recyclerPool(pool).build(), ReadOptions.defaults());
        assertEquals(SUCCESS, reader.read(new ByteArrayInputStream(("{" + HEADER + "}").getBytes(UTF_8))));
        assertEquals(1, pool.acquired.get(), "the byte parser's buffers come from the application's pool");
        assertEquals(SUCCESS, reader.read(new StringReader("{" + HEADER + "}")));
        assertEquals(2, pool.acquired.get(), "the character parser's buffers come from the application's pool");
        assertEquals(pool.acquired.get(), pool.released.get(), "every buffer is given back");
    }

    /** A pool that counts what Jackson takes and gives back. */
    private static final class CountingPool implements RecyclerPool<BufferRecycler> {
        private static final long serialVersionUID = 1L;
        final AtomicInteger acquired = new AtomicInteger();
        final AtomicInteger released = new AtomicInteger();

        @Override
        public BufferRecycler acquirePooled() {
            acquired.incrementAndGet();
            return new BufferRecycler();
        }

        @Override
        public void releasePooled(BufferRecycler recycler) {
            released.incrementAndGet();
        }
    }

    /** Jackson 3 wraps an IOException of the input in its unchecked JacksonIOException; the reader throws the input's own. */
    @Test
    void aFailureOfTheApplicationsInputIsThatIOException() {
        HeaderReader reader = Jackson3Headers.reader();
        IOException reset = new IOException("connection reset");
        assertSame(reset, assertThrows(IOException.class, () -> reader.read(failingAfter("{\"header\":{\"isSu", reset))));
        Reader text = new Reader() {
            private boolean given;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (given) {
                    throw reset;
                }
                given = true;
                "{\"a\":1,".getChars(0, 7, buffer, offset);
                return 7;
            }

            @Override
            public void close() {
            }
        };
        assertSame(reset, assertThrows(IOException.class, () -> reader.read(text)));
    }

    /** Through the module the failure stays Jackson's own I/O failure, with the input's exception as its cause: never a header problem. */
    @Test
    void aFailureOfTheInputInsideTheHeaderStaysAnIoFailureThroughTheModule() {
        ObjectMapper mapper = JsonMapper.builder().addModule(Jackson3Headers.module()).build();
        IOException reset = new IOException("connection reset");
        JacksonIOException e = assertThrows(JacksonIOException.class,
                () -> mapper.readValue(failingAfter("{\"header\":{\"isSuccessful\":true,\"resultCo", reset), InstanceList.class));
        assertSame(reset, e.getCause());
    }

    /** The one-pass reader too: Jackson 3 wraps the input's IOException, the reader throws the input's own; a mapper without the module gets a copy with it. */
    @Test
    void theResponseReaderThrowsTheInputsOwnIOException() throws IOException {
        ResponseReader responses = Jackson3Headers.responseReader(JsonMapper.builder().build());
        IOException reset = new IOException("connection reset");
        assertSame(reset, assertThrows(IOException.class,
                () -> responses.read(failingAfter("{\"header\":{\"isSuccessful\":true,\"resultCo", reset), InstanceList.class)));
        String body = "{" + HEADER + ",\"instances\":[{\"id\":\"a\"}]}";
        assertEquals("a", responses.read(new ByteArrayInputStream(body.getBytes(UTF_8)), InstanceList.class).instances.get(0).id);
        assertEquals("jackson3", responses.binding());
    }

    private static InputStream failingAfter(String start, IOException failure) {
        byte[] bytes = start.getBytes(UTF_8);
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (position == bytes.length) {
                    throw failure;
                }
                int count = Math.min(length, bytes.length - position);
                System.arraycopy(bytes, position, buffer, offset, count);
                position += count;
                return count;
            }
        };
    }

    /** On the mapper factory, extensions are refused inside the header only, from every input form; the mapper stays lenient around it. */
    @Test
    void aLenientMapperOnTheMapperFactoryReadsTheHeaderStrictly() throws IOException {
        ObjectMapper mapper = JsonMapper.builder(Jackson3Headers.mapperFactory(new JsonFactory()))
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
                .addModule(Jackson3Headers.module()).build();
        String lenientAround = "{/*a*/'instances':[{'id':'x'}],\"header\":{\"isSuccessful\":true,\"resultCode\":0}/*b*/,'z':1}";
        String lenientInside = "{\"header\":{\"isSuccessful\":true,/*c*/\"resultCode\":0}}";
        assertEquals(SUCCESS, mapper.readValue(lenientAround, InstanceList.class).header);
        assertEquals("x", mapper.readValue(lenientAround.getBytes(UTF_8), InstanceList.class).instances.get(0).id);
        assertEquals(SUCCESS, mapper.readValue(new ByteArrayInputStream(lenientAround.getBytes(UTF_8)), InstanceList.class).header);
        assertEquals(SUCCESS, mapper.readValue(new StringReader(lenientAround), InstanceList.class).header);
        for (Object input : List.of(lenientInside, lenientInside.getBytes(UTF_8), new ByteArrayInputStream(lenientInside.getBytes(UTF_8)))) {
            DatabindException e = assertThrows(DatabindException.class, () -> readFrom(mapper, input));
            assertEquals(Reason.MALFORMED_JSON, assertInstanceOf(MalformedResponseException.class, e.getCause()).reason(), input.toString());
        }
    }

    private static InstanceList readFrom(ObjectMapper mapper, Object input) {
        if (input instanceof String) {
            return mapper.readValue((String) input, InstanceList.class);
        }
        return input instanceof byte[] ? mapper.readValue((byte[]) input, InstanceList.class)
                : mapper.readValue((InputStream) input, InstanceList.class);
    }

    /** Jackson 3 cannot switch another factory's parser to strict JSON: the module refuses to read the header there, and says how to build the mapper. */
    @Test
    void aLenientMapperOnAnotherFactoryFailsClosed() {
        ObjectMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).addModule(Jackson3Headers.module()).build();
        DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue("{" + HEADER + "}", InstanceList.class));
        IllegalStateException refusal = assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(refusal.getMessage().contains("[ALLOW_JAVA_COMMENTS]") && refusal.getMessage().contains("Jackson3Headers.mapperFactory"),
                refusal.getMessage());
        ObjectMapper strict = JsonMapper.builder().addModule(Jackson3Headers.module()).build();
        assertEquals(SUCCESS, strict.readValue("{" + HEADER + "}", InstanceList.class).header);
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
        assertEquals("The factory reads CBOR, not JSON", assertThrows(IllegalArgumentException.class,
                () -> Jackson3Headers.reader(notJson, ReadOptions.defaults())).getMessage());
        assertEquals("The factory reads CBOR, not JSON", assertThrows(IllegalArgumentException.class,
                () -> Jackson3Headers.mapperFactory(notJson)).getMessage());
    }

    @Test
    void treesStandForEmptyDocumentsWithMissingNodes() {
        assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class,
                () -> Jackson3Headers.read(MissingNode.getInstance())).reason());
        assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class, () -> Jackson3Headers.read(null)).reason());
        JsonNode missing = JsonMapper.builder().build().readTree("");
        assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class, () -> Jackson3Headers.read(missing)).reason());
    }

    @Test
    void treeNumbersKeepTheirForm() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode bigDecimalOne = nodes.objectNode().set("header", nodes.objectNode()
                .put("isSuccessful", false).put("resultCode", new BigDecimal("1e0")));
        assertEquals(Reason.WRONG_TYPE, assertThrows(MalformedResponseException.class, () -> Jackson3Headers.read(bigDecimalOne)).reason());
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> Jackson3Headers.read(
                nodes.objectNode().set("header", nodes.objectNode().put("isSuccessful", "x").put("resultCode", 0))));
        assertTrue(e.getMessage().endsWith("at /header/isSuccessful"), e.getMessage());
        JsonNode pojoMessage = nodes.objectNode().set("header", nodes.objectNode().put("isSuccessful", true).put("resultCode", 0)
                .putPOJO("resultMessage", new StringBuilder("built")));
        assertEquals(ResultHeader.of(true, 0, "built"), Jackson3Headers.read(pojoMessage));
    }
}
