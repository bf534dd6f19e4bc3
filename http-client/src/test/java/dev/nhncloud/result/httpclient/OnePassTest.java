package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.APPKEY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.body;
import static dev.nhncloud.result.httpclient.FakeComputeApi.chunked;
import static dev.nhncloud.result.httpclient.FakeComputeApi.cutOff;
import static dev.nhncloud.result.httpclient.FakeComputeApi.headerLast;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instanceArray;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instanceList;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instances;
import static dev.nhncloud.result.httpclient.FakeComputeApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A response class bound in one pass by a {@code ResponseReader} ({@code response(...)},
 * {@code send(request, reader, type)}), with Jackson's reader, against the loopback server:
 * what it delivers and fails with, header first and header last, and that the header search
 * while the body arrives is bounded, so that a header-last body is read by the one pass only.
 */
class OnePassTest {

    private static final ResponseReader RESPONSES = InstanceList.RESPONSES;
    private static final ComputeBodyHandlers HANDLERS = ComputeBodyHandlers.of(HeaderReaders.load());
    /** Instances of about 80 bytes: 2,000 run well past the header search, to some 160 KB. */
    private static final int PAST_THE_SEARCH = 2_000;
    private static FakeComputeApi server;
    private static HttpClient client;
    private static ComputeApiClient api;

    /** A response class without a header: nothing could be checked. */
    record NoHeader(List<InstanceList.Instance> instances) {
    }

    /** A generic response class, read through the {@code Type} overloads. */
    record Page<E>(ResultHeader header, List<E> instances) {
    }

    @BeforeAll
    static void start() throws IOException {
        server = new FakeComputeApi();
        client = HttpClient.newHttpClient();
        api = ComputeApiClient.of(client, HANDLERS);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpRequest list() {
        return server.listInstances("t");
    }

    private static String masked() {
        return "GET " + server.uri("/instances").toString().replace(APPKEY, "***");
    }

    private static ComputeApiClient counted(CountingReaders.Header headers) {
        return ComputeApiClient.of(client, ComputeBodyHandlers.of(headers));
    }

    @Test
    void aSuccessWithTheHeaderFirstIsBound() throws Exception {
        server.respond(instances(3));
        InstanceList list = api.send(list(), RESPONSES, InstanceList.class);
        assertEquals(ResultHeader.of(true, 0, "SUCCESS"), list.header());
        assertEquals(List.of("web-0", "web-1", "web-2"), list.instances().stream().map(InstanceList.Instance::name).toList());
        assertEquals(3, api.sendAsync(list(), RESPONSES, InstanceList.class).get(30, TimeUnit.SECONDS).instances().size());
        HttpRequest request = list();
        assertEquals(3, client.send(request, HANDLERS.response(request, RESPONSES, InstanceList.class)).body().instances().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, PAST_THE_SEARCH})
    void aSuccessWithTheHeaderLastIsBound(int count) throws Exception {
        for (FakeComputeApi.Responder answer : List.of(json(headerLast(0, "SUCCESS", count)),
                                                       chunked(headerLast(0, "SUCCESS", count), 1000))) {
            server.respond(answer);
            InstanceList list = api.send(list(), RESPONSES, InstanceList.class);
            assertTrue(list.header().succeeded());
            assertEquals(count, list.instances().size());
            assertEquals("web-" + (count - 1), list.instances().get(count - 1).name());
        }
    }

    @Test
    void aGenericResponseTypeIsBound() throws Exception {
        server.respond(json(headerLast(0, "SUCCESS", 4)));
        Type page = new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {InstanceList.Instance.class};
            }

            @Override
            public Type getRawType() {
                return Page.class;
            }

            @Override
            public Type getOwnerType() {
                return OnePassTest.class;
            }
        };
        Page<InstanceList.Instance> sent = api.send(list(), RESPONSES, page);
        assertEquals("web-3", sent.instances().get(3).name());
        Page<InstanceList.Instance> async = api.<Page<InstanceList.Instance>>sendAsync(list(), RESPONSES, page).get(30, TimeUnit.SECONDS);
        assertEquals(4, async.instances().size());
        HttpRequest request = list();
        Page<InstanceList.Instance> raw = client.send(request, HANDLERS.<Page<InstanceList.Instance>>response(request, RESPONSES, page)).body();
        assertTrue(raw.header().succeeded());
    }

    /**
     * A failed header is a FailedRequestException naming the request, with the response's
     * Retry-After, whether the search refuses it (header first) or the one pass does (header
     * last, past the search): the same message, the same advice.
     */
    @Test
    void aFailedHeaderIsTheSameFailureFirstOrLast() throws Exception {
        CountingReaders.Response responses = new CountingReaders.Response(RESPONSES);
        server.respond(FakeComputeApi.withHeader("Retry-After", "30", json(body(10503, "Service unavailable", ""))));
        FailedRequestException first = assertThrows(FailedRequestException.class, () -> api.send(list(), responses, InstanceList.class));
        assertEquals(0, responses.passes.get(), "refused by the search, before the pass");

        server.respond(FakeComputeApi.withHeader("Retry-After", "30", json(headerLast(10503, "Service unavailable", PAST_THE_SEARCH))));
        FailedRequestException last = assertThrows(FailedRequestException.class, () -> api.send(list(), responses, InstanceList.class));
        assertEquals(1, responses.passes.get(), "refused by the pass");

        for (FailedRequestException failed : List.of(first, last)) {
            assertEquals(masked() + ": resultCode 10503 API_ERROR INSTANCE HTTP 503 (undocumented) (remedy RETRY_LATER): \"Service unavailable\""
                    + "; Retry-After 30 s", failed.getMessage());
            assertEquals("GET", failed.method());
            assertEquals(Duration.ofSeconds(30), failed.retryAfter().orElseThrow());
            assertTrue(RetryAdvice.defaults().test(failed));
            assertEquals(Duration.ofSeconds(30), RetryAdvice.defaults().delay(1, failed));
        }

        // The raw handler fails as body(...) does: inside send's plain IOException.
        HttpRequest request = list();
        IOException thrown = assertThrows(IOException.class, () -> client.send(request, HANDLERS.response(request, RESPONSES, InstanceList.class)));
        assertEquals(10503, assertInstanceOf(FailedRequestException.class, thrown.getCause()).header().resultCode());
        assertTrue(RetryAdvice.defaults().test(thrown));
    }

    /** A failed header within the search but after a few members (a small body, header last) is refused by the search. */
    @Test
    void aFailedHeaderLastWithinTheSearchIsRefusedByIt() {
        CountingReaders.Response responses = new CountingReaders.Response(RESPONSES);
        server.respond(json(headerLast(-4, "Invalid parameters: limit", 20)));
        ComputeApiException failed = assertThrows(ComputeApiException.class, () -> api.send(list(), responses, InstanceList.class));
        assertEquals(-4, failed.header().resultCode());
        assertEquals(0, responses.passes.get());
    }

    /** A broken header: the same MalformedResponseException, naming the request, as body(...) gives. */
    @Test
    void aBrokenHeaderIsMalformedAsInBody() {
        String broken = "{\"header\":{\"isSuccessful\":\"yes\",\"resultCode\":0,\"resultMessage\":\"SUCCESS\"},\"instances\":[]}";
        server.respond(json(broken));
        MalformedResponseException malformed = assertThrows(MalformedResponseException.class,
                () -> api.send(list(), RESPONSES, InstanceList.class));
        assertEquals(Reason.WRONG_TYPE, malformed.reason());
        assertTrue(malformed.getMessage().startsWith("WRONG_TYPE: " + masked() + ": HTTP 200 with content type"
                + " application/json;charset=UTF-8: "), malformed.getMessage());
        assertEquals(assertThrows(MalformedResponseException.class, () -> api.send(list(), InstanceList.MAPPING)).getMessage(),
                malformed.getMessage());
    }

    /**
     * Past the search, the one pass decides: a body without a header, or one that is no JSON
     * before its header, is a MalformedResponseException of the reason body(...)'s header reading
     * gives, naming the request as it does.
     */
    @Test
    void pastTheSearchThePassFindsWhatIsMalformed() {
        String withoutHeader = "{\"instances\":" + instanceArray(PAST_THE_SEARCH) + "}";
        String brokenBeforeTheHeader = headerLast(0, "SUCCESS", PAST_THE_SEARCH).replace("],\"header\"", ",],\"header\"");
        for (String bytes : List.of(withoutHeader, brokenBeforeTheHeader)) {
            CountingReaders.Response responses = new CountingReaders.Response(RESPONSES);
            server.respond(json(bytes));
            MalformedResponseException malformed = assertThrows(MalformedResponseException.class,
                    () -> api.send(list(), responses, InstanceList.class));
            assertEquals(bytes == withoutHeader ? Reason.MISSING_HEADER : Reason.MALFORMED_JSON, malformed.reason(),
                    malformed::getMessage);
            assertEquals(1, responses.passes.get());
            assertTrue(malformed.getMessage().startsWith(malformed.reason() + ": " + masked()
                    + ": HTTP 200 with content type application/json;charset=UTF-8: "), malformed.getMessage());
            assertInstanceOf(MalformedResponseException.class, malformed.getCause(), "the reader's own exception");
            MalformedResponseException viaBody = assertThrows(MalformedResponseException.class,
                    () -> api.send(list(), InstanceList.MAPPING));
            // The same reason and request; the detail is the reader's (a data-binding pass gives no position for these).
            assertEquals(viaBody.reason(), malformed.reason());
            assertTrue(viaBody.getMessage().startsWith(malformed.reason() + ": " + masked() + ": HTTP 200 with content type"
                    + " application/json;charset=UTF-8: "), viaBody.getMessage());
        }
    }

    /**
     * What follows the header is the pass's to refuse: body(...)'s header reading stops at the
     * header and leaves a broken end to the mapping, while the pass reads it as the SDK's
     * MALFORMED_JSON, naming the request.
     */
    @Test
    void aBrokenEndAfterTheHeaderIsMalformedJson() {
        server.respond(json(headerLast(0, "SUCCESS", PAST_THE_SEARCH).replaceFirst("}$", ",}")));
        MalformedResponseException malformed = assertThrows(MalformedResponseException.class,
                () -> api.send(list(), RESPONSES, InstanceList.class));
        assertEquals(Reason.MALFORMED_JSON, malformed.reason());
        assertTrue(malformed.getMessage().startsWith("MALFORMED_JSON: " + masked() + ": HTTP 200 with content type"),
                malformed.getMessage());
    }

    /** A body declared as another type, without a header: an UnexpectedResponseException from the pass as from the search. */
    @Test
    void aBodyOfAnotherTypeIsUnexpected() {
        server.respond(FakeComputeApi.bytes("text/plain", ("{\"instances\":" + instanceArray(PAST_THE_SEARCH) + "}")
                .getBytes(StandardCharsets.UTF_8)));
        UnexpectedResponseException unexpected = assertThrows(UnexpectedResponseException.class,
                () -> api.send(list(), RESPONSES, InstanceList.class));
        assertTrue(unexpected.getMessage().startsWith(masked() + ": HTTP 200 with content type text/plain has no readable result"
                + " header: MISSING_HEADER"), unexpected.getMessage());
    }

    /** JSON that does not fit the class is the library's mapping exception, as the reader throws it. */
    @Test
    void aBodyThatDoesNotFitTheClassIsTheLibrarysException() {
        server.respond(json(body(0, "SUCCESS", ",\"instances\":{\"not\":\"a list\"}")));
        assertInstanceOf(MismatchedInputException.class, assertThrows(IOException.class,
                () -> api.send(list(), RESPONSES, InstanceList.class)));
    }

    /** A connection dropped before the end is an I/O failure, never malformed JSON or a header's failure, wherever the header is. */
    @Test
    void aBodyCutOffIsAnIOException() {
        String headerFirst = instanceList(PAST_THE_SEARCH);
        String headerLast = headerLast(0, "SUCCESS", PAST_THE_SEARCH);
        for (FakeComputeApi.Responder cut : List.of(cutOff(headerFirst, 30), cutOff(headerFirst, headerFirst.length() / 2),
                                                    cutOff(headerLast, headerLast.length() / 2))) {
            CountingReaders.Response responses = new CountingReaders.Response(RESPONSES);
            server.respond(cut);
            IOException thrown = assertThrows(IOException.class, () -> api.send(list(), responses, InstanceList.class));
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                assertFalse(cause instanceof MalformedResponseException || cause instanceof ComputeApiException, cause::toString);
            }
            assertEquals(0, responses.passes.get(), "nothing is bound from a body cut off");
        }
    }

    /** A class without a header is refused at once, before anything is sent, on every path. */
    @Test
    void aClassWithoutAHeaderIsRefusedBeforeTheRequestIsSent() {
        server.respond(instances(1));
        int before = server.seen().size();
        HttpRequest request = list();
        for (IllegalArgumentException refused : List.of(
                assertThrows(IllegalArgumentException.class, () -> HANDLERS.response(request, RESPONSES, NoHeader.class)),
                assertThrows(IllegalArgumentException.class, () -> api.send(request, RESPONSES, NoHeader.class)),
                assertThrows(IllegalArgumentException.class, () -> api.sendAsync(request, RESPONSES, NoHeader.class)))) {
            assertTrue(refused.getMessage().contains("has no ResultHeader property named \"header\""), refused.getMessage());
        }
        assertEquals(before, server.seen().size(), "a request was sent");
        assertThrows(NullPointerException.class, () -> api.send(request, null, InstanceList.class));
        assertThrows(NullPointerException.class, () -> api.send(request, RESPONSES, (Class<InstanceList>) null));
    }

    /** The token is renewed and the call replayed, whether the search or the pass refuses the token. */
    @Test
    void aRefusedTokenIsRenewedAndTheCallReplayed() throws Exception {
        for (String refusal : List.of(body(-3, "Permission denied: token expired", ""),
                                      headerLast(-3, "Permission denied: token expired", PAST_THE_SEARCH))) {
            AtomicInteger calls = new AtomicInteger();
            server.respond(exchange -> (calls.getAndIncrement() == 0 ? json(refusal) : instances(2)).respond(exchange));
            AtomicInteger issued = new AtomicInteger();
            TokenRenewal tokens = new TokenRenewal(() -> "token-" + issued.incrementAndGet());
            InstanceList list = tokens.send(server::listInstances, request -> api.send(request, RESPONSES, InstanceList.class));
            assertEquals(2, list.instances().size());
            assertEquals(2, issued.get());
            assertEquals(2, calls.get(), "the call and its replay");
            calls.set(0);
            InstanceList async = new TokenRenewal(() -> "token-" + issued.incrementAndGet())
                    .sendAsync(server::listInstances, request -> api.sendAsync(request, RESPONSES, InstanceList.class))
                    .get(30, TimeUnit.SECONDS);
            assertEquals(2, async.instances().size());
            assertEquals(2, calls.get());

            // Refused again after the renewal: a permission problem, whichever part of the read refused it; no third token.
            calls.set(0);
            server.respond(exchange -> {
                calls.incrementAndGet();
                json(refusal).respond(exchange);
            });
            TokenRenewal refusing = new TokenRenewal(() -> "token-" + issued.incrementAndGet());
            RefusedAfterRenewalException refused = assertThrows(RefusedAfterRenewalException.class,
                    () -> refusing.send(server::listInstances, request -> api.send(request, RESPONSES, InstanceList.class)));
            assertInstanceOf(FailedRequestException.class, refused.getCause());
            assertTrue(refused.code().requiresCredentials());
            assertEquals(2, calls.get(), "the call and one replay");
        }
    }

    /** The body limit applies, and the message names the handler. */
    @Test
    void theBodyLimitApplies() {
        String list = instanceList(PAST_THE_SEARCH);
        server.respond(chunked(list, 4096));
        ComputeApiClient small = ComputeApiClient.of(client, ComputeBodyHandlers.of(HeaderReaders.load()).withBodyLimit(100_000));
        IOException thrown = assertThrows(IOException.class, () -> small.send(list(), RESPONSES, InstanceList.class));
        assertEquals(masked() + ": HTTP 200 has a body longer than the limit of 100000 bytes that response(...) holds"
                + " (ComputeBodyHandlers.withBodyLimit); the transfer was stopped", thrown.getMessage());
    }

    /** A redirect is not followed, and a proxy's page is no answer: decided at the status, advised as body(...)'s are. */
    @Test
    void aRedirectOrAProxysPageIsUnexpected() {
        server.respond(FakeComputeApi.redirect(302, server.uri("/elsewhere")));
        UnexpectedResponseException redirect = assertThrows(UnexpectedResponseException.class,
                () -> api.send(list(), RESPONSES, InstanceList.class));
        assertEquals(302, redirect.statusCode());
        assertFalse(RetryAdvice.defaults().test(redirect));
        server.respond(FakeComputeApi.page(502, "text/html", "<html>Bad Gateway</html>"));
        UnexpectedResponseException badGateway = assertThrows(UnexpectedResponseException.class,
                () -> api.send(list(), RESPONSES, InstanceList.class));
        assertEquals(502, badGateway.statusCode());
        assertTrue(RetryAdvice.defaults().test(badGateway), "a GET after a proxy's 502");
    }

    /**
     * The search itself: attempts each time the bytes have doubled, the last over the bound's
     * first bytes, then none; the whole body at its end, whatever the bound.
     */
    @Test
    void aBoundedSearchReadsItsBoundAndStops() throws IOException {
        byte[] bytes = headerLast(0, "SUCCESS", 200).getBytes(StandardCharsets.UTF_8);
        CountingReaders.Header headers = new CountingReaders.Header(HeaderReaders.load());
        ReceivedBody received = new ReceivedBody(-1);
        for (int at = 0; at < bytes.length; at += 1000) {
            received.add(List.of(ByteBuffer.wrap(bytes, at, Math.min(1000, bytes.length - at))));
            assertNull(received.header(headers, false, 4096));
        }
        assertEquals(4, headers.reads.get(), "at 1000, 2000 and 4000 bytes, and over the first 4096 of 8000");
        assertEquals(1000 + 2000 + 4000 + 4096, headers.bytes.get());
        assertEquals(ResultHeader.of(true, 0, "SUCCESS"), received.header(headers, true, 4096));
        assertEquals(5, headers.reads.get());

        byte[] first = instanceList(200).getBytes(StandardCharsets.UTF_8);
        ReceivedBody headerFirst = new ReceivedBody(-1);
        headerFirst.add(List.of(ByteBuffer.wrap(first, 0, 1000)));
        assertEquals(ResultHeader.of(true, 0, "SUCCESS"), headerFirst.header(headers, false, 4096));
    }

    /**
     * The header search is bounded: a header-last body far larger than the search is read by the
     * one pass, and by the search's attempts over less than three times its bound, at 1 MiB as
     * at 16 MiB. A header first costs one attempt over the first bytes. Were the search not
     * bounded, its attempts would read the body about twice, as they do for body(...).
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 16})
    void theHeaderSearchIsBounded(int mebibytes) throws Exception {
        int count = mebibytes * 1024 * 1024 / 80;
        String headerLast = headerLast(0, "SUCCESS", count);
        String headerFirst = instanceList(count);
        for (String bytes : List.of(headerLast, headerFirst)) {
            String where = bytes == headerLast ? "header last" : "header first";
            for (boolean inChunks : new boolean[] {false, true}) {
                CountingReaders.Header headers = new CountingReaders.Header(HeaderReaders.load());
                CountingReaders.Response responses = new CountingReaders.Response(RESPONSES);
                server.respond(inChunks ? chunked(bytes, 16 * 1024) : json(bytes));
                assertEquals(count, counted(headers).send(list(), responses, InstanceList.class).instances().size());
                assertEquals(1, responses.passes.get(), where);
                assertEquals(bytes.length(), responses.bytes.get(), "the pass reads the whole body once");
                if (bytes == headerLast) {
                    assertTrue(headers.bytes.get() < 3 * ComputeBodyHandlers.RESPONSE_HEADER_SEARCH,
                            "the search read " + headers.bytes + " bytes in " + headers.reads + " attempts");
                } else {
                    assertEquals(1, headers.reads.get(), "one attempt finds a header that comes first");
                    assertTrue(headers.bytes.get() <= ComputeBodyHandlers.RESPONSE_HEADER_SEARCH, headers.bytes::toString);
                }
            }
        }
        if (mebibytes == 1) {
            // body(...) on the same header-last body: its search has no bound, and reads the body at least once more.
            CountingReaders.Header headers = new CountingReaders.Header(HeaderReaders.load());
            server.respond(json(headerLast));
            assertEquals(count, counted(headers).send(list(), InstanceList.MAPPING).instances().size());
            assertTrue(headers.bytes.get() >= headerLast.length(), headers.bytes::toString);
        }
    }
}
