package dev.nhncloud.result.benchmarks;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.gson.GsonHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 * The Gson binding against the naive way with Gson and against Gson's own floor.
 *
 * <ul>
 * <li>{@code sdk*}: the binding's streaming reader, from {@code byte[]} and from an
 *     {@code InputStream}, stopping at the header ({@code sdkBytes}, {@code sdkStream}) or
 *     validating the whole document ({@code sdkValidate});</li>
 * <li>{@code naive}: {@code JsonParser.parseReader} over the bytes decoded as UTF-8, then the
 *     three fields from the tree;</li>
 * <li>{@code floor}: Gson's own {@code JsonReader} over the same reader, {@code skipValue()} of
 *     the root, no SDK code: the least Gson can do to get past a whole document. Gson reads only
 *     characters, so the JDK's UTF-8 decoder is part of its floor.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class GsonBenchmark {

    private static final HeaderReader READER = GsonHeaders.reader();
    private static final HeaderReader VALIDATING_READER = GsonHeaders.reader(ReadOptions.builder().validateDocument(true).build());

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
        try (Reader text = utf8(body.bytes)) {
            JsonObject header = JsonParser.parseReader(text).getAsJsonObject().getAsJsonObject("header");
            return ResultHeader.of(header.get("isSuccessful").getAsBoolean(), header.get("resultCode").getAsInt(),
                    header.get("resultMessage").getAsString());
        }
    }

    /**
     * The floor: Gson's tokenizer over the whole body, with no SDK code.
     *
     * @param body the body
     * @return the last token, {@code END_DOCUMENT}
     * @throws IOException never: the body is valid JSON in memory
     */
    @Benchmark
    public JsonToken floor(WholeDocumentBody body) throws IOException {
        try (JsonReader reader = new JsonReader(utf8(body.bytes))) {
            reader.skipValue();
            return reader.peek();
        }
    }

    private static Reader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }
}
