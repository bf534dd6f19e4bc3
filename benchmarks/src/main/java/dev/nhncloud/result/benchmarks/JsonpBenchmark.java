package dev.nhncloud.result.benchmarks;

import dev.nhncloud.result.ResultHeader;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
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
 * JSON-P (Eclipse Parsson) on its own, as the SDK is compared with it: the naive way with JSON-P and
 * Parsson's own floor.
 * The SDK itself is measured for every binding by {@link SdkBenchmark}.
 *
 * <ul>
 * <li>{@code naive}: {@code JsonReader.readObject()} over the bytes, then the three fields from
 *     the tree;</li>
 * <li>{@code floor}: Parsson's own parser over the bytes, {@code next()} until there is no next
 *     event, no SDK code. Not {@code skipObject()}: Parsson's skip methods loop forever on
 *     truncated input and ignore the depth limit, so no reader of untrusted bodies may use them.</li>
 * </ul>
 *
 * <p>Parsson 1.1.8 and later refuse a document of more than 15,000,000 characters by default,
 * skipped characters included, so the 16 MB body would fail the naive way and the floor; both
 * lift the limit as the binding does ({@code org.eclipse.parsson.maxParsingLimit}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class JsonpBenchmark {

    private static final Map<String, ?> NO_SIZE_LIMIT = Map.of("org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE);
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonReaderFactory READER_FACTORY = PROVIDER.createReaderFactory(NO_SIZE_LIMIT);
    private static final JsonParserFactory PARSER_FACTORY = PROVIDER.createParserFactory(NO_SIZE_LIMIT);

    /**
     * The naive way: a tree of the whole body, then the header from the tree.
     *
     * @param body the body
     * @return the header
     */
    @Benchmark
    public ResultHeader naive(WholeDocumentBody body) {
        try (JsonReader reader = READER_FACTORY.createReader(new ByteArrayInputStream(body.bytes))) {
            JsonObject header = reader.readObject().getJsonObject("header");
            return ResultHeader.of(header.getBoolean("isSuccessful"), header.getInt("resultCode"),
                    header.getString("resultMessage"));
        }
    }

    /**
     * The floor: Parsson's tokenizer over the whole body, with no SDK code.
     *
     * @param body the body
     * @return the number of events
     */
    @Benchmark
    public int floor(WholeDocumentBody body) {
        try (JsonParser parser = PARSER_FACTORY.createParser(new ByteArrayInputStream(body.bytes))) {
            int events = 0;
            while (parser.hasNext()) {
                parser.next();
                events++;
            }
            return events;
        }
    }
}
