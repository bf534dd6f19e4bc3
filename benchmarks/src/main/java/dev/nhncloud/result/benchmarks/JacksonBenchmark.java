package dev.nhncloud.result.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.jackson.JacksonHeaders;
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
 * Jackson 2 on its own, as the SDK is compared with it. The SDK's streaming reader is measured for
 * every binding by {@link SdkBenchmark}; its one-pass reader here, against the plain binding.
 *
 * <ul>
 * <li>{@code naive}: {@code ObjectMapper.readTree(byte[])}, then the three fields from the tree;</li>
 * <li>{@code floor}: Jackson's parser over the bytes, {@code nextToken()} and
 *     {@code skipChildren()} to the end of the root, no SDK code: the least Jackson can do to
 *     get past a whole document;</li>
 * <li>{@code handLoop}: what an expert writes without the SDK: find {@code header} at depth 1,
 *     read its three fields, {@code skipChildren()} every other value, stop at the header's end;</li>
 * <li>{@code filter}: Jackson's own {@code FilteringParserDelegate} with
 *     {@code JsonPointerBasedFilter("/header")}, then the three fields;</li>
 * <li>{@code plainBinding}: the application's {@code ObjectMapper} binding the response class,
 *     with a plain header record, no SDK;</li>
 * <li>{@code onePass}: {@code JacksonHeaders.responseReader(mapper)} binding the same class with a
 *     {@code ResultHeader}, checked as it is read (a failure is refused with
 *     {@link ComputeApiException}, returned here so that the refusal is measured).</li>
 * </ul>
 *
 * <p>The hand loop and the filter check nothing the SDK checks (types, duplicates, limits, UTF-8):
 * they are the speed an application gets by giving those up.
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
    private static final ResponseReader RESPONSES = JacksonHeaders.responseReader(MAPPER);

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

    /**
     * The hand-written loop: the header's three fields, every other member of the root skipped.
     *
     * @param body the body
     * @return the header
     * @throws IOException never: the body is valid JSON in memory
     */
    @Benchmark
    public ResultHeader handLoop(ResponseBody body) throws IOException {
        return handLoop(FACTORY.createParser(body.bytes));
    }

    /**
     * The hand-written loop over a parser it closes, for the cost analysis to run over other
     * inputs ({@code analysis.JacksonCosts}).
     *
     * @param opened a parser before the body's first token
     * @return the header
     * @throws IOException what the parser throws
     */
    public static ResultHeader handLoop(JsonParser opened) throws IOException {
        try (JsonParser parser = opened) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("header")) {
                    return header(parser);
                }
                parser.skipChildren();
            }
            throw new IllegalStateException("no header");
        }
    }

    /**
     * Jackson's own filter for the header member.
     *
     * @param body the body
     * @return the header
     * @throws IOException never: the body is valid JSON in memory
     */
    @Benchmark
    public ResultHeader filter(ResponseBody body) throws IOException {
        try (JsonParser parser = new FilteringParserDelegate(FACTORY.createParser(body.bytes),
                new JsonPointerBasedFilter("/header"), TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("no header");
            }
            return header(parser);
        }
    }

    /** The three fields of the header object whose start the parser is on, to its end. */
    private static ResultHeader header(JsonParser parser) throws IOException {
        boolean successful = false;
        int code = 0;
        String message = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "isSuccessful":
                    successful = value == JsonToken.VALUE_TRUE;
                    break;
                case "resultCode":
                    code = parser.getIntValue();
                    break;
                case "resultMessage":
                    message = parser.getText();
                    break;
                default:
                    parser.skipChildren();
                    break;
            }
        }
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
        return MAPPER.readValue(body.bytes, PlainInstanceListResponse.class);
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
