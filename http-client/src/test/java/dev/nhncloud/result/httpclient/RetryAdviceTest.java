package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.BAD_GATEWAY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.header;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instances;
import static dev.nhncloud.result.httpclient.FakeComputeApi.page;
import static dev.nhncloud.result.httpclient.FakeComputeApi.withHeader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.Kind;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ResultHeader;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retry advice: the rule by method and failure, Retry-After, the delays, the JDK's wrappers, and Resilience4j driving real calls. */
class RetryAdviceTest {

    private static final RetryAdvice ADVICE = RetryAdvice.defaults();
    private static final URI URI_OF_TEST = URI.create("https://h/v1.0/appkeys/k/instances");
    private static final List<String> IDEMPOTENT = List.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");
    private static final List<String> NOT_IDEMPOTENT = List.of("POST", "PATCH", "PURGE");

    private static RequestLine request(String method) {
        return RequestLine.of(HttpRequest.newBuilder(URI_OF_TEST).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private static Exchange exchange(String method, int status, String retryAfter) {
        Map<String, List<String>> headers = retryAfter == null ? Map.of("Content-Type", List.of("text/html"))
                : Map.of("Content-Type", List.of("text/html"), "Retry-After", List.of(retryAfter));
        return new Exchange(request(method), status, HttpHeaders.of(headers, (name, value) -> true), Instant.now());
    }

    private static FailedRequestException failed(String method, int code, String retryAfter) {
        return exchange(method, 200, retryAfter).failed(ResultHeader.of(false, code, ""));
    }

    private static UnexpectedResponseException status(String method, int status, String retryAfter) {
        return exchange(method, status, retryAfter).notReadable();
    }

    /** One kind of failure, made for a method, and whether it is retried for idempotent methods and for the others. */
    private record Failure(String name, Function<String, Throwable> make, boolean idempotent, boolean notIdempotent) {
    }

    private static final List<Failure> FAILURES = List.of(
            new Failure("connection refused", m -> new ConnectException("refused"), true, true),
            new Failure("connect timeout", m -> new HttpConnectTimeoutException("connect timed out"), true, true),
            new Failure("HTTP 408", m -> status(m, 408, null), true, false),
            new Failure("HTTP 429", m -> status(m, 429, null), true, true),
            new Failure("HTTP 429, Retry-After 60 s (over the maximum)", m -> status(m, 429, "60"), false, false),
            new Failure("HTTP 500", m -> status(m, 500, null), true, false),
            new Failure("HTTP 502", m -> status(m, 502, null), true, false),
            new Failure("HTTP 503", m -> status(m, 503, null), true, false),
            new Failure("HTTP 503, Retry-After 5 s", m -> status(m, 503, "5"), true, true),
            new Failure("HTTP 504", m -> status(m, 504, null), true, false),
            new Failure("HTTP 504, Retry-After 5 s", m -> status(m, 504, "5"), true, false),
            new Failure("HTTP 301", m -> status(m, 301, null), false, false),
            new Failure("HTTP 404", m -> status(m, 404, null), false, false),
            new Failure("code 10408", m -> failed(m, 10408, null), true, false),
            new Failure("code 10429", m -> failed(m, 10429, null), true, true),
            new Failure("code 10500", m -> failed(m, 10500, null), true, false),
            new Failure("code 10500, Retry-After 5 s", m -> failed(m, 10500, "5"), true, false),
            new Failure("code 10503", m -> failed(m, 10503, null), true, false),
            new Failure("code 10503, Retry-After 5 s", m -> failed(m, 10503, "5"), true, true),
            new Failure("code 10504", m -> failed(m, 10504, null), true, false),
            new Failure("code -2 (unknown exception)", m -> failed(m, -2, null), false, false),
            new Failure("code -3 (credentials)", m -> failed(m, -3, null), false, false),
            new Failure("code 10404", m -> failed(m, 10404, null), false, false),
            new Failure("request timeout", m -> new HttpTimeoutException("request timed out"), false, false),
            new Failure("connection reset", m -> new IOException("connection reset"), false, false),
            new Failure("malformed", m -> new MalformedResponseException(MalformedResponseException.Reason.MALFORMED_JSON, "x"), false, false));

    static Stream<Arguments> everyMethodAndFailure() {
        List<Arguments> cases = new ArrayList<>();
        for (Failure failure : FAILURES) {
            IDEMPOTENT.forEach(method -> cases.add(Arguments.of(method, failure.name(), failure.make().apply(method), failure.idempotent())));
            NOT_IDEMPOTENT.forEach(method -> cases.add(Arguments.of(method, failure.name(), failure.make().apply(method), failure.notIdempotent())));
        }
        return cases.stream();
    }

    /** Each method against each failure: the table of the class comment. */
    @ParameterizedTest(name = "{0} after {1}: retry {3}")
    @MethodSource("everyMethodAndFailure")
    void retriedByMethodAndFailure(String method, String failureName, Throwable failure, boolean expected) {
        assertEquals(expected, ADVICE.test(failure), method + " after " + failureName);
        // The same through the JDK's wrappers.
        assertEquals(expected, ADVICE.test(new CompletionException(new IOException("wrapped", failure))));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -2, -3, -4, -5, -6, -7, -8, 20001, 20004, 0, 12345,
                         10400, 10401, 10403, 10404, 10408, 10429, 10500, 10503, 50401, 40599, 24408})
    void aHeaderOfAnIdempotentCallIsRetriedExactlyWhenItsCodeIsRetryable(int code) {
        int status = code % 1000;
        boolean expected = code > 10_000 && code != 20001 && code != 20004 && code != 12345
                && (status == 408 || status == 429 || status >= 500);
        ResultHeader header = ResultHeader.of(false, code, "");
        assertEquals(expected, ADVICE.retryable("GET", header), "header " + code);
        assertEquals(expected, ADVICE.test(failed("GET", code, null)), "exception " + code);
        assertEquals(expected && status == 429, ADVICE.retryable("POST", header), "POST header " + code);
    }

    /** A ComputeApiException that does not say its request's method is advised as for a POST. */
    @Test
    void aFailureWithoutItsMethodIsAdvisedAsNotIdempotent() {
        assertFalse(ADVICE.test(new ComputeApiException(ResultHeader.of(false, 10503, ""))));
        assertFalse(ADVICE.test(new ComputeApiException(ResultHeader.of(false, 10504, ""))));
        assertTrue(ADVICE.test(new ComputeApiException(ResultHeader.of(false, 10429, ""))));
    }

    @Test
    void aSuccessIsNeverRetried() {
        assertFalse(ADVICE.retryable("GET", ResultHeader.of(true, 0, "SUCCESS")));
    }

    @Test
    void otherFailuresAndTheApplicationsOwnRule() {
        assertFalse(ADVICE.test(new IllegalStateException()));
        assertTrue(ADVICE.or(e -> e instanceof HttpTimeoutException).test(new HttpTimeoutException("idempotent")));
        // Only the JDK's wrappers: an application's own exception type is its own business.
        assertFalse(ADVICE.test(new IllegalStateException(failed("GET", 10503, null))));
    }

    /** Retry-After, as seconds or an HTTP date, is kept by both exceptions and honoured by delay. */
    @Test
    void retryAfterIsKeptAndHonoured() {
        UnexpectedResponseException unavailable = status("POST", 503, "7");
        assertEquals(Duration.ofSeconds(7), unavailable.retryAfter().orElseThrow());
        assertTrue(unavailable.getMessage().endsWith("; Retry-After 7 s"), unavailable.getMessage());
        FailedRequestException busy = failed("POST", 10503, "12");
        assertEquals(Duration.ofSeconds(12), busy.retryAfter().orElseThrow());
        assertTrue(busy.getMessage().endsWith("; Retry-After 12 s"), busy.getMessage());
        for (int retry = 1; retry <= 3; retry++) {
            assertTrue(ADVICE.delay(retry, unavailable).compareTo(Duration.ofSeconds(7)) >= 0);
            assertTrue(ADVICE.delay(retry, new IOException("wrapped", busy)).compareTo(Duration.ofSeconds(12)) >= 0);
        }
        // A longer back-off than the wait asked for stays.
        RetryAdvice slow = RetryAdvice.withBackoff(Duration.ofSeconds(20), Duration.ofSeconds(40));
        assertTrue(slow.delay(1, unavailable).compareTo(Duration.ofSeconds(10)) >= 0);

        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(120).atOffset(ZoneOffset.UTC));
        Duration dated = status("GET", 503, inTwoMinutes).retryAfter().orElseThrow();
        assertTrue(dated.compareTo(Duration.ofSeconds(110)) > 0 && dated.compareTo(Duration.ofSeconds(121)) <= 0, dated::toString);
        assertEquals(Duration.ZERO, status("GET", 503, "Sun, 06 Nov 1994 08:49:37 GMT").retryAfter().orElseThrow());
        assertEquals(Duration.ofDays(365), status("GET", 503, "99999999999999999999999").retryAfter().orElseThrow());
        assertTrue(status("GET", 503, "soon").retryAfter().isEmpty());
        assertTrue(status("GET", 503, "-5").retryAfter().isEmpty());
        assertFalse(ADVICE.test(status("GET", 503, "3600")), "a wait longer than the advice's maximum is reported, not waited for");
    }

    /** A real failure to connect, on loopback: nothing was sent, so it is retried, even for a POST. */
    @Test
    void aRefusedConnection() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1.0/appkeys/k/instances"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
        assertTrue(ADVICE.test(assertThrows(IOException.class, () -> api.send(request))));
    }

    @Test
    void delaysDoubleUpToTheMaximumWithJitter() {
        long[] ceilings = {1, 2, 4, 8, 16, 30, 30};
        for (int retry = 1; retry <= ceilings.length; retry++) {
            Duration ceiling = Duration.ofSeconds(ceilings[retry - 1]);
            Set<Duration> drawn = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                Duration delay = ADVICE.delay(retry);
                assertTrue(delay.compareTo(ceiling) <= 0 && delay.compareTo(ceiling.dividedBy(2)) >= 0, retry + ": " + delay);
                drawn.add(delay);
            }
            assertTrue(drawn.size() > 1, "jitter: 20 draws of the same delay for retry " + retry);
        }
        assertTrue(ADVICE.delay(Integer.MAX_VALUE).compareTo(Duration.ofSeconds(30)) <= 0);
        RetryAdvice huge = RetryAdvice.withBackoff(Duration.ofNanos(1), Duration.ofSeconds(Long.MAX_VALUE));
        assertTrue(huge.delay(Integer.MAX_VALUE).compareTo(huge.maxDelay()) <= 0, "no overflow");
        assertThrows(IllegalArgumentException.class, () -> ADVICE.delay(0));
        assertThrows(IllegalArgumentException.class, () -> RetryAdvice.withBackoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> RetryAdvice.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    private static <T> Retry retry(RetryAdvice advice) {
        return Retry.of("compute", RetryConfig.<T>custom()
                .maxAttempts(4)
                .retryOnException(advice)
                .intervalBiFunction((attempt, outcome) -> advice.delay(attempt, outcome.getLeft()).toMillis())
                .build());
    }

    /** The README's Resilience4j example, with short delays, against the loopback server. */
    @Test
    void resilience4jRetriesWhatTheAdviceSays() throws Throwable {
        try (FakeComputeApi server = new FakeComputeApi()) {
            ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
            HttpRequest request = server.listInstances("t");
            Retry retry = retry(RetryAdvice.withBackoff(Duration.ofMillis(1), Duration.ofMillis(4)));

            // Two temporary failures, a header's and a proxy's, then the list.
            AtomicInteger calls = new AtomicInteger();
            server.respond(exchange -> {
                switch (calls.getAndIncrement()) {
                    case 0 -> header(10503, "Service unavailable").respond(exchange);
                    case 1 -> page(502, "text/html", BAD_GATEWAY).respond(exchange);
                    default -> instances(2).respond(exchange);
                }
            });
            InstanceList list = retry.executeCheckedSupplier(() -> api.send(request, InstanceList.MAPPING));
            assertEquals(2, list.instances().size());
            assertEquals(3, calls.get());

            // Refused credentials are not retried: one call.
            calls.set(0);
            server.respond(exchange -> {
                calls.incrementAndGet();
                header(-3, "Permission denied").respond(exchange);
            });
            ComputeApiException refused = assertThrows(ComputeApiException.class,
                    () -> retry.executeCheckedSupplier(() -> api.send(request, InstanceList.MAPPING)));
            assertEquals(Kind.PERMISSION_DENIED, refused.kind());
            assertEquals(1, calls.get());

            // Still temporary after every attempt: the last failure reaches the caller.
            calls.set(0);
            server.respond(exchange -> {
                calls.incrementAndGet();
                header(10429, "Too many requests").respond(exchange);
            });
            assertEquals(10429, assertThrows(ComputeApiException.class,
                    () -> retry.executeCheckedSupplier(() -> api.send(request))).header().resultCode());
            assertEquals(4, calls.get());
        }
    }

    static Stream<Arguments> failuresAfterWhichThePostMayHaveActed() {
        return Stream.of(
                Arguments.of("a proxy's 504", page(504, "text/html", "<html>Gateway Timeout</html>")),
                Arguments.of("a proxy's 502", page(502, "text/html", BAD_GATEWAY)),
                Arguments.of("a proxy's 500", page(500, "text/html", "<html>Internal Server Error</html>")),
                Arguments.of("a proxy's 503 without Retry-After", page(503, "text/html", "<html>Unavailable</html>")),
                Arguments.of("code 10500", header(10500, "Internal server error")),
                Arguments.of("code 10504", header(10504, "Gateway timeout")),
                Arguments.of("code 10503", header(10503, "Service unavailable")));
    }

    /**
     * A POST that the origin acts on (it counts the instances it created) and then answers
     * with a failure after which it may have acted: advised not to retry, so the instance is
     * created once, not once per attempt.
     */
    @ParameterizedTest(name = "POST after {0}: one attempt")
    @MethodSource("failuresAfterWhichThePostMayHaveActed")
    void aPostIsNotRepeatedAfterAFailureThatMayComeAfterTheAct(String name, FakeComputeApi.Responder failure) throws Exception {
        try (FakeComputeApi server = new FakeComputeApi()) {
            ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
            AtomicInteger created = new AtomicInteger();
            server.respond(exchange -> {
                created.incrementAndGet();
                failure.respond(exchange);
            });
            HttpRequest create = HttpRequest.newBuilder(server.uri("/instances")).header("X-Auth-Token", "t")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"instance\":{\"name\":\"web-1\"}}")).build();
            Retry retry = retry(RetryAdvice.withBackoff(Duration.ofMillis(1), Duration.ofMillis(4)));
            Throwable thrown = assertThrows(Throwable.class, () -> retry.executeCheckedSupplier(() -> api.send(create)));
            assertFalse(RetryAdvice.defaults().test(thrown), thrown::toString);
            assertEquals(1, created.get(), name + ": the origin acted on every attempt");

            // The same failure for a GET is retried: sending it again does what sending it once does.
            created.set(0);
            assertThrows(Throwable.class, () -> retry.executeCheckedSupplier(() -> api.send(server.listInstances("t"))));
            assertEquals(4, created.get());
        }
    }

    /** A POST refused before processing (429, 503 with Retry-After) is retried, after the wait asked for. */
    @Test
    void aPostRefusedBeforeProcessingIsRetried() throws Throwable {
        try (FakeComputeApi server = new FakeComputeApi()) {
            ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
            AtomicInteger calls = new AtomicInteger();
            List<Long> arrivals = new java.util.concurrent.CopyOnWriteArrayList<>();
            server.respond(exchange -> {
                arrivals.add(System.nanoTime());
                switch (calls.getAndIncrement()) {
                    case 0 -> page(429, "text/plain", "slow down").respond(exchange);
                    case 1 -> withHeader("Retry-After", "1", page(503, "text/plain", "maintenance")).respond(exchange);
                    default -> header(0, "SUCCESS").respond(exchange);
                }
            });
            HttpRequest create = HttpRequest.newBuilder(server.uri("/instances")).header("X-Auth-Token", "t")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            Retry retry = retry(RetryAdvice.withBackoff(Duration.ofMillis(1), Duration.ofSeconds(2)));
            assertTrue(retry.executeCheckedSupplier(() -> api.send(create)).succeeded());
            assertEquals(3, calls.get());
            assertTrue(arrivals.get(2) - arrivals.get(1) >= Duration.ofMillis(990).toNanos(), "Retry-After 1 s was honoured");
        }
    }

    @Test
    void theJdksWrappersAreSeenThrough() {
        FailedRequestException retryable = failed("GET", 10503, null);
        assertTrue(ADVICE.test(new IOException(retryable.getMessage(), retryable)));
        assertTrue(ADVICE.test(new CompletionException(retryable)));
        assertTrue(ADVICE.test(new ExecutionException(new IOException("wrapped", retryable))));
        assertFalse(ADVICE.test(new IOException("wrapped", failed("GET", -3, null))));
        assertInstanceOf(FailedRequestException.class, Failures.unwrap(new CompletionException(retryable)));
    }
}
