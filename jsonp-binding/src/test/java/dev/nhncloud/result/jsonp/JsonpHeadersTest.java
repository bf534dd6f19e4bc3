package dev.nhncloud.result.jsonp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the JSON-P binding offers beyond the conformance suite: its entry points and the parser hook. */
class JsonpHeadersTest {

    private static final String BODY = "{\"header\":{\"isSuccessful\":false,\"resultCode\":10404,\"resultMessage\":\"Instance not found\"},"
            + "\"instances\":[{\"id\":\"a\"},{\"id\":\"b\"}]}";
    private static final String SUCCESS = "{\"header\":{\"isSuccessful\":true,\"resultCode\":0}}";

    /** Moves the application's parser to the name of the root's {@code header} member. */
    private static JsonParser atHeader(String json) {
        JsonParser parser = Json.createParser(new StringReader(json));
        int depth = 0;
        while (parser.hasNext()) {
            Event event = parser.next();
            if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
                depth++;
            } else if (event == Event.END_OBJECT || event == Event.END_ARRAY) {
                depth--;
            } else if (event == Event.KEY_NAME && depth == 1 && parser.getString().equals("header")) {
                return parser;
            }
        }
        throw new AssertionError("no header in " + json);
    }

    private static Reason hookRefusal(String json, ReadOptions options) {
        try (JsonParser parser = atHeader(json)) {
            return assertThrows(MalformedResponseException.class, () -> JsonpHeaders.read(parser, options)).reason();
        }
    }

    @Test
    void theHookReadsExactlyTheHeaderAndTheApplicationReadsOn() {
        try (JsonParser parser = atHeader(BODY)) {
            assertEquals(ResultHeader.of(false, 10404, "Instance not found"), JsonpHeaders.read(parser, ReadOptions.defaults()));
            assertEquals(Event.KEY_NAME, parser.next(), "the parser is left on the header's closing brace");
            assertEquals("instances", parser.getString());
            assertEquals(Event.START_ARRAY, parser.next());
            List<String> ids = new ArrayList<>();
            parser.getArrayStream().forEach(instance -> ids.add(instance.asJsonObject().getString("id")));
            assertEquals(List.of("a", "b"), ids);
            assertEquals(Event.END_OBJECT, parser.next());
            assertFalse(parser.hasNext());
        }
    }

    @Test
    void theHookReadsAHeaderAfterOtherMembers() {
        try (JsonParser parser = atHeader("{\"instances\":[{\"header\":1}]," + SUCCESS.substring(1))) {
            assertEquals(ResultHeader.of(true, 0, ""), JsonpHeaders.read(parser, ReadOptions.defaults()));
            assertEquals(Event.END_OBJECT, parser.next());
        }
    }

    @Test
    void theHookRefusesABrokenHeaderWithTheSdksReason() {
        ReadOptions defaults = ReadOptions.defaults();
        assertEquals(Reason.WRONG_TYPE, hookRefusal("{\"header\":{\"isSuccessful\":\"yes\",\"resultCode\":0}}", defaults));
        assertEquals(Reason.CODE_OUT_OF_RANGE, hookRefusal("{\"header\":{\"isSuccessful\":true,\"resultCode\":4294967296}}", defaults));
        assertEquals(Reason.WRONG_TYPE, hookRefusal("{\"header\":{\"isSuccessful\":true,\"resultCode\":1e0}}", defaults));
        assertEquals(Reason.HEADER_NOT_OBJECT, hookRefusal("{\"header\":null}", defaults));
        assertEquals(Reason.HEADER_NOT_OBJECT, hookRefusal("{\"header\":[]}", defaults));
        assertEquals(Reason.MISSING_FIELD, hookRefusal("{\"header\":{\"isSuccessful\":true}}", defaults));
        assertEquals(Reason.DUPLICATE_FIELD, hookRefusal("{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultCode\":0}}", defaults));
        assertEquals(Reason.TOO_LONG, hookRefusal(BODY, ReadOptions.builder().maxMessageLength(3).build()));
        assertEquals(Reason.TOO_DEEP, hookRefusal("{\"header\":{\"x\":[[]],\"isSuccessful\":true,\"resultCode\":0}}",
                ReadOptions.builder().maxDepth(3).build()));
    }

    @Test
    void theHookLetsTheParsersOwnExceptionsThrough() {
        try (JsonParser parser = atHeader("{\"header\":{\"isSuccessful\":tru,\"resultCode\":0}}")) {
            JsonParsingException e = assertThrows(JsonParsingException.class, () -> JsonpHeaders.read(parser, ReadOptions.defaults()));
            assertEquals(1, e.getLocation().getLineNumber());
        }
        try (JsonParser parser = atHeader("{\"header\":{\"isSuccessful\":true,\"resultCode\":0")) {
            assertThrows(JsonParsingException.class, () -> JsonpHeaders.read(parser, ReadOptions.defaults()));
        }
        IOException failure = new IOException("connection reset");
        byte[] start = "{\"header\":{\"isSuccessful\":true,".getBytes(UTF_8);
        try (JsonParser failing = Json.createParser(new SequenceInputStream(new ByteArrayInputStream(start), failingStream(failure)))) {
            failing.next();
            failing.next();
            JsonException e = assertThrows(JsonException.class, () -> JsonpHeaders.read(failing, ReadOptions.defaults()));
            assertSame(failure, e.getCause(), "the input's own failure stays the cause");
        }
    }

    @Test
    void theStreamingReaderReportsTheInputsOwnFailure() {
        IOException failure = new IOException("connection reset");
        InputStream beforeTheHeader = new SequenceInputStream(new ByteArrayInputStream("{\"a\":[1,".getBytes(UTF_8)), failingStream(failure));
        assertSame(failure, assertThrows(IOException.class, () -> JsonpHeaders.reader().read(beforeTheHeader)));
        InputStream afterTheRoot = new SequenceInputStream(new ByteArrayInputStream(SUCCESS.getBytes(UTF_8)), failingStream(failure));
        assertSame(failure, assertThrows(IOException.class,
                () -> JsonpHeaders.reader(ReadOptions.builder().validateDocument(true).build()).read(afterTheRoot)));
    }

    @Test
    void anApplicationProviderIsUsedWithParssonsLimitsLifted() throws IOException {
        RecordingProvider provider = new RecordingProvider(JsonProvider.provider());
        ReadOptions deep = ReadOptions.builder().maxDepth(5000).validateDocument(true).build();
        String body = "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "," + SUCCESS.substring(1);
        assertEquals(ResultHeader.of(true, 0, ""), JsonpHeaders.reader(provider, deep).read(body.getBytes(UTF_8)));
        assertEquals(1, provider.parserFactories.size(), "one factory per reader");
        assertEquals(Integer.MAX_VALUE, provider.parserFactories.get(0).get("org.eclipse.parsson.maxDepth"));
        assertEquals(Integer.MAX_VALUE, provider.parserFactories.get(0).get("org.eclipse.parsson.maxParsingLimit"));
    }

    @Test
    void aBodyPastParssonsDefaultParsingLimitIsReadToTheEnd() throws IOException {
        // 16,000,000 characters: Parsson's default limit of 15,000,000 would refuse it.
        byte[] body = ("{\"instances\":[" + "0,".repeat(7_999_990) + "0]," + SUCCESS.substring(1)).getBytes(UTF_8);
        assertTrue(body.length > 16_000_000);
        assertEquals(ResultHeader.of(true, 0, ""), JsonpHeaders.reader(ReadOptions.builder().validateDocument(true).build())
                .read(new ByteArrayInputStream(body)));
    }

    @Test
    void treesStandForEmptyDocumentsWithNull() {
        assertEquals(Reason.EMPTY_INPUT, assertThrows(MalformedResponseException.class, () -> JsonpHeaders.read((JsonValue) null)).reason());
        assertEquals(Reason.NOT_AN_OBJECT, assertThrows(MalformedResponseException.class, () -> JsonpHeaders.read(JsonValue.NULL)).reason());
        assertEquals(Reason.NOT_AN_OBJECT, assertThrows(MalformedResponseException.class,
                () -> JsonpHeaders.read(JsonValue.EMPTY_JSON_ARRAY)).reason());
    }

    @Test
    void treesTheApplicationBuilds() {
        JsonValue built = Json.createObjectBuilder().add("header", Json.createObjectBuilder()
                .add("isSuccessful", false).add("resultCode", -3).add("resultMessage", "Permission denied: token expired")).build();
        ResultHeader header = JsonpHeaders.read(built);
        assertEquals(ResultHeader.of(false, -3, "Permission denied: token expired"), header);
        assertEquals(Optional.of("token expired"), header.detail());
        JsonValue exponent = Json.createObjectBuilder().add("header", Json.createObjectBuilder()
                .add("isSuccessful", false).add("resultCode", new BigDecimal("1E+2"))).build();
        assertEquals(Reason.WRONG_TYPE, assertThrows(MalformedResponseException.class, () -> JsonpHeaders.read(exponent)).reason());
        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> JsonpHeaders.read(
                Json.createObjectBuilder().add("header", Json.createObjectBuilder().add("isSuccessful", "x").add("resultCode", 0)).build()));
        assertTrue(e.getMessage().endsWith("at /header/isSuccessful"), e.getMessage());
    }

    private static InputStream failingStream(IOException failure) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw failure;
            }
        };
    }

    /** An application's provider: Parsson underneath, recording the factories asked of it. */
    private static final class RecordingProvider extends JsonProvider {
        final List<Map<String, ?>> parserFactories = new ArrayList<>();
        private final JsonProvider delegate;

        RecordingProvider(JsonProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public JsonParserFactory createParserFactory(Map<String, ?> config) {
            parserFactories.add(config);
            return delegate.createParserFactory(config);
        }

        @Override
        public JsonParser createParser(Reader reader) {
            return delegate.createParser(reader);
        }

        @Override
        public JsonParser createParser(InputStream in) {
            return delegate.createParser(in);
        }

        @Override
        public JsonGenerator createGenerator(Writer writer) {
            return delegate.createGenerator(writer);
        }

        @Override
        public JsonGenerator createGenerator(OutputStream out) {
            return delegate.createGenerator(out);
        }

        @Override
        public JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
            return delegate.createGeneratorFactory(config);
        }

        @Override
        public JsonReader createReader(Reader reader) {
            return delegate.createReader(reader);
        }

        @Override
        public JsonReader createReader(InputStream in) {
            return delegate.createReader(in);
        }

        @Override
        public JsonWriter createWriter(Writer writer) {
            return delegate.createWriter(writer);
        }

        @Override
        public JsonWriter createWriter(OutputStream out) {
            return delegate.createWriter(out);
        }

        @Override
        public JsonWriterFactory createWriterFactory(Map<String, ?> config) {
            return delegate.createWriterFactory(config);
        }

        @Override
        public JsonReaderFactory createReaderFactory(Map<String, ?> config) {
            return delegate.createReaderFactory(config);
        }

        @Override
        public JsonObjectBuilder createObjectBuilder() {
            return delegate.createObjectBuilder();
        }

        @Override
        public JsonArrayBuilder createArrayBuilder() {
            return delegate.createArrayBuilder();
        }

        @Override
        public JsonBuilderFactory createBuilderFactory(Map<String, ?> config) {
            return delegate.createBuilderFactory(config);
        }
    }
}
