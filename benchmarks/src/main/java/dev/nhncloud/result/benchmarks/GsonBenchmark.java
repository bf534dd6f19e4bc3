package dev.nhncloud.result.benchmarks;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.nhncloud.result.ResultHeader;
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
 * Gson on its own, as the SDK is compared with it: the naive way with Gson and Gson's own floor.
 * The SDK itself is measured for every binding by {@link SdkBenchmark}.
 *
 * <ul>
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
