package dev.nhncloud.result.robustness;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.gson.GsonHeaders;
import dev.nhncloud.result.jackson.JacksonHeaders;
import dev.nhncloud.result.jsonp.JsonpHeaders;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * The three bindings, each with what an application does with it besides the streaming reader:
 * parse its library's tree and read the header from it, and bind a response class (Jackson
 * module, Gson type adapter factory, JSON-P parser positioned at the header).
 */
enum Binding {

    JACKSON("jackson") {
        /** Strict JSON, one document, without Jackson's own limits: as the conformance suite parses trees. */
        private final ObjectMapper trees = JsonMapper.builder(new JsonFactoryBuilder()
                        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                                .maxNumberLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
                                .maxNameLength(Integer.MAX_VALUE).build())
                        .build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        /** An application's mapper with the SDK's module, otherwise Jackson's defaults. */
        private final ObjectMapper mapper = JsonMapper.builder()
                .addModule(JacksonHeaders.module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();

        @Override
        Object parseTree(String text) throws Exception {
            JsonNode tree = trees.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw new IOException("no JSON value");
            }
            return tree;
        }

        @Override
        ResultHeader readTree(Object tree, ReadOptions options) {
            return JacksonHeaders.read((JsonNode) tree, options);
        }

        @Override
        ResultHeader readBound(String text) throws Exception {
            Response response = mapper.readValue(text, Response.class);
            return response == null ? null : response.header();
        }

        @Override
        boolean isLibraryRefusal(Throwable failure) {
            return failure instanceof JacksonException;
        }
    },

    GSON("gson") {
        private final Gson gson = new GsonBuilder().registerTypeAdapterFactory(GsonHeaders.typeAdapterFactory()).create();

        @Override
        Object parseTree(String text) throws Exception {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(Integer.MAX_VALUE);
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                throw new IOException("no JSON value");
            }
            JsonElement tree = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("more than one JSON document");
            }
            return tree;
        }

        @Override
        ResultHeader readTree(Object tree, ReadOptions options) {
            return GsonHeaders.read((JsonElement) tree, options);
        }

        @Override
        ResultHeader readBound(String text) {
            Response response = gson.fromJson(text, Response.class);
            return response == null ? null : response.header();
        }

        @Override
        boolean isLibraryRefusal(Throwable failure) {
            return failure instanceof JsonParseException;
        }
    },

    JSONP("jsonp") {
        /** As the conformance suite parses trees: one document, without Parsson's own limits. */
        private final JsonParserFactory trees = JsonProvider.provider().createParserFactory(Map.of(
                "org.eclipse.parsson.maxDepth", Integer.MAX_VALUE,
                "org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE,
                "org.eclipse.parsson.maxBigDecimalLength", Integer.MAX_VALUE));
        /** An application's parser, with Parsson's defaults. */
        private final JsonParserFactory parsers = JsonProvider.provider().createParserFactory(Map.of());

        @Override
        Object parseTree(String text) throws Exception {
            JsonValue tree;
            try (jakarta.json.stream.JsonParser parser = trees.createParser(new StringReader(text))) {
                if (!parser.hasNext()) {
                    throw new IOException("no JSON value");
                }
                parser.next();
                tree = parser.getValue();
                if (parser.hasNext()) {
                    throw new IOException("data after the root value");
                }
            }
            return tree;
        }

        @Override
        ResultHeader readTree(Object tree, ReadOptions options) {
            return JsonpHeaders.read((JsonValue) tree, options);
        }

        /** The application walks its own parser to the root's {@code header} member and hands it over. */
        @Override
        ResultHeader readBound(String text) {
            try (jakarta.json.stream.JsonParser parser = parsers.createParser(new StringReader(text))) {
                int depth = 0;
                while (parser.hasNext()) {
                    Event event = parser.next();
                    switch (event) {
                        case START_OBJECT:
                        case START_ARRAY:
                            depth++;
                            break;
                        case END_OBJECT:
                        case END_ARRAY:
                            depth--;
                            break;
                        case KEY_NAME:
                            if (depth == 1 && parser.getString().equals("header")) {
                                return JsonpHeaders.read(parser, ReadOptions.defaults());
                            }
                            break;
                        default:
                            break;
                    }
                    if (depth == 0) {
                        return null;
                    }
                }
                return null;
            }
        }

        @Override
        boolean isLibraryRefusal(Throwable failure) {
            // Parsson signals its own depth limit with a bare RuntimeException.
            return failure instanceof JsonException || failure.getClass() == RuntimeException.class
                    && failure.getStackTrace().length > 0
                    && failure.getStackTrace()[0].getClassName().startsWith("org.eclipse.parsson.");
        }
    };

    /** A response class as an application declares it. */
    record Response(ResultHeader header) {
    }

    static final List<Binding> ALL = List.of(values());

    private final String id;

    Binding(String id) {
        this.id = id;
    }

    /** The name the binding registers under, as {@code HeaderReaders.named} takes it. */
    String id() {
        return id;
    }

    /** The binding's streaming reader, found as an application finds it. */
    HeaderReader reader(ReadOptions options) {
        return HeaderReaders.named(id, options);
    }

    /**
     * Parses the text into the library's tree as an application would: strict JSON, one
     * document, without the library's limits. Whatever this throws is the library's business.
     */
    abstract Object parseTree(String text) throws Exception;

    /** Reads the header from a tree of {@link #parseTree} with the binding's tree adapter. */
    abstract ResultHeader readTree(Object tree, ReadOptions options);

    /**
     * Reads the header through the library's data binding (or, for JSON-P, the application's own
     * parser), with the library's defaults for the rest of the document.
     *
     * @return the header, or null when the document has none the library hands over
     * @throws Exception what the library throws when it refuses the text; see {@link #isLibraryRefusal}
     */
    abstract ResultHeader readBound(String text) throws Exception;

    /** Whether a failure of {@link #readBound} is the library's own refusal of the text, which an application meets anyway. */
    abstract boolean isLibraryRefusal(Throwable failure);

    @Override
    public String toString() {
        return id;
    }
}
