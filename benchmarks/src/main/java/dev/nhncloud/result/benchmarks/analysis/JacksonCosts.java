package dev.nhncloud.result.benchmarks.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.internal.TextSource;
import dev.nhncloud.result.jackson.JacksonHeaders;
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
 * From Jackson's floor to the SDK, one step at a time: bytes, then characters decoded by the
 * JDK, then characters from core's {@code TextSource}, then a token loop that asks for every
 * name as the header rules do, then the SDK.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class JacksonCosts {

    private static final JsonFactory FACTORY = new JsonFactory();
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
        try (JsonParser parser = FACTORY.createParser(body.bytes)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.currentToken();
        }
    }

    /**
     * Jackson's character parser over the JDK's decoder.
     *
     * @param body the body
     * @return the last token
     * @throws IOException never
     */
    @Benchmark
    public JsonToken floorJdkChars(AnalysisBody body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(Settings.jdkReader(body.bytes))) {
            parser.nextToken();
            parser.skipChildren();
            return parser.currentToken();
        }
    }

    /**
     * Jackson's character parser over core's text source: the decoding the SDK does.
     *
     * @param body the body
     * @return the last token
     * @throws IOException never
     */
    @Benchmark
    public JsonToken floorTextSource(AnalysisBody body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(TextSource.of(body.bytes))) {
            parser.nextToken();
            parser.skipChildren();
            return parser.currentToken();
        }
    }

    /**
     * A token loop over the text source that reads every name and the length of every
     * number, as the header rules do, without the rules.
     *
     * @param body the body
     * @return a sum of lengths
     * @throws IOException never
     */
    @Benchmark
    public long tokensAsCore(AnalysisBody body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(TextSource.of(body.bytes))) {
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
     * Decoding alone: core's text source read to the end in Jackson's buffer size.
     *
     * @param body the body
     * @return the number of characters
     * @throws IOException never
     */
    @Benchmark
    public long decodeTextSource(AnalysisBody body) throws IOException {
        return Settings.drain(TextSource.of(body.bytes), 4000);
    }

    /**
     * Decoding alone: the JDK's InputStreamReader read to the end.
     *
     * @param body the body
     * @return the number of characters
     * @throws IOException never
     */
    @Benchmark
    public long decodeJdk(AnalysisBody body) throws IOException {
        return Settings.drain(Settings.jdkReader(body.bytes), 4000);
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
