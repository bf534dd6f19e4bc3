package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.BAD_GATEWAY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.header;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instanceList;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instances;
import static dev.nhncloud.result.httpclient.FakeComputeApi.page;
import static dev.nhncloud.result.httpclient.FakeComputeApi.slow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.Kind;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The body handlers with {@code HttpClient.sendAsync}. */
class AsyncTest {

    private static final ComputeBodyHandlers HANDLERS = ComputeBodyHandlers.of(HeaderReaders.load());
    private static FakeComputeApi server;

    @BeforeAll
    static void start() throws IOException {
        server = new FakeComputeApi();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Unlike send, sendAsync does not wrap a handler's failure: the future fails with it. */
    @Test
    void theFutureFailsWithTheHandlersOwnException() {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = server.listInstances("t");
        server.respond(header(-5, "Nonexistent: instance 42"));
        CompletableFuture<HttpResponse<InstanceList>> failed = client.sendAsync(request, HANDLERS.body(request, InstanceList.MAPPING));
        FailedRequestException failure = assertInstanceOf(FailedRequestException.class,
                assertThrows(ExecutionException.class, failed::get).getCause());
        assertEquals(Kind.NONEXISTENT, failure.kind());
        assertEquals("instance 42", failure.header().detail().orElseThrow());
        assertInstanceOf(FailedRequestException.class, assertThrows(CompletionException.class, failed::join).getCause());

        server.respond(page(502, "text/html", BAD_GATEWAY));
        assertInstanceOf(UnexpectedResponseException.class,
                assertThrows(ExecutionException.class, () -> client.sendAsync(request, HANDLERS.header(request)).get()).getCause());
    }

    /**
     * The handlers never block a client thread: many slow answers at once, on an HttpClient whose
     * executor has a single thread, all complete. A handler that read an InputStream on that
     * thread would hold it while waiting for bytes that only that thread can deliver.
     */
    @Test
    void manySlowAnswersOnAClientWithOneThread() throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            HttpClient client = HttpClient.newBuilder().executor(one).build();
            server.respond(slow(instanceList(2)));
            List<CompletableFuture<ResultHeader>> headers = new ArrayList<>();
            List<CompletableFuture<InstanceList>> lists = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                HttpRequest request = server.listInstances("t" + i);
                headers.add(client.sendAsync(request, HANDLERS.header(request)).thenApply(HttpResponse::body));
                lists.add(client.sendAsync(request, HANDLERS.body(request, InstanceList.MAPPING)).thenApply(HttpResponse::body));
            }
            // A generous bound against a hang, not a measure of speed.
            CompletableFuture.allOf(headers.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
            for (int i = 0; i < 8; i++) {
                assertTrue(headers.get(i).join().succeeded());
                assertEquals("web-1", lists.get(i).join().instances().get(1).name());
            }
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void aLargeListAsync() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        server.respond(instances(5_000));
        HttpRequest request = server.listInstances("t");
        assertEquals(5_000, client.sendAsync(request, HANDLERS.body(request, InstanceList.MAPPING)).get().body().instances().size());
        assertTrue(client.sendAsync(request, HANDLERS.header(request)).get().body().succeeded());
    }
}
