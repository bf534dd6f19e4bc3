package dev.nhncloud.result.benchmarks.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.benchmarks.JacksonBenchmark;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import dev.nhncloud.result.engine.ByteSource;
import dev.nhncloud.result.jackson.JacksonBackend;
import dev.nhncloud.result.jackson.JacksonHeaders;
import dev.nhncloud.result.spi.JsonCursor;
import dev.nhncloud.result.spi.JsonCursor.Token;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From Jackson's floor to the SDK, one step at a time: Jackson's byte parser over the array,
 * then over core's byte source (UTF-8 checked, copied into Jackson's buffer block by block),
 * then a token loop that asks nothing, then one that reads every name and number length as the
 * header rules do, then the SDK. With {@code -p position=first}, the hand-written loop over the
 * array, over core's byte source, and over the binding's own cursor show what a header-first
 * read pays for reading through a stream, for the binding's parser and for the rules.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class JacksonCosts {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** As the binding's factory: names are not canonicalized, so each is built as a new string. */
    private static final JsonFactory NAMES_BUILT = new JsonFactoryBuilder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES).build();
    private static final HeaderReader READER = JacksonHeaders.reader();
    private static final JacksonBackend BACKEND = new JacksonBackend();

    /**
     * The floor: Jackson's byte parser, skipChildren.
     *
     * @param body the body
     * @return the last token
     * @throws IOException never
     */
    @Benchmark
    public JsonToken floorBytes(AnalysisBody body) throws IOException {
        return skipAll(FACTORY.createParser(body.bytes));
    }

    /**
     * Jackson's byte parser over a plain stream of the bytes: what reading through a stream
     * costs by itself, without core's checks.
     *
     * @param body the body
     * @return the last token
     * @throws IOException never
     */
    @Benchmark
    public JsonToken floorStream(AnalysisBody body) throws IOException {
        return skipAll(FACTORY.createParser(new ByteArrayInputStream(body.bytes)));
    }

    /**
     * Jackson's byte parser over core's byte source: the checking and copying the SDK adds.
     *
     * @param body the body
     * @return the last token
     * @throws IOException never
     */
    @Benchmark
    public JsonToken floorByteSource(AnalysisBody body) throws IOException {
        return skipAll(FACTORY.createParser(ByteSource.of(body.bytes)));
    }

    private static JsonToken skipAll(JsonParser opened) throws IOException {
        try (JsonParser parser = opened) {
            parser.nextToken();
            parser.skipChildren();
            return parser.currentToken();
        }
    }

    /**
     * A token loop over the array that asks nothing but the token: what walking every token
     * costs against {@code skipChildren}, before any question is asked of it.
     *
     * @param body the body
     * @return the depth at the end, 0
     * @throws IOException never
     */
    @Benchmark
    public int tokensOnly(AnalysisBody body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(body.bytes)) {
            int depth = 0;
            do {
                JsonToken token = parser.nextToken();
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
            } while (depth > 0);
            return depth;
        }
    }

    /**
     * A token loop over the byte source that reads every name and the length of every number,
     * as the header rules do, without the rules, with names canonicalized or built anew.
     *
     * @param body the body
     * @return a sum of lengths
     * @throws IOException never
     */
    @Benchmark
    public long tokensCanonicalNames(AnalysisBody body) throws IOException {
        return tokensAsCore(FACTORY.createParser(ByteSource.of(body.bytes)));
    }

    /**
     * As {@link #tokensCanonicalNames}, with every name built as a new string, as in the binding.
     *
     * @param body the body
     * @return a sum of lengths
     * @throws IOException never
     */
    @Benchmark
    public long tokensNamesBuilt(AnalysisBody body) throws IOException {
        return tokensAsCore(NAMES_BUILT.createParser(ByteSource.of(body.bytes)));
    }

    private static long tokensAsCore(JsonParser opened) throws IOException {
        try (JsonParser parser = opened) {
            long sum = 0;
            int depth = 0;
            do {
                JsonToken token = parser.nextToken();
                switch (token) {
                    case START_OBJECT:
                    case START_ARRAY:
                        depth++;
                        break;
                    case END_OBJECT:
                    case END_ARRAY:
                        depth--;
                        break;
                    case FIELD_NAME:
                        sum += parser.getText().length();
                        break;
                    case VALUE_NUMBER_INT:
                    case VALUE_NUMBER_FLOAT:
                        sum += parser.getTextLength();
                        break;
                    default:
                        break;
                }
            } while (depth > 0);
            return sum;
        }
    }

    /**
     * The hand-written loop of {@link JacksonBenchmark#handLoop(JsonParser)}, over the array.
     *
     * @param body the body
     * @return the header
     * @throws IOException never
     */
    @Benchmark
    public ResultHeader handLoopBytes(AnalysisBody body) throws IOException {
        return JacksonBenchmark.handLoop(FACTORY.createParser(body.bytes));
    }

    /**
     * The hand-written loop over core's byte source: what reading through a stream, with the
     * UTF-8 check, adds to a header-first read.
     *
     * @param body the body
     * @return the header
     * @throws IOException never
     */
    @Benchmark
    public ResultHeader handLoopByteSource(AnalysisBody body) throws IOException {
        return JacksonBenchmark.handLoop(FACTORY.createParser(ByteSource.of(body.bytes)));
    }

    /**
     * The same loop over the binding's cursor on core's byte source (its factory, buffer pool and
     * name tables), without the rules: it reads the three fields and builds the header as the
     * hand loop does; the cursor has no skip, so other members are walked.
     *
     * @param body the body
     * @return the header
     * @throws IOException never
     */
    @Benchmark
    public ResultHeader handLoopCursor(AnalysisBody body) throws IOException {
        try (JsonCursor cursor = BACKEND.open(ByteSource.of(body.bytes))) {
            cursor.next();
            while (cursor.next() == Token.NAME) {
                if (cursor.text().equals("header")) {
                    return header(cursor);
                }
                walkValue(cursor);
            }
            throw new IllegalStateException("no header");
        }
    }

    private static ResultHeader header(JsonCursor cursor) throws IOException {
        boolean successful = false;
        int code = 0;
        String message = "";
        cursor.next();
        while (cursor.next() == Token.NAME) {
            String field = cursor.text();
            Token value = cursor.next();
            switch (field) {
                case "isSuccessful":
                    successful = value == Token.TRUE;
                    break;
                case "resultCode":
                    code = Integer.parseInt(cursor.text());
                    break;
                case "resultMessage":
                    message = cursor.text();
                    break;
                default:
                    walkRest(value, cursor);
                    break;
            }
        }
        return ResultHeader.of(successful, code, message);
    }

    private static void walkValue(JsonCursor cursor) throws IOException {
        walkRest(cursor.next(), cursor);
    }

    private static void walkRest(Token first, JsonCursor cursor) throws IOException {
        int depth = 0;
        Token token = first;
        while (true) {
            if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
                depth++;
            } else if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
                depth--;
            }
            if (depth <= 0) {
                return;
            }
            token = cursor.next();
        }
    }

    /**
     * The SDK.
     *
     * @param body the body
     * @return the header
     */
    @Benchmark
    public ResultHeader sdk(AnalysisBody body) {
        return READER.read(body.bytes);
    }
}
