package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.APPKEY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.BAD_GATEWAY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.body;
import static dev.nhncloud.result.httpclient.FakeComputeApi.chunked;
import static dev.nhncloud.result.httpclient.FakeComputeApi.cutOff;
import static dev.nhncloud.result.httpclient.FakeComputeApi.header;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instanceList;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instances;
import static dev.nhncloud.result.httpclient.FakeComputeApi.json;
import static dev.nhncloud.result.httpclient.FakeComputeApi.page;
import static dev.nhncloud.result.httpclient.FakeComputeApi.slow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.Kind;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The body handlers with the JDK's {@code HttpClient.send} against a loopback server, as an
 * application uses them without {@link ComputeApiClient}; also what {@code send} itself does
 * with a handler's failure.
 */
class ComputeBodyHandlersTest {

    private static final ComputeBodyHandlers HANDLERS = ComputeBodyHandlers.of(HeaderReaders.load());
    private static FakeComputeApi server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        server = new FakeComputeApi();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpRequest list() {
        return server.listInstances("token-of-the-test");
    }

    private static ResultHeader readHeader(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HANDLERS.header(request)).body();
    }

    private static InstanceList readList(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HANDLERS.body(request, InstanceList.MAPPING)).body();
    }

    @Test
    void theHeaderHandlerCompletesWithTheHeaderOfASuccess() throws Exception {
        server.respond(instances(3));
        assertEquals(ResultHeader.of(true, 0, "SUCCESS"), readHeader(list()));
    }

    @Test
    void theHeaderHandlerCompletesWithAFailedHeaderAsAValue() throws Exception {
        server.respond(header(10404, "Instance not found"));
        ResultHeader header = readHeader(list());
        assertFalse(header.succeeded());
        assertEquals(404, header.code().httpStatus().getAsInt());
    }

    @Test
    void theBodyHandlerMapsTheWholeBodyAfterASuccess() throws Exception {
        server.respond(instances(3));
        InstanceList list = readList(list());
        assertEquals(ResultHeader.of(true, 0, "SUCCESS"), list.header());
        assertEquals(3, list.instances().size());
        assertEquals("web-2", list.instances().get(2).name());
    }

    /**
     * What the JDK does with a body handler's failure, checked in HttpClientImpl.send (JDK 17
     * and 25): a RuntimeException becomes the cause of a plain IOException with its message.
     * This is why ComputeApiClient exists.
     */
    @Test
    void sendWrapsAFailedHeaderInAPlainIOExceptionAndNeverMaps() {
        server.respond(header(-4, "Invalid parameters: limit must be positive"));
        AtomicBoolean mapped = new AtomicBoolean();
        HttpRequest request = list();
        IOException thrown = assertThrows(IOException.class, () -> client.send(request, HANDLERS.body(request, body -> {
            mapped.set(true);
            return body;
        })));
        assertSame(IOException.class, thrown.getClass());
        FailedRequestException failure = assertInstanceOf(FailedRequestException.class, thrown.getCause());
        assertEquals(failure.getMessage(), thrown.getMessage());
        assertEquals(Kind.INVALID_PARAMETERS, failure.kind());
        assertFalse(mapped.get(), "the mapping runs only after a successful header");
    }

    /** Even an IOException subclass of the handler's reaches send callers inside a plain IOException. */
    @Test
    void sendWrapsTheSdksIOExceptionSubclassToo() {
        server.respond(page(502, "text/html", BAD_GATEWAY));
        IOException thrown = assertThrows(IOException.class, () -> readHeader(list()));
        assertSame(IOException.class, thrown.getClass());
        assertInstanceOf(UnexpectedResponseException.class, thrown.getCause());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 64, 1000, 8192})
    void chunkedBodiesOfEveryChunkSize(int size) throws Exception {
        server.respond(chunked(instanceList(40), size));
        assertTrue(readHeader(list()).succeeded());
        assertEquals(40, readList(list()).instances().size());
        server.respond(chunked(body(10429, "Too many requests", ""), size));
        ComputeApiException failure = assertInstanceOf(ComputeApiException.class,
                assertThrows(IOException.class, () -> readList(list())).getCause());
        assertTrue(failure.code().retryable());
    }

    @Test
    void aSlowBodyArrivingByteByByte() throws Exception {
        server.respond(slow(instanceList(1)));
        assertTrue(readHeader(list()).succeeded());
        assertEquals("web-0", readList(list()).instances().get(0).name());
    }

    /** A connection dropped before the header is complete is an I/O failure, not malformed JSON. */
    @Test
    void aBodyCutOffBeforeTheHeaderEndsIsAnIOException() {
        server.respond(cutOff(instanceList(5), 30));
        for (IOException thrown : new IOException[] {
                assertThrows(IOException.class, () -> readHeader(list())),
                assertThrows(IOException.class, () -> readList(list()))}) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                assertFalse(cause instanceof MalformedResponseException || cause instanceof ComputeApiException, cause::toString);
            }
        }
    }

    /** Cut off after the header: the header is all the header handler needs; the mapping needs the rest. */
    @Test
    void aBodyCutOffAfterTheHeader() throws Exception {
        String body = instanceList(50);
        server.respond(cutOff(body, body.length() / 2));
        assertTrue(readHeader(list()).succeeded());
        IOException thrown = assertThrows(IOException.class, () -> readList(list()));
        assertFalse(thrown.getCause() instanceof MalformedResponseException, thrown::toString);
    }

    /** A proxy's 502 page: a clear error naming the status and type, never MALFORMED_JSON. */
    @Test
    void aBadGatewayPageNamesTheStatusAndType() {
        server.respond(page(502, "text/html; charset=utf-8", BAD_GATEWAY));
        for (IOException thrown : new IOException[] {
                assertThrows(IOException.class, () -> readHeader(list())),
                assertThrows(IOException.class, () -> readList(list()))}) {
            UnexpectedResponseException unexpected = assertInstanceOf(UnexpectedResponseException.class, thrown.getCause());
            assertEquals(502, unexpected.statusCode());
            assertEquals("text/html; charset=utf-8", unexpected.contentType().orElseThrow());
            assertEquals(null, unexpected.getCause(), "the body is not read as JSON");
            assertEquals("GET " + server.uri("/instances").toString().replace(APPKEY, "***")
                    + ": HTTP 502 with content type text/html; charset=utf-8 is not a Compute API answer: the API answers"
                    + " every call with HTTP 200 and a JSON header; the body was not read", unexpected.getMessage());
        }
    }

    /** Even a JSON header is not read from a status other than 200: the API does not answer that way. */
    @Test
    void aStatusOtherThan200IsNotReadEvenWhenItIsJson() {
        server.respond(exchange -> {
            byte[] bytes = body(-3, "Permission denied", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(401, bytes.length);
            exchange.getResponseBody().write(bytes);
        });
        UnexpectedResponseException unexpected = assertInstanceOf(UnexpectedResponseException.class,
                assertThrows(IOException.class, () -> readHeader(list())).getCause());
        assertEquals(401, unexpected.statusCode());
    }

    @Test
    void anHtmlPageWithStatus200IsUnexpectedNotMalformed() {
        server.respond(page(200, "text/html", "<html><body>Please sign in to the Wi-Fi</body></html>"));
        UnexpectedResponseException unexpected = assertInstanceOf(UnexpectedResponseException.class,
                assertThrows(IOException.class, () -> readHeader(list())).getCause());
        assertEquals(200, unexpected.statusCode());
        assertTrue(unexpected.getMessage().contains("HTTP 200 with content type text/html has no readable result header: MALFORMED_JSON"),
                unexpected.getMessage());
        assertEquals(Reason.MALFORMED_JSON, assertInstanceOf(MalformedResponseException.class, unexpected.getCause()).reason());
    }

    /** JSON, or an undeclared type, without a header is the API's malformed answer; the message names the request. */
    @Test
    void aJsonAnswerWithoutAHeaderIsMalformedAndNamesTheRequest() {
        server.respond(json("{\"instances\":[]}"));
        MalformedResponseException malformed = assertInstanceOf(MalformedResponseException.class,
                assertThrows(IOException.class, () -> readList(list())).getCause());
        assertEquals(Reason.MISSING_HEADER, malformed.reason());
        assertEquals("MISSING_HEADER: GET " + server.uri("/instances").toString().replace(APPKEY, "***")
                + ": HTTP 200 with content type application/json;charset=UTF-8: root: the object ends without a \"header\""
                + " member at line 1, column 16 (byte offset 15)", malformed.getMessage());

        server.respond(page(200, null, ""));
        assertEquals(Reason.EMPTY_INPUT, assertInstanceOf(MalformedResponseException.class,
                assertThrows(IOException.class, () -> readHeader(list())).getCause()).reason());
    }

    /**
     * A gzip-encoded body, which the JDK's client does not decode: the encoding is named, at
     * the response headers, not reported as MALFORMED_JSON at U+001F. Without the header, the
     * gzip magic in a body that is no JSON is named too.
     */
    @Test
    void aGzipBodyIsNamedAsSuch() throws Exception {
        byte[] gzipped = gzip(instanceList(3));
        server.respond(FakeComputeApi.withHeader("Content-Encoding", "gzip", FakeComputeApi.bytes("application/json", gzipped)));
        for (IOException thrown : new IOException[] {
                assertThrows(IOException.class, () -> readHeader(list())),
                assertThrows(IOException.class, () -> readList(list()))}) {
            UnexpectedResponseException unexpected = assertInstanceOf(UnexpectedResponseException.class, thrown.getCause());
            assertEquals("GET " + server.uri("/instances").toString().replace(APPKEY, "***") + ": HTTP 200 with content type"
                    + " application/json and content encoding gzip cannot be read: java.net.http.HttpClient does not decode"
                    + " content encodings, and the header is read from the body as it arrives; the body was not read (send no"
                    + " Accept-Encoding header)", unexpected.getMessage());
        }
        server.respond(FakeComputeApi.withHeader("Content-Encoding", "identity", FakeComputeApi.bytes("application/json",
                instanceList(1).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertTrue(readHeader(list()).succeeded());

        server.respond(FakeComputeApi.bytes("application/json", gzipped));
        UnexpectedResponseException undeclared = assertInstanceOf(UnexpectedResponseException.class,
                assertThrows(IOException.class, () -> readHeader(list())).getCause());
        assertTrue(undeclared.getMessage().contains("the body starts as gzip data does (1F 8B), though the response declares no"
                + " content encoding: MALFORMED_JSON"), undeclared.getMessage());
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /**
     * A body declared ISO-8859-1 with a byte that is not UTF-8: the charset is named, not
     * "invalid UTF-8". Declared so but ASCII, it reads as UTF-8 does.
     */
    @Test
    void aBodyInAnotherCharsetIsNamedAsSuch() throws Exception {
        byte[] latin1 = body(10404, "Instance introuvable: caf\u00e9", "").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        server.respond(FakeComputeApi.bytes("application/json; charset=ISO-8859-1", latin1));
        UnexpectedResponseException unexpected = assertInstanceOf(UnexpectedResponseException.class,
                assertThrows(IOException.class, () -> readHeader(list())).getCause());
        assertTrue(unexpected.getMessage().contains("HTTP 200 with content type application/json; charset=ISO-8859-1 has no"
                + " readable result header: the body is declared in charset ISO-8859-1, and the SDK reads UTF-8, which the API"
                + " answers in and JSON requires: MALFORMED_JSON"), unexpected.getMessage());
        assertEquals(Reason.MALFORMED_JSON, assertInstanceOf(MalformedResponseException.class, unexpected.getCause()).reason());

        server.respond(FakeComputeApi.bytes("application/json; charset=\"iso-8859-1\"",
                body(10404, "Instance not found", "").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertEquals(10404, readHeader(list()).resultCode());
        server.respond(FakeComputeApi.bytes("application/json; charset=utf-8", latin1));
        assertEquals(Reason.MALFORMED_JSON, assertInstanceOf(MalformedResponseException.class,
                assertThrows(IOException.class, () -> readHeader(list())).getCause()).reason(), "a UTF-8 body that is not");
    }

    /** With validateDocument the whole body is read, so trailing data is found even by the header handler. */
    @Test
    void theReadersOptionsApply() {
        ComputeBodyHandlers strict = ComputeBodyHandlers.of(HeaderReaders.load(ReadOptions.builder().validateDocument(true).build()));
        server.respond(chunked(instanceList(20) + " {}", 100));
        HttpRequest request = list();
        MalformedResponseException malformed = assertInstanceOf(MalformedResponseException.class,
                assertThrows(IOException.class, () -> client.send(request, strict.header(request))).getCause());
        assertEquals(Reason.TRAILING_DATA, malformed.reason());
    }

    /** The application's mapping failure is the outcome, as it threw it. */
    @Test
    void aMappingFailureIsTheOutcome() {
        server.respond(json(body(0, "SUCCESS", ",\"instances\":{\"not\":\"a list\"}")));
        IOException thrown = assertThrows(IOException.class, () -> readList(list()));
        assertInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class, thrown.getCause());
    }

    /**
     * Only the header is wanted: the transfer of a large list is stopped soon after it. The server
     * sees its writes fail before the end of the list.
     */
    @Test
    void aLargeListIsNotTransferredWhenOnlyTheHeaderIsWanted() throws Exception {
        FakeComputeApi.LargeList large = new FakeComputeApi.LargeList(500_000);
        server.respond(large);
        assertTrue(readHeader(list()).succeeded());
        assertFalse(large.finished.get(60, TimeUnit.SECONDS), "the server wrote the whole list");
        assertTrue(large.written.get() < large.length, large.written + " of " + large.length);
    }

    @Test
    void aLargeListIsMappedWholeWhenTheBodyIsWanted() throws Exception {
        FakeComputeApi.LargeList large = new FakeComputeApi.LargeList(200_000);
        server.respond(large);
        InstanceList list = readList(list());
        assertEquals(200_000, list.instances().size());
        assertEquals("web-199999", list.instances().get(199_999).name());
        assertTrue(large.finished.get(60, TimeUnit.SECONDS));
    }

    /** The small rest of a body is read after the header, so the connection is reused, not closed. */
    @Test
    void aSmallBodyKeepsItsConnection() throws Exception {
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        server.respond(instances(20));
        int before = server.seen().size();
        for (int i = 0; i < 3; i++) {
            HttpRequest request = list();
            assertTrue(fresh.send(request, HANDLERS.header(request)).body().succeeded());
        }
        var ports = server.seen().subList(before, before + 3).stream().map(FakeComputeApi.Seen::clientPort).distinct().count();
        assertEquals(1, ports, "one connection for three calls");
    }
}
