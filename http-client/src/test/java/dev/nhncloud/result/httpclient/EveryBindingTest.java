package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.APPKEY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.body;
import static dev.nhncloud.result.httpclient.FakeComputeApi.chunked;
import static dev.nhncloud.result.httpclient.FakeComputeApi.cutOff;
import static dev.nhncloud.result.httpclient.FakeComputeApi.headerLast;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instanceArray;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instanceList;
import static dev.nhncloud.result.httpclient.FakeComputeApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.gson.GsonHeaders;
import dev.nhncloud.result.jackson.JacksonHeaders;
import dev.nhncloud.result.jsonp.JsonbHeaders;
import dev.nhncloud.result.service.Service;
import dev.nhncloud.result.service.Verdict;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one pass with each binding's {@code ResponseReader} (Jackson, Gson, JSON-B) and the same
 * binding's header reader for the search, against the loopback server: the same outcomes in
 * every binding. It runs in a surefire execution of its own, with the three bindings on the class
 * path; the other tests run with Jackson's only, as an application has one. Its response
 * classes are public, as JSON-B requires.
 */
public class EveryBindingTest {

    private static final ReadOptions EMAIL = ReadOptions.builder().service(Service.EMAIL).build();
    /** Instances of about 80 bytes: 2,000 run well past the header search. */
    private static final int PAST_THE_SEARCH = 2_000;
    private static FakeComputeApi server;
    private static HttpClient client;

    EveryBindingTest() {
        // Public for JSON-B's sake (its records are nested here); made by JUnit only.
    }

    /** An instance list, as an application binds it with any of the libraries. */
    public record Listing(ResultHeader header, List<Instance> instances) {
    }

    /** One instance of the list. */
    public record Instance(String id, String name, String status) {
    }

    /** An Email send answer. */
    public record SendAnswer(ResultHeader header, Body body) {
        /** The answer's body. */
        public record Body(Data data) {
        }

        /** What the body holds. */
        public record Data(String requestId, List<Result> results) {
        }

        /** One recipient's result. */
        public record Result(String receiveMailAddr, int resultCode) {
        }
    }

    /** A response class without a header. */
    public record NoHeader(List<Instance> instances) {
    }

    /** One binding as an application uses it: handlers from its header reader, and its one-pass reader, made with the same options. */
    private static final class Binding {
        final CountingReaders.Header headers;
        final CountingReaders.Response responses;
        final ComputeApiClient api;

        Binding(String name, ReadOptions options) {
            headers = new CountingReaders.Header(HeaderReaders.named(name, options));
            responses = new CountingReaders.Response(responseReader(name, options));
            api = ComputeApiClient.of(client, ComputeBodyHandlers.of(headers));
        }

        <T> T send(Class<T> type) throws IOException, InterruptedException {
            return api.send(list(), responses, type);
        }
    }

    private static ResponseReader responseReader(String binding, ReadOptions options) {
        switch (binding) {
            case "jackson":
                return JacksonHeaders.responseReader(new ObjectMapper(), options);
            case "gson":
                return GsonHeaders.responseReader(new Gson(), options);
            case "jsonp":
                return JsonbHeaders.responseReader(new JsonbConfig(), JsonProvider.provider().createParserFactory(Map.of()), options);
            default:
                throw new IllegalArgumentException(binding);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(HeaderReaders.available().containsAll(Set.of("jackson", "gson", "jsonp")),
                "runs in the every-binding surefire execution, with the three bindings on the class path");
        server = new FakeComputeApi();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpRequest list() {
        return server.listInstances("t");
    }

    private static String masked() {
        return "GET " + server.uri("/instances").toString().replace(APPKEY, "***");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jackson", "gson", "jsonp"})
    void aSuccessIsBoundHeaderFirstOrLast(String name) throws Exception {
        for (String answer : List.of(instanceList(3), headerLast(0, "SUCCESS", 3), instanceList(PAST_THE_SEARCH),
                                     headerLast(0, "SUCCESS", PAST_THE_SEARCH))) {
            Binding binding = new Binding(name, ReadOptions.defaults());
            server.respond(chunked(answer, 4096));
            Listing list = binding.send(Listing.class);
            assertTrue(list.header().succeeded());
            int count = answer.length() > 100_000 ? PAST_THE_SEARCH : 3;
            assertEquals(count, list.instances().size());
            assertEquals("web-" + (count - 1), list.instances().get(count - 1).name());
            assertEquals(1, binding.responses.passes.get());
            assertEquals(answer.length(), binding.responses.bytes.get());
            assertTrue(binding.headers.bytes.get() < 3 * ComputeBodyHandlers.RESPONSE_HEADER_SEARCH, binding.headers.bytes::toString);
        }
        Binding binding = new Binding(name, ReadOptions.defaults());
        server.respond(json(headerLast(0, "SUCCESS", 4)));
        assertEquals(4, binding.api.sendAsync(list(), binding.responses, Listing.class).get(30, TimeUnit.SECONDS).instances().size());
    }

    /** A failed header: refused by the search when first, by the pass when last; the same failure either way. */
    @ParameterizedTest
    @ValueSource(strings = {"jackson", "gson", "jsonp"})
    void aFailedHeaderIsAFailedRequestFirstOrLast(String name) {
        for (String answer : List.of(body(10404, "Instance not found", ""), headerLast(10404, "Instance not found", PAST_THE_SEARCH))) {
            Binding binding = new Binding(name, ReadOptions.defaults());
            server.respond(json(answer));
            FailedRequestException failed = assertThrows(FailedRequestException.class, () -> binding.send(Listing.class));
            assertEquals(masked() + ": resultCode 10404 API_ERROR INSTANCE HTTP 404 (remedy CHECK_RESOURCE): \"Instance not found\"",
                    failed.getMessage());
            assertEquals(answer.length() > 100_000 ? 1 : 0, binding.responses.passes.get());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jackson", "gson", "jsonp"})
    void aPartialSuccessIsDelivered(String name) throws Exception {
        Binding binding = new Binding(name, EMAIL);
        server.respond(json("{\"header\":{\"isSuccessful\":true,\"resultCode\":1000,\"resultMessage\":\"Some of your requests are"
                + " successful.\"},\"body\":{\"data\":{\"requestId\":\"r-1\",\"results\":[{\"receiveMailAddr\":\"a@example.com\","
                + "\"resultCode\":0},{\"receiveMailAddr\":\"b@example\",\"resultCode\":-2011}]}}}"));
        SendAnswer answer = binding.send(SendAnswer.class);
        assertEquals(Verdict.PARTIAL_SUCCESS, answer.header().verdict());
        assertEquals(-2011, answer.body().data().results().get(1).resultCode());
    }

    /**
     * What is malformed, found by the search (a code out of range) or by the pass (no header, a
     * byte that is not UTF-8 before the header, a second header after the list), is a
     * MalformedResponseException naming the request.
     */
    @ParameterizedTest
    @ValueSource(strings = {"jackson", "gson", "jsonp"})
    void whatIsMalformedNamesTheRequest(String name) {
        byte[] notUtf8 = headerLast(0, "SUCCESS", PAST_THE_SEARCH).getBytes(StandardCharsets.UTF_8);
        notUtf8[notUtf8.length - 200] = (byte) 0xFF;
        Map<byte[], Reason> answers = Map.of(
                utf8("{\"header\":{\"isSuccessful\":true,\"resultCode\":4294967296,\"resultMessage\":\"\"},\"instances\":[]}"),
                Reason.CODE_OUT_OF_RANGE,
                utf8("{\"instances\":" + instanceArray(PAST_THE_SEARCH) + "}"), Reason.MISSING_HEADER,
                notUtf8, Reason.MALFORMED_JSON,
                utf8(instanceList(PAST_THE_SEARCH).replaceFirst("}$", "," + body(10404, "Instance not found", "").substring(1))),
                Reason.DUPLICATE_HEADER);
        for (Map.Entry<byte[], Reason> answer : answers.entrySet()) {
            Binding binding = new Binding(name, ReadOptions.defaults());
            server.respond(FakeComputeApi.bytes("application/json", answer.getKey()));
            MalformedResponseException malformed = assertThrows(MalformedResponseException.class, () -> binding.send(Listing.class),
                    answer.getValue()::toString);
            assertEquals(answer.getValue(), malformed.reason(), malformed::getMessage);
            assertTrue(malformed.getMessage().startsWith(answer.getValue() + ": " + masked() + ": HTTP 200 with content type"
                    + " application/json: "), malformed.getMessage());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jackson", "gson", "jsonp"})
    void aBodyCutOffIsAnIOException(String name) {
        String answer = headerLast(0, "SUCCESS", PAST_THE_SEARCH);
        Binding binding = new Binding(name, ReadOptions.defaults());
        server.respond(cutOff(answer, answer.length() / 2));
        IOException thrown = assertThrows(IOException.class, () -> binding.send(Listing.class));
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            assertFalse(cause instanceof MalformedResponseException || cause instanceof ComputeApiException, cause::toString);
        }
        assertEquals(0, binding.responses.passes.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jackson", "gson", "jsonp"})
    void aClassWithoutAHeaderIsRefusedBeforeTheRequestIsSent(String name) {
        Binding binding = new Binding(name, ReadOptions.defaults());
        int before = server.seen().size();
        assertThrows(IllegalArgumentException.class, () -> binding.send(NoHeader.class));
        assertThrows(IllegalArgumentException.class, () -> binding.api.sendAsync(list(), binding.responses, NoHeader.class));
        assertEquals(before, server.seen().size());
    }
}
