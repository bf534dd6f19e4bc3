package dev.nhncloud.result.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nhncloud.result.ResultHeader;
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
 * Jackson on its own, as the SDK is compared with it: the naive way with Jackson and Jackson's own floor.
 * The SDK itself is measured for every binding by {@link SdkBenchmark}.
 *
 * <ul>
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

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

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
