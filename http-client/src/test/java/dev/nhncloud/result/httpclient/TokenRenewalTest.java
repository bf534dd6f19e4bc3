package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.header;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.Kind;
import java.io.IOException;
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
        tokens = new TokenRenewal(() -> api.send(
                HttpRequest.newBuilder(server.uri("/tokens")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                body -> InstanceList.MAPPER.readTree(body).at("/token/id").asText()));
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

    @Test
    void aSecondRefusalReachesTheCaller() {
        server.respond(header(-3, "Permission denied: not a member of the project"));
        ComputeApiException failure = assertThrows(ComputeApiException.class,
                () -> tokens.call(token -> api.send(server.listInstances(token))));
        assertEquals(Kind.PERMISSION_DENIED, failure.kind());
        assertEquals(List.of("token-1", "token-2"), tokensSentFor("/instances"));
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
        ExecutorService issuing = Executors.newSingleThreadExecutor();
        try {
            server.respond(instances(3));
            tokens.token();
            server.expireTokens();
            InstanceList list = tokens.callAsync(token -> api.sendAsync(server.listInstances(token), InstanceList.MAPPING), issuing).get();
            assertEquals(3, list.instances().size());
            assertEquals(List.of("token-1", "token-2"), tokensSentFor("/instances"));

            server.respond(header(10404, "Instance not found"));
            CompletionException thrown = assertThrows(CompletionException.class,
                    () -> tokens.callAsync(token -> api.sendAsync(server.listInstances(token)), issuing).join());
            assertEquals(10404, assertInstanceOf(FailedRequestException.class, thrown.getCause()).header().resultCode());

            server.respond(header(-3, "Permission denied"));
            thrown = assertThrows(CompletionException.class,
                    () -> tokens.callAsync(token -> api.sendAsync(server.listInstances(token)), issuing).join());
            assertEquals(Kind.PERMISSION_DENIED, assertInstanceOf(FailedRequestException.class, thrown.getCause()).kind());
            assertEquals(3, server.tokensIssued());
        } finally {
            issuing.shutdownNow();
        }
    }

    @Test
    void anIssuerThatReturnsNoTokenFails() {
        TokenRenewal none = new TokenRenewal(() -> "");
        assertTrue(assertThrows(IOException.class, none::token).getMessage().contains("no token"));
        assertInstanceOf(IOException.class, assertThrows(CompletionException.class,
                () -> none.callAsync(token -> java.util.concurrent.CompletableFuture.completedFuture(token), Runnable::run).join()).getCause());
    }
}
