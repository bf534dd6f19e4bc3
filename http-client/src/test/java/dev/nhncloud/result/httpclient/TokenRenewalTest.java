package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.header;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Re-authentication against the loopback server: a refused token is renewed and the call replayed once. */
class TokenRenewalTest {

    private FakeComputeApi server;
    private ComputeApiClient api;
    private TokenRenewal tokens;

    @BeforeEach
    void start() throws IOException {
        server = new FakeComputeApi();
        server.requireTokens();
        api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
        // The application's token request: POST .../tokens, the token's id from the body.
        tokens = new TokenRenewal(issuer());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<String> tokensSentFor(String pathEnd) {
        return server.seen().stream().filter(seen -> seen.path().endsWith(pathEnd)).map(FakeComputeApi.Seen::token).toList();
    }

    @Test
    void anExpiredTokenIsRenewedAndTheCallReplayedOnce() throws Exception {
        server.respond(instances(2));
        assertEquals(2, tokens.call(token -> api.send(server.listInstances(token), InstanceList.MAPPING)).instances().size());
        server.expireTokens();
        assertEquals(2, tokens.call(token -> api.send(server.listInstances(token), InstanceList.MAPPING)).instances().size());
        assertEquals(List.of("token-1", "token-1", "token-2"), tokensSentFor("/instances"));
        assertEquals(2, server.tokensIssued());
    }

    /** The credential codes of every family renew: -3, the Token API's 401 and 403, and another family's. */
    @ParameterizedTest
    @ValueSource(ints = {-3, 50401, 50403, 10401, 40403})
    void everyCredentialsCodeRenews(int code) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.respond(exchange -> (calls.getAndIncrement() == 0 ? header(code, "refused") : instances(1)).respond(exchange));
        assertEquals(1, tokens.call(token -> api.send(server.listInstances(token), InstanceList.MAPPING)).instances().size());
        assertEquals(List.of("token-1", "token-2"), tokensSentFor("/instances"));
    }

    /** Through the raw handlers, the failure arrives inside send's plain IOException and is still recognized. */
    @Test
    void theRefusalIsRecognizedInsideSendsWrapper() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        ComputeBodyHandlers handlers = api.handlers();
        tokens.token();
        server.expireTokens();
        server.respond(instances(1));
        InstanceList list = tokens.call(token -> {
            HttpRequest request = server.listInstances(token);
            return client.send(request, handlers.body(request, InstanceList.MAPPING)).body();
        });
        assertEquals(1, list.instances().size());
        assertEquals(List.of("token-1", "token-2"), tokensSentFor("/instances"));
    }

    /** The replay is refused too: a permission problem, not an expiry; said so, and no second renewal. */
    @Test
    void aRefusalAfterTheRenewalIsAPermissionProblem() {
        server.respond(header(-3, "Permission denied: not a member of the project"));
        RefusedAfterRenewalException failure = assertThrows(RefusedAfterRenewalException.class,
                () -> tokens.call(token -> api.send(server.listInstances(token))));
        assertEquals(Kind.PERMISSION_DENIED, failure.kind());
        assertTrue(failure.code().requiresCredentials());
        assertInstanceOf(FailedRequestException.class, failure.getCause());
        assertTrue(failure.getMessage().startsWith(failure.getCause().getMessage() + "; refused with a token issued "), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("not an expired token, so the token is not renewed again"), failure.getMessage());
        assertTrue(failure.tokenAge().compareTo(Duration.ofSeconds(30)) < 0);
        assertEquals(List.of("token-1", "token-2"), tokensSentFor("/instances"));
    }

    /** A permanent refusal: ten calls issue one new token, not ten; after a minute a refusal may be an expiry again. */
    @Test
    void aPermanentRefusalIssuesOneNewTokenNotOnePerCall() throws Exception {
        AtomicLong now = new AtomicLong(0);
        TokenRenewal clocked = new TokenRenewal(issuer(), Duration.ofSeconds(10), now::get);
        server.respond(header(-3, "Permission denied: missing role"));
        for (int i = 0; i < 10; i++) {
            assertThrows(RefusedAfterRenewalException.class, () -> clocked.call(token -> api.send(server.listInstances(token))));
            now.addAndGet(Duration.ofSeconds(1).toNanos());
        }
        assertEquals(2, server.tokensIssued(), "10 refused calls");
        assertEquals(11, tokensSentFor("/instances").size(), "one replay, then no more");

        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThrows(RefusedAfterRenewalException.class, () -> clocked.call(token -> api.send(server.listInstances(token))));
        assertEquals(3, server.tokensIssued(), "a minute later a refusal is renewed once more");
    }

    /** The application's token request, as the set-up makes it. */
    private TokenRenewal.Issuer issuer() {
        return () -> api.send(
                HttpRequest.newBuilder(server.uri("/tokens")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                body -> InstanceList.MAPPER.readTree(body).at("/token/id").asText());
    }

    @Test
    void otherFailuresAreNotReplayed() {
        for (int code : new int[] {10404, 10503, -4}) {
            server.respond(header(code, "no"));
            int before = tokensSentFor("/instances").size();
            assertEquals(code, assertThrows(ComputeApiException.class,
                    () -> tokens.call(token -> api.send(server.listInstances(token)))).header().resultCode());
            assertEquals(before + 1, tokensSentFor("/instances").size());
        }
        assertEquals(1, server.tokensIssued());
    }

    /** Threads refused with the same token wait for one new token, and all use it. */
    @Test
    void threadsRefusedTogetherShareOneNewToken() throws Exception {
        server.respond(instances(1));
        tokens.token();
        server.expireTokens();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<InstanceList>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(threads.submit(() -> tokens.call(token -> api.send(server.listInstances(token), InstanceList.MAPPING))));
            }
            for (Future<InstanceList> result : results) {
                assertEquals(1, result.get().instances().size());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(2, server.tokensIssued());
        assertEquals("token-2", tokens.token());
    }

    @Test
    void asynchronously() throws Exception {
        server.respond(instances(3));
        tokens.token();
        server.expireTokens();
        InstanceList list = tokens.callAsync(token -> api.sendAsync(server.listInstances(token), InstanceList.MAPPING)).get();
        assertEquals(3, list.instances().size());
        assertEquals(List.of("token-1", "token-2"), tokensSentFor("/instances"));

        server.respond(header(10404, "Instance not found"));
        CompletionException thrown = assertThrows(CompletionException.class,
                () -> tokens.callAsync(token -> api.sendAsync(server.listInstances(token))).join());
        assertEquals(10404, assertInstanceOf(FailedRequestException.class, thrown.getCause()).header().resultCode());

        // token-2 was issued by a renewal moments ago: its refusal is a permission problem, renewed no more.
        server.respond(header(-3, "Permission denied"));
        thrown = assertThrows(CompletionException.class,
                () -> tokens.callAsync(token -> api.sendAsync(server.listInstances(token))).join());
        assertEquals(Kind.PERMISSION_DENIED, assertInstanceOf(RefusedAfterRenewalException.class, thrown.getCause()).kind());
        assertEquals(2, server.tokensIssued());

        // A first refusal renews, and the replay's refusal is a permission problem too.
        TokenRenewal fresh = new TokenRenewal(issuer());
        thrown = assertThrows(CompletionException.class,
                () -> fresh.callAsync(token -> api.sendAsync(server.listInstances(token))).join());
        assertInstanceOf(RefusedAfterRenewalException.class, thrown.getCause());
        assertEquals(4, server.tokensIssued());
    }

    @Test
    void anIssuerThatReturnsNoTokenFails() {
        TokenRenewal none = new TokenRenewal(() -> "");
        assertTrue(assertThrows(IOException.class, none::token).getMessage().contains("no token"));
        assertInstanceOf(IOException.class, assertThrows(CompletionException.class,
                () -> none.callAsync(token -> CompletableFuture.completedFuture(token)).join()).getCause());
        assertThrows(IllegalArgumentException.class, () -> new TokenRenewal(() -> "t", Duration.ZERO));
    }

    /**
     * An issuer that hangs (4 s, deaf to interrupts) while renewing a token refused for one
     * call: other calls go on with the current token meanwhile, and a thread that waits for the
     * renewal can be interrupted.
     */
    @Test
    void aHangingIssuerDoesNotBlockOtherCalls() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger issued = new AtomicInteger();
        TokenRenewal hanging = new TokenRenewal(() -> {
            if (issued.incrementAndGet() > 1) {
                awaitDeafly(release, Duration.ofSeconds(4));
            }
            return issuer().issue();
        });
        server.respond(exchange -> (exchange.getRequestURI().getPath().endsWith("/forbidden")
                ? header(-3, "Permission denied: no role for this call") : instances(1)).respond(exchange));
        assertEquals("token-1", hanging.token());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> refused = threads.submit(() -> hanging.call(token -> api.send(
                    HttpRequest.newBuilder(server.uri("/forbidden")).header("X-Auth-Token", token).build())));
            awaitTrue(() -> issued.get() == 2, "the renewal has started");

            long start = System.nanoTime();
            assertEquals(1, hanging.call(token -> api.send(server.listInstances(token), InstanceList.MAPPING)).instances().size());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0, "held up by the issuer");
            assertEquals(1, release.getCount(), "the issuer still hangs");

            // A thread waiting for the renewal can be interrupted.
            Thread waiter = new Thread(() -> {
                try {
                    hanging.renew("token-1");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            waiter.start();
            awaitTrue(() -> waiter.getState() == Thread.State.WAITING || waiter.getState() == Thread.State.TIMED_WAITING, "waiting");
            waiter.interrupt();
            waiter.join(2_000);
            assertFalse(waiter.isAlive(), "the wait for the renewal was not interruptible");
            assertEquals(1, release.getCount(), "the issuer still hangs");

            release.countDown();
            ExecutionException thrown = assertThrows(ExecutionException.class, () -> refused.get(10, TimeUnit.SECONDS));
            assertInstanceOf(RefusedAfterRenewalException.class, thrown.getCause());
            assertEquals(2, server.tokensIssued());
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    /** An issuer slower than the timeout: the wait ends at the timeout, the issuer is interrupted, and the next call issues again. */
    @Test
    void theIssuerTimeoutBoundsTheWait() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        TokenRenewal slow = new TokenRenewal(() -> {
            if (calls.incrementAndGet() == 1) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    interrupted.complete(true);
                    throw e;
                }
            }
            return "late-but-fine";
        }, Duration.ofMillis(300));
        long start = System.nanoTime();
        HttpTimeoutException timeout = assertThrows(HttpTimeoutException.class, slow::token);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(300 + 2_000)) < 0);
        assertTrue(timeout.getMessage().contains("did not answer within PT0.3S"), timeout.getMessage());
        assertTrue(interrupted.get(5, TimeUnit.SECONDS), "the issuer's thread is interrupted");
        assertEquals("late-but-fine", slow.token());
        assertEquals(2, calls.get());

        // Without waiting: the future fails at the timeout.
        TokenRenewal slowToo = new TokenRenewal(() -> {
            Thread.sleep(30_000);
            return "never";
        }, Duration.ofMillis(300));
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> slowToo.callAsync(CompletableFuture::completedFuture).get(5, TimeUnit.SECONDS));
        assertInstanceOf(HttpTimeoutException.class, failed.getCause());
    }

    /**
     * A refused POST whose body is a one-shot stream is not sent again empty: the token is
     * renewed, the call fails saying why. A body of known length is replayed whole.
     */
    @Test
    void aReplayWhoseBodyCannotBeReadAgainIsRefused() throws Exception {
        // Tokens expire here at once; a clock of the test's own lets the renewal see them as old.
        AtomicLong now = new AtomicLong();
        TokenRenewal tokens = new TokenRenewal(issuer(), Duration.ofSeconds(10), now::get);
        server.respond(header(0, "SUCCESS"));
        tokens.token();
        server.expireTokens();
        String create = "{\"instance\":{\"name\":\"web-1\"}}";
        InputStream once = new ByteArrayInputStream(create.getBytes(StandardCharsets.UTF_8));
        IOException notReplayed = assertThrows(IOException.class, () -> tokens.send(
                token -> HttpRequest.newBuilder(server.uri("/instances")).header("X-Auth-Token", token)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> once)).build(),
                api::send));
        assertTrue(notReplayed.getMessage().startsWith("POST " + server.uri("/instances").toString().replace(FakeComputeApi.APPKEY, "***")
                + ": refused for its credentials; the token was renewed, but the request was not sent again: its body has no"
                + " known length"), notReplayed.getMessage());
        assertInstanceOf(FailedRequestException.class, notReplayed.getSuppressed()[0]);
        assertEquals(List.of(create), bodiesSentFor("/instances"), "sent once, never empty");
        assertEquals(2, server.tokensIssued());

        now.addAndGet(Duration.ofHours(1).toNanos());
        server.expireTokens();
        assertTrue(tokens.send(token -> HttpRequest.newBuilder(server.uri("/instances")).header("X-Auth-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(create)).build(), api::send).succeeded());
        assertEquals(List.of(create, create, create), bodiesSentFor("/instances"));

        // The same without waiting.
        now.addAndGet(Duration.ofHours(1).toNanos());
        server.expireTokens();
        InputStream onceMore = new ByteArrayInputStream(create.getBytes(StandardCharsets.UTF_8));
        CompletionException thrown = assertThrows(CompletionException.class, () -> tokens.sendAsync(
                token -> HttpRequest.newBuilder(server.uri("/instances")).header("X-Auth-Token", token)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> onceMore)).build(), api::sendAsync).join());
        assertTrue(thrown.getCause().getMessage().contains("the request was not sent again"), thrown.getCause().getMessage());
        assertEquals(4, bodiesSentFor("/instances").size());
        assertFalse(bodiesSentFor("/instances").contains(""));
    }

    private List<String> bodiesSentFor(String pathEnd) {
        return server.seen().stream().filter(seen -> seen.path().endsWith(pathEnd)).map(FakeComputeApi.Seen::body).toList();
    }

    /** Waits for the latch up to the time given, deaf to interrupts, as an issuer stuck in a blocking call is. */
    private static void awaitDeafly(CountDownLatch latch, Duration most) {
        long end = System.nanoTime() + most.toNanos();
        while (latch.getCount() > 0 && System.nanoTime() < end) {
            try {
                latch.await(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                // Deaf.
            }
        }
    }

    /** Polls a condition every 10 ms for at most 10 s. */
    static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 1_000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
