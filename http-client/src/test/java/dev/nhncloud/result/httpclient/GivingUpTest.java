package dev.nhncloud.result.httpclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReaders;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Giving up stops the transfer: a successful header, then a body that keeps coming slowly (8 KiB
 * every 10 ms, so that it outlasts every test by far); the caller gives up, and the server's
 * writes fail soon after because the client closed the connection. Were the body still read,
 * the server would write on for a minute.
 */
class GivingUpTest {

    /** At 8 KiB per 10 ms, about a minute of writing. */
    private static final long CAP = 48L * 1024 * 1024;
    private FakeComputeApi server;
    private ComputeApiClient api;
    private FakeComputeApi.Endless endless;

    @BeforeEach
    void start() throws IOException {
        server = new FakeComputeApi();
        api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
        endless = FakeComputeApi.Endless.afterHeader(CAP, 10);
        server.respond(endless);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void theTransferStops() throws Exception {
        assertFalse(endless.finished.get(20, TimeUnit.SECONDS), "the server wrote the whole body");
        assertTrue(endless.written.get() < CAP, endless.written + " bytes");
    }

    private void theBodyIsComing() throws InterruptedException {
        TokenRenewalTest.awaitTrue(() -> endless.written.get() > 64 * 1024, "the body is being transferred");
    }

    @Test
    void orTimeoutOnSendAsyncStopsTheTransfer() throws Exception {
        CompletableFuture<InstanceList> list = api.sendAsync(server.listInstances("t"), InstanceList.MAPPING).orTimeout(300, TimeUnit.MILLISECONDS);
        assertInstanceOf(TimeoutException.class, assertThrows(ExecutionException.class, () -> list.get(20, TimeUnit.SECONDS)).getCause());
        theTransferStops();
    }

    @Test
    void cancellingSendAsyncStopsTheTransfer() throws Exception {
        CompletableFuture<InstanceList> list = api.sendAsync(server.listInstances("t"), InstanceList.MAPPING);
        theBodyIsComing();
        assertTrue(list.cancel(true));
        theTransferStops();
    }

    @Test
    void interruptingSendStopsTheTransfer() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                api.send(server.listInstances("t"), InstanceList.MAPPING);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        caller.start();
        theBodyIsComing();
        caller.interrupt();
        caller.join(20_000);
        assertInstanceOf(InterruptedException.class, thrown.get());
        theTransferStops();
    }

    /** Cancelling the renewal's future cancels the attempt in progress, here the replay after a renewal. */
    @Test
    void cancellingTokenRenewalsCallAsyncStopsTheTransfer() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.respond(exchange -> (calls.getAndIncrement() == 0 ? FakeComputeApi.header(-3, "Permission denied: token expired")
                : endless).respond(exchange));
        AtomicInteger issued = new AtomicInteger();
        TokenRenewal tokens = new TokenRenewal(() -> "token-" + issued.incrementAndGet());
        CompletableFuture<InstanceList> list = tokens.callAsync(token -> api.sendAsync(server.listInstances(token), InstanceList.MAPPING));
        theBodyIsComing();
        assertTrue(list.cancel(true));
        assertThrows(CancellationException.class, list::join);
        theTransferStops();
        assertEquals(2, issued.get());
        assertEquals(2, calls.get(), "the first call and the replay");

        // The same through sendAsync.
        calls.set(0);
        endless = FakeComputeApi.Endless.afterHeader(CAP, 10);
        FakeComputeApi.Endless second = endless;
        server.respond(exchange -> (calls.getAndIncrement() == 0 ? FakeComputeApi.header(-3, "Permission denied: token expired")
                : second).respond(exchange));
        TokenRenewal fresh = new TokenRenewal(() -> "token-" + issued.incrementAndGet());
        CompletableFuture<InstanceList> again = fresh.sendAsync(server::listInstances, request -> api.sendAsync(request, InstanceList.MAPPING))
                .orTimeout(500, TimeUnit.MILLISECONDS);
        assertInstanceOf(TimeoutException.class, assertThrows(ExecutionException.class, () -> again.get(20, TimeUnit.SECONDS)).getCause());
        theTransferStops();
    }

    /** Giving up before the response headers arrive: nothing is read when they do. */
    @Test
    void givingUpBeforeTheResponseStopsTheExchange() throws Exception {
        FakeComputeApi.Endless late = FakeComputeApi.Endless.afterHeader(CAP, 10);
        server.respond(exchange -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
            late.respond(exchange);
        });
        endless = late;
        CompletableFuture<InstanceList> list = api.sendAsync(server.listInstances("t"), InstanceList.MAPPING);
        TokenRenewalTest.awaitTrue(() -> server.seen().size() == 1, "the request arrived");
        assertTrue(list.cancel(true));
        // The JDK (16 and later) aborts the exchange; on older ones the body subscriber cancels as soon as it is made.
        theTransferStops();
    }
}
