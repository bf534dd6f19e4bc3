package dev.nhncloud.result.gson;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.conformance.BindingUnderTest;
import dev.nhncloud.result.conformance.ConformanceSuite;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/** The conformance suite against the Gson binding. */
class GsonConformanceTest extends ConformanceSuite {

    @Override
    protected BindingUnderTest binding() {
        return new BindingUnderTest() {
            @Override
            public String name() {
                return "gson";
            }

            @Override
            public HeaderReader streamingReader(ReadOptions options) {
                return GsonHeaders.reader(options);
            }

            /**
             * How an application would parse trees: strict JSON, one document, without Gson's
             * nesting limit. Gson's strict mode differs from RFC 8259 in three ways, which the
             * binding's guard and tolerant decoding settle here as in the streaming reader: it
             * skips a leading U+FEFF, refuses unpaired surrogates in the strings it decodes, and
             * parses a blank document as JsonNull.
             */
            @Override
            public Object parseTree(String json) throws IOException {
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
            public ResultHeader readTree(Object tree, ReadOptions options) {
                return GsonHeaders.read((JsonElement) tree, options);
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
