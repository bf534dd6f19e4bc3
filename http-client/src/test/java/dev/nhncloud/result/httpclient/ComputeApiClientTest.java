package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.APPKEY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.BAD_GATEWAY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.body;
import static dev.nhncloud.result.httpclient.FakeComputeApi.header;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instances;
import static dev.nhncloud.result.httpclient.FakeComputeApi.json;
import static dev.nhncloud.result.httpclient.FakeComputeApi.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.nhncloud.result.ApiFamily;
import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.Kind;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.Remedy;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The client against the loopback server: every code family, both ways of sending, and what failures say. */
class ComputeApiClientTest {

    private static final String TOKEN = "gAAAAAB-secret-token-never-logged";
    private static FakeComputeApi server;
    private static ComputeApiClient api;

    @BeforeAll
    static void start() throws IOException {
        server = new FakeComputeApi();
        api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String maskedUri(String path) {
        return server.uri(path).toString().replace(APPKEY, "***");
    }

    @Test
    void aSuccessReturnsTheMappedBodyOrTheHeader() throws Exception {
        server.respond(instances(2));
        HttpRequest request = server.listInstances(TOKEN);
        assertEquals(2, api.send(request, InstanceList.MAPPING).instances().size());
        assertEquals(ResultHeader.of(true, 0, "SUCCESS"), api.send(request));
        assertEquals(2, api.sendAsync(request, InstanceList.MAPPING).get().instances().size());
        assertTrue(api.sendAsync(request).get().succeeded());
    }

    /** The fixed codes, every family's documented statuses around the remedies, an undocumented 5xx, unknown codes. */
    static Stream<Integer> everyCodeFamily() {
        List<Integer> codes = new ArrayList<>(List.of(-1, -2, -3, -4, -5, -6, -7, -8, 20001, 20004, 12345, 99404, 1));
        for (ApiFamily family : ApiFamily.values()) {
            IntStream.of(400, 401, 403, 404, 408, 409, 429, 499, 500, 503)
                    .forEach(status -> codes.add(family.prefix() * 1000 + status));
        }
        return codes.stream();
    }

    @ParameterizedTest
    @MethodSource("everyCodeFamily")
    void aFailedHeaderIsAComputeApiExceptionThatNamesTheRequest(int code) throws Exception {
        server.respond(header(code, "refused: " + code));
        HttpRequest request = server.listInstances(TOKEN);
        boolean apiError = code >= 10_000 && code != 20001 && code != 20004 && ApiFamily.ofPrefix(code / 1000).isPresent();
        int status = code % 1000;
        boolean credentials = code == -3 || apiError && (status == 401 || status == 403);
        boolean retry = apiError && (status == 408 || status == 429 || status >= 500);

        List<ComputeApiException> failures = List.of(
                assertThrows(ComputeApiException.class, () -> api.send(request, InstanceList.MAPPING)),
                assertThrows(ComputeApiException.class, () -> api.send(request)),
                (ComputeApiException) assertThrows(ExecutionException.class,
                        () -> api.sendAsync(request, InstanceList.MAPPING).get()).getCause(),
                (ComputeApiException) assertThrows(CompletionException.class, () -> api.sendAsync(request).join()).getCause());
        for (ComputeApiException failure : failures) {
            FailedRequestException failed = assertInstanceOf(FailedRequestException.class, failure);
            assertEquals(code, failed.header().resultCode());
            assertEquals(apiError ? Kind.API_ERROR : failed.kind(), failed.kind());
            assertEquals(credentials, failed.code().requiresCredentials(), "requiresCredentials of " + code);
            assertEquals(credentials, failed.remedy() == Remedy.CHECK_CREDENTIALS);
            assertEquals(retry, failed.code().retryable(), "retryable of " + code);
            assertEquals(retry, RetryAdvice.defaults().test(failed));
            assertEquals("GET", failed.method());
            assertEquals(maskedUri("/instances"), failed.uri());
            assertTrue(failed.getMessage().startsWith("GET " + maskedUri("/instances") + ": resultCode " + code + " "),
                    failed.getMessage());
            if (apiError) {
                assertEquals(status, failed.code().httpStatus().getAsInt());
                assertTrue(failed.getMessage().contains(" HTTP " + status), failed.getMessage());
                assertEquals(ApiFamily.ofPrefix(code / 1000), failed.code().api());
            }
        }
    }

    /** A header that contradicts itself is a failure either way (fail closed). */
    @Test
    void anInconsistentHeaderIsAFailure() {
        server.respond(json("{\"header\":{\"isSuccessful\":true,\"resultCode\":10404,\"resultMessage\":\"?\"}}"));
        HttpRequest request = server.listInstances(TOKEN);
        assertFalse(assertThrows(ComputeApiException.class, () -> api.send(request, InstanceList.MAPPING)).header().isConsistent());
        server.respond(json("{\"header\":{\"isSuccessful\":false,\"resultCode\":0,\"resultMessage\":\"?\"}}"));
        ComputeApiException failure = assertThrows(ComputeApiException.class, () -> api.send(request));
        assertEquals(Remedy.CONTACT_SUPPORT, failure.remedy());
    }

    /** send throws each failure as itself, not inside the plain IOException of HttpClient.send. */
    @Test
    void sendThrowsEachFailureAsItself() {
        HttpRequest request = server.listInstances(TOKEN);
        server.respond(page(502, "text/html", BAD_GATEWAY));
        assertEquals(502, assertThrows(UnexpectedResponseException.class, () -> api.send(request, InstanceList.MAPPING)).statusCode());
        server.respond(json("[]"));
        assertEquals(Reason.NOT_AN_OBJECT, assertThrows(MalformedResponseException.class, () -> api.send(request)).reason());
        server.respond(json(body(0, "SUCCESS", ",\"instances\":3")));
        assertThrows(MismatchedInputException.class, () -> api.send(request, InstanceList.MAPPING));
        server.respond(FakeComputeApi.cutOff(FakeComputeApi.instanceList(3), 10));
        IOException cut = assertThrows(IOException.class, () -> api.send(request));
        assertFalse(cut instanceof UnexpectedResponseException, cut::toString);
    }

    @Test
    void sendAsyncFailsWithEachFailureItself() {
        HttpRequest request = server.listInstances(TOKEN);
        server.respond(page(503, "text/plain", "Service Unavailable"));
        UnexpectedResponseException unexpected = assertInstanceOf(UnexpectedResponseException.class,
                assertThrows(ExecutionException.class, () -> api.sendAsync(request).get()).getCause());
        assertTrue(RetryAdvice.defaults().test(unexpected));
        server.respond(json("{}"));
        assertInstanceOf(MalformedResponseException.class,
                assertThrows(CompletionException.class, () -> api.sendAsync(request, InstanceList.MAPPING).join()).getCause());
    }

    /**
     * The messages of every failure name the method, the URI with the appkey masked and the query
     * left out, the status and the code, and never the token, the request body or the query.
     */
    @Test
    void messagesNameTheCallAndNoSecret() {
        URI uri = URI.create(server.uri("/instances").toString().replace("http://", "http://admin:hunter2@")
                + "?token=q-secret&name=web#frag");
        HttpRequest request = HttpRequest.newBuilder(uri).header("X-Auth-Token", TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"auth\":{\"password\":\"body-secret\"}}")).build();
        String masked = maskedUri("/instances") + "?\u2026";
        List<Throwable> failures = new ArrayList<>();

        server.respond(header(-4, "Invalid parameters: name"));
        failures.add(assertThrows(ComputeApiException.class, () -> api.send(request, InstanceList.MAPPING)));
        server.respond(page(502, "text/html", BAD_GATEWAY));
        failures.add(assertThrows(UnexpectedResponseException.class, () -> api.send(request)));
        server.respond(page(200, "text/html", BAD_GATEWAY));
        failures.add(assertThrows(UnexpectedResponseException.class, () -> api.send(request)));
        server.respond(json("{\"header\":{\"isSuccessful\":\"yes\"}}"));
        failures.add(assertThrows(MalformedResponseException.class, () -> api.send(request)));

        assertEquals("POST " + masked + ": resultCode -4 INVALID_PARAMETERS (remedy FIX_REQUEST): \"Invalid parameters: name\"",
                failures.get(0).getMessage());
        assertEquals("POST " + masked + ": HTTP 502 with content type text/html is not a Compute API answer: the API answers"
                + " every call with HTTP 200 and a JSON header; the body was not read", failures.get(1).getMessage());
        for (Throwable failure : failures) {
            String shown = failure.toString();
            assertTrue(shown.contains("POST " + masked), shown);
            for (String secret : List.of(APPKEY, TOKEN, "body-secret", "q-secret", "hunter2", "admin", "frag", "name=web")) {
                assertFalse(shown.contains(secret), secret + " in " + shown);
            }
        }
    }

    /**
     * The application's request body publisher throws an unchecked exception (its stream
     * supplier, a read, a subscription): the call fails with an IOException, which
     * {@code catch (IOException)} catches, with the exception as its cause, for send and sendAsync.
     */
    @Test
    void anUncheckedExceptionOfTheBodyPublisherIsAnIOException() {
        server.respond(header(0, "SUCCESS"));
        List<HttpRequest.BodyPublisher> publishers = List.of(
                HttpRequest.BodyPublishers.ofInputStream(() -> {
                    throw new java.io.UncheckedIOException(new IOException("no such file"));
                }),
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                    @Override
                    public int read() {
                        throw new IllegalStateException("closed by the application");
                    }
                }),
                HttpRequest.BodyPublishers.fromPublisher(subscriber -> {
                    throw new IllegalArgumentException("refused by the application's publisher");
                }));
        for (HttpRequest.BodyPublisher publisher : publishers) {
            HttpRequest request = HttpRequest.newBuilder(server.uri("/instances")).header("X-Auth-Token", TOKEN).POST(publisher).build();
            IOException thrown = assertThrows(IOException.class, () -> api.send(request));
            assertInstanceOf(RuntimeException.class, Failures.unwrap(thrown), thrown::toString);
            assertFalse(RetryAdvice.defaults().test(thrown));
            IOException async = assertInstanceOf(IOException.class,
                    assertThrows(ExecutionException.class, () -> api.sendAsync(request, InstanceList.MAPPING).get()).getCause());
            assertInstanceOf(RuntimeException.class, Failures.unwrap(async), async::toString);
        }
    }

    /** Servers that merge slashes read the appkey after an empty segment: it is masked there too. */
    @Test
    void anAppkeyAfterADoubleSlashIsMasked() {
        server.respond(header(-4, "Invalid parameters"));
        URI uri = URI.create(server.uri("").toString().replace("/appkeys/", "/appkeys//") + "/instances");
        HttpRequest request = HttpRequest.newBuilder(uri).header("X-Auth-Token", TOKEN).build();
        FailedRequestException failed = assertThrows(FailedRequestException.class, () -> api.send(request));
        assertFalse(failed.getMessage().contains(APPKEY), failed.getMessage());
        assertTrue(failed.uri().endsWith("/appkeys//***/instances"), failed.uri());
    }

    /** Retry-After of a proxy's page and of the API's own answer reach the exceptions. */
    @Test
    void retryAfterIsKept() {
        HttpRequest request = server.listInstances(TOKEN);
        server.respond(FakeComputeApi.withHeader("Retry-After", "120", page(503, "text/html", "<html>maintenance</html>")));
        UnexpectedResponseException unavailable = assertThrows(UnexpectedResponseException.class, () -> api.send(request));
        assertEquals(java.time.Duration.ofSeconds(120), unavailable.retryAfter().orElseThrow());
        assertTrue(unavailable.getMessage().endsWith("; Retry-After 120 s"), unavailable.getMessage());
        server.respond(FakeComputeApi.withHeader("Retry-After", "3", header(10429, "Too many requests")));
        FailedRequestException busy = assertThrows(FailedRequestException.class, () -> api.send(request, InstanceList.MAPPING));
        assertEquals(java.time.Duration.ofSeconds(3), busy.retryAfter().orElseThrow());
        server.respond(header(10429, "Too many requests"));
        assertTrue(assertThrows(FailedRequestException.class, () -> api.send(request)).retryAfter().isEmpty());
    }

    @Test
    void theHandlersAreTheClients() {
        assertSame(api.handlers(), api.handlers());
        assertEquals("jackson", api.handlers().reader().binding());
    }
}
