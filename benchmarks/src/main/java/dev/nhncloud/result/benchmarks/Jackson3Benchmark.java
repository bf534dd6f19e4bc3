package dev.nhncloud.result.benchmarks;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.jackson3.Jackson3Headers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.filter.FilteringParserDelegate;
import tools.jackson.core.filter.JsonPointerBasedFilter;
import tools.jackson.core.filter.TokenFilter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 ({@code tools.jackson}) on its own, as the SDK is compared with it, with the same roles
 * as {@link JacksonBenchmark}: {@code naive} (a tree of the whole body), {@code floor} (the
 * parser's {@code skipChildren()} to the end of the root), {@code handLoop} (the header's fields,
 * every other member of the root skipped), {@code filter} ({@code FilteringParserDelegate} with
 * {@code JsonPointerBasedFilter("/header")}), {@code plainBinding} (the mapper binding the response
 * class without the SDK) and {@code onePass} ({@code Jackson3Headers.responseReader(mapper)}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class Jackson3Benchmark {

    private static final JsonMapper MAPPER = new JsonMapper();
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ResponseReader RESPONSES = Jackson3Headers.responseReader(MAPPER);

    /**
     * The naive way: a tree of the whole body, then the header from the tree.
     *
     * @param body the body
     * @return the header
     */
    @Benchmark
    public ResultHeader naive(WholeDocumentBody body) {
        JsonNode header = MAPPER.readTree(body.bytes).get("header");
        return ResultHeader.of(header.get("isSuccessful").booleanValue(), header.get("resultCode").intValue(),
                header.get("resultMessage").stringValue());
    }

    /**
     * The floor: Jackson's tokenizer over the whole body, with no SDK code.
     *
     * @param body the body
     * @return the last token, {@code END_OBJECT}
     */
    @Benchmark
    public JsonToken floor(WholeDocumentBody body) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body.bytes)) {
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
     */
    @Benchmark
    public ResultHeader handLoop(ResponseBody body) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body.bytes)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
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
     */
    @Benchmark
    public ResultHeader filter(ResponseBody body) {
        try (JsonParser parser = new FilteringParserDelegate(FACTORY.createParser(ObjectReadContext.empty(), body.bytes),
                new JsonPointerBasedFilter("/header"), TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("no header");
            }
            return header(parser);
        }
    }

    /** The three fields of the header object whose start the parser is on, to its end. */
    private static ResultHeader header(JsonParser parser) {
        boolean successful = false;
        int code = 0;
        String message = "";
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
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
                    message = parser.getString();
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
     */
    @Benchmark
    public PlainInstanceListResponse plainBinding(ResponseClassBody body) {
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
