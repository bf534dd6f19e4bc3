package dev.nhncloud.result.gson;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.google.gson.reflect.TypeToken;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.conformance.BindingUnderTest;
import dev.nhncloud.result.conformance.ConformanceSuite;
import dev.nhncloud.result.spi.JsonBackend;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The conformance kit against the Gson binding. */
class GsonConformanceTest extends ConformanceSuite {

    private static final Map<String, Gson> GSONS = new ConcurrentHashMap<>();

    /** A Gson with the factory: as applications make it (fromJson reads leniently outside the header), or strict. */
    static Gson gson(ReadOptions options, boolean lenient) {
        return GSONS.computeIfAbsent(options + " " + lenient, key -> {
            GsonBuilder builder = new GsonBuilder().registerTypeAdapterFactory(GsonHeaders.typeAdapterFactory(options));
            return (lenient ? builder.setStrictness(Strictness.LENIENT) : builder.setStrictness(Strictness.STRICT)).create();
        });
    }

    /** As {@code Gson.fromJson(String, Class)} does, but without Gson's nesting limit. */
    static <T> T fromJson(Gson gson, String json, Class<T> type) throws IOException {
        JsonReader reader = gson.newJsonReader(new StringReader(json));
        reader.setNestingLimit(Integer.MAX_VALUE);
        T bound = gson.fromJson(reader, TypeToken.get(type));
        if (bound != null && reader.peek() != JsonToken.END_DOCUMENT) {
            throw new JsonSyntaxException("JSON document was not fully consumed");
        }
        return bound;
    }

    @Override
    protected BindingUnderTest<?> binding() {
        return new BindingUnderTest<JsonElement>() {
            @Override
            public JsonBackend backend() {
                return new GsonBackend();
            }

            /**
             * How an application would parse trees: strict JSON, one document, without Gson's
             * nesting limit. Gson's strict mode differs from RFC 8259 in three ways, which the
             * binding's guard and tolerant decoding settle here as in the streaming reader: it
             * skips a leading U+FEFF, refuses unpaired surrogates in the strings it decodes, and
             * parses a blank document as JsonNull.
             */
            @Override
            public JsonElement parseTree(String json) throws IOException {
                JsonReader reader = new TolerantDecodingReader(new StrictTextGuard(new StringReader(json)));
                reader.setStrictness(Strictness.STRICT);
                reader.setNestingLimit(Integer.MAX_VALUE);
                try {
                    reader.peek();
                } catch (EOFException e) {
                    throw new IOException("no JSON value: Gson would give JsonNull", e);
                }
                JsonElement tree = JsonParser.parseReader(reader);
                if (reader.peek() != JsonToken.END_DOCUMENT) {
                    throw new IOException("more than one JSON document");
                }
                return tree;
            }

            @Override
            public ResultHeader readTree(JsonElement tree, ReadOptions options) {
                return GsonHeaders.read(tree, options);
            }

            @Override
            public <T> T bind(String json, Class<T> type, ReadOptions options) throws IOException {
                return fromJson(gson(options, false), json, type);
            }

            @Override
            public <T> T bindLeniently(String json, Class<T> type, ReadOptions options) throws IOException {
                return fromJson(gson(options, true), json, type);
            }

            @Override
            public ResponseReader responseReader(ReadOptions options) {
                return GsonHeaders.responseReader(new Gson(), options);
            }

            @Override
            public Set<String> libraryModules() {
                return Set.of("com.google.gson");
            }
        };
    }

    /** Decodes strings as the binding's cursor does: legacy-strict, behind the guard. */
    private static final class TolerantDecodingReader extends JsonReader {
        TolerantDecodingReader(Reader in) {
            super(in);
        }

        @Override
        public String nextName() throws IOException {
            setStrictness(Strictness.LEGACY_STRICT);
            try {
                return super.nextName();
            } finally {
                setStrictness(Strictness.STRICT);
            }
        }

        @Override
        public String nextString() throws IOException {
            setStrictness(Strictness.LEGACY_STRICT);
            try {
                return super.nextString();
            } finally {
                setStrictness(Strictness.STRICT);
            }
        }
    }
}
