package dev.nhncloud.result.benchmarks;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.ResponseReader;
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
 * Gson on its own, as the SDK is compared with it. The SDK's streaming reader is measured for
 * every binding by {@link SdkBenchmark}; its one-pass reader here, against the plain binding.
 *
 * <ul>
 * <li>{@code naive}: {@code JsonParser.parseReader} over the bytes decoded as UTF-8, then the
 *     three fields from the tree;</li>
 * <li>{@code floor}: Gson's own {@code JsonReader} over the same reader, {@code skipValue()} of
 *     the root, no SDK code: the least Gson can do to get past a whole document. Gson reads only
 *     characters, so the JDK's UTF-8 decoder is part of its floor;</li>
 * <li>{@code handLoop}: what an expert writes without the SDK, over the same reader:
 *     {@code nextName()} for the root's members, the header's three fields, {@code skipValue()}
 *     for everything else, stop at the header's end;</li>
 * <li>{@code plainBinding}: the application's {@code Gson} binding the response class, with a
 *     plain header record, no SDK;</li>
 * <li>{@code onePass}: {@code GsonHeaders.responseReader(gson)} binding the same class with a
 *     {@code ResultHeader}, checked as it is read (a failure's refusal is returned, to be measured).</li>
 * </ul>
 *
 * <p>The hand loop checks nothing the SDK checks (strict JSON, types, duplicates, limits, UTF-8).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class GsonBenchmark {

    private static final Gson GSON = new Gson();
    private static final ResponseReader RESPONSES = GsonHeaders.responseReader(GSON);

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

    /**
     * The hand-written loop: the header's three fields, every other member of the root skipped.
     *
     * @param body the body
     * @return the header
     * @throws IOException never: the body is valid JSON in memory
     */
    @Benchmark
    public ResultHeader handLoop(ResponseBody body) throws IOException {
        try (JsonReader reader = new JsonReader(utf8(body.bytes))) {
            reader.beginObject();
            while (reader.hasNext()) {
                if (reader.nextName().equals("header")) {
                    return header(reader);
                }
                reader.skipValue();
            }
            throw new IllegalStateException("no header");
        }
    }

    private static ResultHeader header(JsonReader reader) throws IOException {
        boolean successful = false;
        int code = 0;
        String message = "";
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "isSuccessful":
                    successful = reader.nextBoolean();
                    break;
                case "resultCode":
                    code = reader.nextInt();
                    break;
                case "resultMessage":
                    message = reader.nextString();
                    break;
                default:
                    reader.skipValue();
                    break;
            }
        }
        reader.endObject();
        return ResultHeader.of(successful, code, message);
    }

    /**
     * The application's binding of the response class, without the SDK.
     *
     * @param body the body
     * @return the response
     * @throws IOException never: the body is valid JSON in memory
     */
    @Benchmark
    public PlainInstanceListResponse plainBinding(ResponseClassBody body) throws IOException {
        try (Reader text = utf8(body.bytes)) {
            return GSON.fromJson(text, PlainInstanceListResponse.class);
        }
    }

    /**
     * The SDK's one-pass reader: the response, or the refusal of a failed one.
     *
     * @param body the body
     * @return the response, or the exception refusing it
     */
    @Benchmark
    public Object onePass(ResponseClassBody body) {
        try {
            return RESPONSES.read(body.bytes, InstanceListResponse.class);
        } catch (ComputeApiException refused) {
            return refused;
        }
    }

    private static Reader utf8(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }
}
