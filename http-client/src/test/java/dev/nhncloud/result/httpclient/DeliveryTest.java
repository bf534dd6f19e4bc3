package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The outcome is delivered as soon as it is decided, whatever the server does next: each
 * server here sends the response headers and the first bytes of a body, then stalls for a
 * minute without closing. The bound asserted is the arrival of those bytes plus a generous
 * margin: a statement that the call does not hang, not a measure of speed.
 */
class DeliveryTest {

    /** Far more than delivery takes, far less than the stall. */
    private static final Duration MARGIN = Duration.ofSeconds(3);
    private static final ComputeBodyHandlers HANDLERS = ComputeBodyHandlers.of(HeaderReaders.load());
    private static final ResponseReader RESPONSES = InstanceList.RESPONSES;
    private static FakeComputeApi server;
    private static HttpClient client;
    private static ComputeApiClient api;

    @BeforeAll
    static void start() throws IOException {
        server = new FakeComputeApi();
        client = HttpClient.newHttpClient();
        api = ComputeApiClient.of(client, HeaderReaders.load());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpRequest list() {
        return server.listInstances("t");
    }

    /** A header, then the start of an instance list that never ends. */
    private static String headerThenMore(int code, String message) {
        String start = body(code, message, ",\"instances\":[" + String.format(FakeComputeApi.INSTANCE, 0, 0) + ",");
        return start.substring(0, start.length() - 1);
    }

    /** Runs the call against a fresh stall and asserts that it ended within the margin after the stall's first bytes. */
    private static void endsSoonAfterTheFirstBytes(FakeComputeApi.Stall stall, Executable call) throws Throwable {
        server.respond(stall);
        call.execute();
        long ended = System.nanoTime();
        Duration after = Duration.ofNanos(ended - stall.flushedAt.get(10, TimeUnit.SECONDS));
        assertTrue(after.compareTo(MARGIN) < 0, "the result came " + after + " after the first bytes");
    }

    @Test
    void theHeaderHandlerCompletesAtTheHeaderThoughTheBodyStalls() throws Throwable {
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after(headerThenMore(0, "SUCCESS")),
                () -> assertTrue(client.send(list(), HANDLERS.header(list())).body().succeeded()));
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after(headerThenMore(10404, "Instance not found")),
                () -> assertEquals(10404, client.send(list(), HANDLERS.header(list())).body().resultCode()));
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after(headerThenMore(0, "SUCCESS")),
                () -> assertTrue(api.send(list()).succeeded()));
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after(headerThenMore(0, "SUCCESS")),
                () -> assertTrue(api.sendAsync(list()).get(30, TimeUnit.SECONDS).succeeded()));
    }

    /** The same with a declared length that the stalled body never reaches. */
    @Test
    void theHeaderHandlerCompletesAtTheHeaderOfABodyWithALength() throws Throwable {
        String first = headerThenMore(0, "SUCCESS");
        endsSoonAfterTheFirstBytes(new FakeComputeApi.Stall(200, "application/json", first, first.length() + 10_000),
                () -> assertEquals(ResultHeader.of(true, 0, "SUCCESS"), api.send(list())));
    }

    @Test
    void aFailedHeaderFailsTheBodyHandlerAtTheHeader() throws Throwable {
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after(headerThenMore(10429, "Too many requests")), () -> {
            IOException thrown = assertThrows(IOException.class, () -> client.send(list(), HANDLERS.body(list(), InstanceList.MAPPING)));
            assertEquals(10429, assertInstanceOf(FailedRequestException.class, thrown.getCause()).header().resultCode());
        });
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after(headerThenMore(-3, "Permission denied")),
                () -> assertThrows(FailedRequestException.class, () -> api.send(list(), InstanceList.MAPPING)));
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after(headerThenMore(-5, "Nonexistent")), () -> assertInstanceOf(
                FailedRequestException.class, assertThrows(ExecutionException.class,
                        () -> api.sendAsync(list(), InstanceList.MAPPING).get(30, TimeUnit.SECONDS)).getCause()));
    }

    /**
     * The one pass keeps the early refusal: a failed header that comes first is refused as soon
     * as it has arrived, though the body stalls, and the reader's pass never runs.
     */
    @Test
    void aFailedHeaderFailsTheOnePassAtTheHeader() throws Throwable {
        CountingReaders.Response responses = new CountingReaders.Response(RESPONSES);
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after(headerThenMore(10429, "Too many requests")), () -> {
            IOException thrown = assertThrows(IOException.class,
                    () -> client.send(list(), HANDLERS.response(list(), responses, InstanceList.class)));
            assertEquals(10429, assertInstanceOf(FailedRequestException.class, thrown.getCause()).header().resultCode());
        });
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after(headerThenMore(-3, "Permission denied")),
                () -> assertThrows(FailedRequestException.class, () -> api.send(list(), responses, InstanceList.class)));
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after(headerThenMore(-5, "Nonexistent")), () -> assertInstanceOf(
                FailedRequestException.class, assertThrows(ExecutionException.class,
                        () -> api.sendAsync(list(), responses, InstanceList.class).get(30, TimeUnit.SECONDS)).getCause()));
        String first = headerThenMore(-4, "Invalid parameters");
        endsSoonAfterTheFirstBytes(new FakeComputeApi.Stall(200, "application/json", first, first.length() + 10_000),
                () -> assertThrows(FailedRequestException.class, () -> api.send(list(), responses, InstanceList.class)));
        assertEquals(0, responses.passes.get(), "the pass ran");
    }

    /** A 502 whose page stalls: the status decides, at the response headers. */
    @Test
    void aBadGatewayWhoseBodyStallsFailsAtTheStatus() throws Throwable {
        for (long length : new long[] {0, 50_000}) {
            endsSoonAfterTheFirstBytes(new FakeComputeApi.Stall(502, "text/html", "<html><head>", length), () -> {
                assertEquals(502, assertThrows(UnexpectedResponseException.class, () -> api.send(list(), InstanceList.MAPPING)).statusCode());
            });
            endsSoonAfterTheFirstBytes(new FakeComputeApi.Stall(502, "text/html", "<html><head>", length), () -> {
                IOException thrown = assertThrows(IOException.class, () -> client.send(list(), HANDLERS.header(list())));
                assertEquals(502, assertInstanceOf(UnexpectedResponseException.class, thrown.getCause()).statusCode());
            });
        }
    }

    /**
     * A successful header, then a stall, when the whole body is wanted: the JDK stops counting
     * the request's timeout at the response headers; the handler counts it again and fails.
     */
    @Test
    void aStalledBodyAfterASuccessfulHeaderFailsAtTheRequestsTimeout() throws Throwable {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/instances")).header("X-Auth-Token", "t")
                .timeout(Duration.ofSeconds(1)).GET().build();
        FakeComputeApi.Stall stall = FakeComputeApi.Stall.after(headerThenMore(0, "SUCCESS"));
        endsSoonAfterTheFirstBytes(stall, () -> {
            HttpTimeoutException timeout = assertThrows(HttpTimeoutException.class, () -> api.send(request, InstanceList.MAPPING));
            assertTrue(timeout.getMessage().startsWith("GET " + server.uri("/instances").toString().replace(FakeComputeApi.APPKEY, "***")
                    + ": HTTP 200: the body did not arrive within the request's timeout of PT1S"), timeout.getMessage());
        });
        long waited = System.nanoTime() - stall.flushedAt.get();
        assertTrue(waited >= Duration.ofMillis(500).toNanos(), "failed long before the timeout");

        // The one pass counts it so too.
        FakeComputeApi.Stall again = FakeComputeApi.Stall.after(headerThenMore(0, "SUCCESS"));
        endsSoonAfterTheFirstBytes(again, () -> {
            HttpTimeoutException timeout = assertThrows(HttpTimeoutException.class, () -> api.send(request, RESPONSES, InstanceList.class));
            assertTrue(timeout.getMessage().contains("the body did not arrive within the request's timeout of PT1S"), timeout.getMessage());
        });
        assertTrue(System.nanoTime() - again.flushedAt.get() >= Duration.ofMillis(500).toNanos(), "failed long before the timeout");

        // The raw handler, and a stall before the header is complete (HttpClient.send throws a timeout as a timeout).
        endsSoonAfterTheFirstBytes(FakeComputeApi.Stall.after("{\"header\":{\"isSuccessful\":tr"), () -> {
            HttpTimeoutException thrown = assertThrows(HttpTimeoutException.class, () -> client.send(request, HANDLERS.header(request)));
            assertTrue(thrown.getMessage().contains("the body did not arrive within the request's timeout of PT1S"), thrown.getMessage());
        });
    }

    /** A small body of known length that has wholly arrived keeps its connection: the next call at once reuses it. */
    @Test
    void aSmallBodyOfKnownLengthKeepsItsConnection() throws Exception {
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ComputeApiClient freshApi = ComputeApiClient.of(fresh, HeaderReaders.load());
        server.respond(FakeComputeApi.instances(20));
        int before = server.seen().size();
        assertTrue(freshApi.send(list()).succeeded());
        assertEquals(20, freshApi.send(list(), InstanceList.MAPPING).instances().size());
        server.respond(FakeComputeApi.header(10404, "Instance not found"));
        assertThrows(FailedRequestException.class, () -> freshApi.send(list(), InstanceList.MAPPING));
        assertThrows(FailedRequestException.class, () -> freshApi.send(list()));
        long ports = server.seen().subList(before, before + 4).stream().map(FakeComputeApi.Seen::clientPort).distinct().count();
        assertEquals(1, ports, "one connection for four calls");
        assertFalse(server.seen().isEmpty());
    }
}
