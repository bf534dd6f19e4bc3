package dev.nhncloud.result.benchmarks;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.jsonp.JsonbHeaders;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.yasson.YassonJsonb;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON-P (Eclipse Parsson) and JSON-B (Eclipse Yasson) on their own, as the SDK is compared with
 * them. The SDK's streaming reader is measured for every binding by {@link SdkBenchmark}; its
 * one-pass reader here, against the plain binding.
 *
 * <ul>
 * <li>{@code naive}: {@code JsonReader.readObject()} over the bytes, then the three fields from
 *     the tree;</li>
 * <li>{@code floor}: Parsson's own parser over the bytes, {@code next()} until there is no next
 *     event, no SDK code. Not {@code skipObject()}: Parsson's skip methods loop forever on
 *     truncated input and ignore the depth limit, so no reader of untrusted bodies may use them;</li>
 * <li>{@code handLoop}: what an expert writes without the SDK (and without that caution): the
 *     root's member names, the header's three fields, {@code skipObject()} and
 *     {@code skipArray()} for every other value, stop at the header's end;</li>
 * <li>{@code plainBinding}: Yasson binding the response class, with a plain header record, no
 *     SDK, from a parser of the same factory;</li>
 * <li>{@code onePass}: {@code JsonbHeaders.responseReader(config, parsers, options)} binding the
 *     same class with a {@code ResultHeader}, checked as it is read (a failure's refusal is
 *     returned, to be measured).</li>
 * </ul>
 *
 * <p>The hand loop checks nothing the SDK checks (types, duplicates, limits).
 *
 * <p>Parsson 1.1.8 and later refuse a document of more than 15,000,000 characters by default,
 * skipped characters included, so the 16 MB body would fail the naive way and the floor; both
 * lift the limit as the binding does ({@code org.eclipse.parsson.maxParsingLimit}), and so do both
 * bindings of the response class.
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
    private static final YassonJsonb JSONB = (YassonJsonb) JsonbBuilder.create();
    private static final ResponseReader RESPONSES = JsonbHeaders.responseReader(new JsonbConfig(), PARSER_FACTORY,
            ReadOptions.defaults());

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

    /**
     * The hand-written loop: the header's three fields, every other member of the root skipped.
     *
     * @param body the body
     * @return the header
     */
    @Benchmark
    public ResultHeader handLoop(ResponseBody body) {
        try (JsonParser parser = PARSER_FACTORY.createParser(new ByteArrayInputStream(body.bytes))) {
            parser.next();
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String name = parser.getString();
                JsonParser.Event value = parser.next();
                if (name.equals("header")) {
                    return header(parser);
                }
                skip(parser, value);
            }
            throw new IllegalStateException("no header");
        }
    }

    private static void skip(JsonParser parser, JsonParser.Event value) {
        if (value == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (value == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    /** The three fields of the header object whose start the parser has just returned, to its end. */
    private static ResultHeader header(JsonParser parser) {
        boolean successful = false;
        int code = 0;
        String message = "";
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String field = parser.getString();
            JsonParser.Event value = parser.next();
            switch (field) {
                case "isSuccessful":
                    successful = value == JsonParser.Event.VALUE_TRUE;
                    break;
                case "resultCode":
                    code = parser.getInt();
                    break;
                case "resultMessage":
                    message = parser.getString();
                    break;
                default:
                    skip(parser, value);
                    break;
            }
        }
        return ResultHeader.of(successful, code, message);
    }

    /**
     * Yasson's binding of the response class, without the SDK.
     *
     * @param body the body
     * @return the response
     */
    @Benchmark
    public PlainInstanceListResponse plainBinding(ResponseClassBody body) {
        try (JsonParser parser = PARSER_FACTORY.createParser(new ByteArrayInputStream(body.bytes))) {
            return JSONB.fromJson(parser, PlainInstanceListResponse.class);
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
}
