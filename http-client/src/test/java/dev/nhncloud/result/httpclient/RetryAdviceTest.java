package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.BAD_GATEWAY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.header;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instances;
import static dev.nhncloud.result.httpclient.FakeComputeApi.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Retry advice: the rule, the delays, the JDK's wrappers, and Resilience4j driving real calls. */
class RetryAdviceTest {

    private static final RetryAdvice ADVICE = RetryAdvice.defaults();
    private static final RequestLine REQUEST = RequestLine.of(HttpRequest.newBuilder(URI.create("https://h/v1.0/appkeys/k/instances")).build());

    private static FailedRequestException failed(int code) {
        return new FailedRequestException(REQUEST, ResultHeader.of(false, code, ""));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -2, -3, -4, -5, -6, -7, -8, 20001, 20004, 0, 12345,
                         10400, 10401, 10403, 10404, 10408, 10429, 10500, 10503, 50401, 40599, 24408})
    void aFailedHeaderIsRetriedExactlyWhenItsCodeIsRetryable(int code) {
        int status = code % 1000;
        boolean expected = code > 10_000 && code != 20001 && code != 20004 && code != 12345
                && (status == 408 || status == 429 || status >= 500);
        assertEquals(expected, ADVICE.retryable(ResultHeader.of(false, code, "")), "header " + code);
        assertEquals(expected, ADVICE.test(failed(code)), "exception " + code);
        assertEquals(expected, ADVICE.test(new ComputeApiException(ResultHeader.of(false, code, ""))));
    }

    @Test
    void aSuccessIsNeverRetried() {
        assertFalse(ADVICE.retryable(ResultHeader.of(true, 0, "SUCCESS")));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504, 599})
    void aProxysTemporaryStatusIsRetried(int status) {
        assertTrue(ADVICE.test(new UnexpectedResponseException(REQUEST, status, "text/html")));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 301, 400, 401, 403, 404, 409})
    void otherStatusesAreNot(int status) {
        assertFalse(ADVICE.test(new UnexpectedResponseException(REQUEST, status, "text/html")));
    }

    @Test
    void onlyFailuresToConnectAmongIOFailures() {
        assertTrue(ADVICE.test(new ConnectException("refused")));
        assertTrue(ADVICE.test(new java.net.http.HttpConnectTimeoutException("connect timed out")));
        assertFalse(ADVICE.test(new HttpTimeoutException("request timed out")), "the API may have acted");
        assertFalse(ADVICE.test(new IOException("connection reset")));
        assertFalse(ADVICE.test(new MalformedResponseException(MalformedResponseException.Reason.MALFORMED_JSON, "x")));
        assertFalse(ADVICE.test(new IllegalStateException()));
        assertTrue(ADVICE.or(e -> e instanceof HttpTimeoutException).test(new HttpTimeoutException("idempotent")));
    }

    /** Failures are recognized inside send's plain IOException and the futures' wrappers. */
    @Test
    void theJdksWrappersAreSeenThrough() {
        FailedRequestException retryable = failed(10503);
        assertTrue(ADVICE.test(new IOException(retryable.getMessage(), retryable)));
        assertTrue(ADVICE.test(new CompletionException(retryable)));
        assertTrue(ADVICE.test(new ExecutionException(new IOException("wrapped", retryable))));
        assertFalse(ADVICE.test(new IOException("wrapped", failed(-3))));
        // Only the JDK's wrappers: an application's own exception type is its own business.
        assertFalse(ADVICE.test(new IllegalStateException(retryable)));
    }

    /** A real failure to connect, on loopback: nothing was sent, so it is retried. */
    @Test
    void aRefusedConnection() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1.0/appkeys/k/instances")).build();
        ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
        assertTrue(ADVICE.test(assertThrows(IOException.class, () -> api.send(request))));
    }

    @Test
    void delaysDoubleUpToTheMaximum() {
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L),
                List.of(1, 2, 3, 4, 5, 6, 7).stream().map(retry -> ADVICE.delay(retry).toSeconds()).toList());
        assertEquals(Duration.ofSeconds(30), ADVICE.delay(Integer.MAX_VALUE));
        RetryAdvice custom = RetryAdvice.withBackoff(Duration.ofMillis(300), Duration.ofMillis(1000));
        assertEquals(List.of(300L, 600L, 1000L, 1000L), List.of(1, 2, 3, 4).stream().map(r -> custom.delay(r).toMillis()).toList());
        RetryAdvice huge = RetryAdvice.withBackoff(Duration.ofNanos(1), Duration.ofSeconds(Long.MAX_VALUE));
        assertTrue(huge.delay(Integer.MAX_VALUE).compareTo(huge.maxDelay()) <= 0, "no overflow");
        assertThrows(IllegalArgumentException.class, () -> ADVICE.delay(0));
        assertThrows(IllegalArgumentException.class, () -> RetryAdvice.withBackoff(Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> RetryAdvice.withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    /** The README's Resilience4j example, with short delays, against the loopback server. */
    @Test
    void resilience4jRetriesWhatTheAdviceSays() throws Throwable {
        try (FakeComputeApi server = new FakeComputeApi()) {
            ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
            HttpRequest request = server.listInstances("t");
            RetryAdvice advice = RetryAdvice.withBackoff(Duration.ofMillis(1), Duration.ofMillis(4));
            Retry retry = Retry.of("compute", RetryConfig.custom()
                    .maxAttempts(4)
                    .retryOnException(advice)
                    .intervalFunction(attempt -> advice.delay(attempt).toMillis())
                    .build());

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
}
