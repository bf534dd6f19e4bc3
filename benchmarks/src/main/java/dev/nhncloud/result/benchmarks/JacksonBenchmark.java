package dev.nhncloud.result.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Jackson binding against the naive way with Jackson and against Jackson's own floor.
 *
 * <ul>
 * <li>{@code sdk*}: the binding's streaming reader, from {@code byte[]} and from an
 *     {@code InputStream}, stopping at the header ({@code sdkBytes}, {@code sdkStream}) or
 *     validating the whole document ({@code sdkValidate});</li>
 * <li>{@code naive}: {@code ObjectMapper.readTree(byte[])}, then the three fields from the tree;</li>
 * <li>{@code floor}: Jackson's own parser over the bytes, {@code nextToken()} and
 *     {@code skipChildren()} to the end of the root, no SDK code: the least Jackson can do to
 *     get past a whole document.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class JacksonBenchmark {

    private static final HeaderReader READER = JacksonHeaders.reader();
    private static final HeaderReader VALIDATING_READER = JacksonHeaders.reader(ReadOptions.builder().validateDocument(true).build());
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * The SDK, from bytes in memory.
     *
     * @param body the body
     * @return the header
     */
    @Benchmark
    public ResultHeader sdkBytes(ResponseBody body) {
        return READER.read(body.bytes);
    }

    /**
     * The SDK, from a stream over the bytes, as an HTTP client hands a body.
     *
     * @param body the body
     * @return the header
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    public ResultHeader sdkStream(ResponseBody body) throws IOException {
        return READER.read(new ByteArrayInputStream(body.bytes));
    }

    /**
     * The SDK with {@code validateDocument}: the whole document is read and checked.
     *
     * @param body the body
     * @return the header
     */
    @Benchmark
    public ResultHeader sdkValidate(ResponseBody body) {
        return VALIDATING_READER.read(body.bytes);
    }

    /**
     * The naive way: a tree of the whole body, then the header from the tree.
     *
     * @param body the body
     * @return the header
     * @throws IOException never: the body is valid JSON in memory
     */
    @Benchmark
    public ResultHeader naive(WholeDocumentBody body) throws IOException {
        JsonNode header = MAPPER.readTree(body.bytes).get("header");
        return ResultHeader.of(header.get("isSuccessful").booleanValue(), header.get("resultCode").intValue(),
                header.get("resultMessage").textValue());
    }

    /**
     * The floor: Jackson's tokenizer over the whole body, with no SDK code.
     *
     * @param body the body
     * @return the last token, {@code END_OBJECT}
     * @throws IOException never: the body is valid JSON in memory
     */
    @Benchmark
    public JsonToken floor(WholeDocumentBody body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(body.bytes)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.currentToken();
        }
    }
}
