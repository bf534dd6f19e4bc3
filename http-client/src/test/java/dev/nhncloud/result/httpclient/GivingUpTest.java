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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Giving up stops the transfer: a successful header, then a body that keeps coming slowly (8 KiB
 * every 10 ms, so that it outlasts every test by far); the caller gives up, and the server's
 * writes fail soon after because the client closed the connection. Were the body still read,
 * the server would write on for a minute. Each way of reading the class stops it: the mapping
 * after the header, and the one pass, which both wait for the end of the body.
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

    @ParameterizedTest
    @EnumSource(InstanceList.Read.class)
    void orTimeoutOnSendAsyncStopsTheTransfer(InstanceList.Read read) throws Exception {
        CompletableFuture<InstanceList> list = read.sendAsync(api, server.listInstances("t")).orTimeout(300, TimeUnit.MILLISECONDS);
        assertInstanceOf(TimeoutException.class, assertThrows(ExecutionException.class, () -> list.get(20, TimeUnit.SECONDS)).getCause());
        theTransferStops();
    }

    @ParameterizedTest
    @EnumSource(InstanceList.Read.class)
    void cancellingSendAsyncStopsTheTransfer(InstanceList.Read read) throws Exception {
        CompletableFuture<InstanceList> list = read.sendAsync(api, server.listInstances("t"));
        theBodyIsComing();
        assertTrue(list.cancel(true));
        theTransferStops();
    }

    @ParameterizedTest
    @EnumSource(InstanceList.Read.class)
    void interruptingSendStopsTheTransfer(InstanceList.Read read) throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                read.send(api, server.listInstances("t"));
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
    @ParameterizedTest
    @EnumSource(InstanceList.Read.class)
    void cancellingTokenRenewalsCallAsyncStopsTheTransfer(InstanceList.Read read) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.respond(exchange -> (calls.getAndIncrement() == 0 ? FakeComputeApi.header(-3, "Permission denied: token expired")
                : endless).respond(exchange));
        AtomicInteger issued = new AtomicInteger();
        TokenRenewal tokens = new TokenRenewal(() -> "token-" + issued.incrementAndGet());
        CompletableFuture<InstanceList> list = tokens.callAsync(token -> read.sendAsync(api, server.listInstances(token)));
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
        CompletableFuture<InstanceList> again = fresh.sendAsync(server::listInstances, request -> read.sendAsync(api, request))
                .orTimeout(500, TimeUnit.MILLISECONDS);
        assertInstanceOf(TimeoutException.class, assertThrows(ExecutionException.class, () -> again.get(20, TimeUnit.SECONDS)).getCause());
        theTransferStops();
    }

    /** Giving up before the response headers arrive: nothing is read when they do. */
    @ParameterizedTest
    @EnumSource(InstanceList.Read.class)
    void givingUpBeforeTheResponseStopsTheExchange(InstanceList.Read read) throws Exception {
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
        CompletableFuture<InstanceList> list = read.sendAsync(api, server.listInstances("t"));
        TokenRenewalTest.awaitTrue(() -> server.seen().size() == 1, "the request arrived");
        assertTrue(list.cancel(true));
        // The JDK (16 and later) aborts the exchange; on older ones the body subscriber cancels as soon as it is made.
        theTransferStops();
    }
}
