package dev.nhncloud.result.benchmarks.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResultHeader;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import dev.nhncloud.result.engine.ByteSource;
import dev.nhncloud.result.jackson.JacksonHeaders;
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
 * then a token loop that builds every member name as the header rules ask for it, then the SDK.
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
