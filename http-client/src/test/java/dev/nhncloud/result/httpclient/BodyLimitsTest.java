package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.APPKEY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.body;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instanceList;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ResultHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the handlers hold is bounded: the body limit, the header limit, and small buffers merged as they arrive. */
class BodyLimitsTest {

    private static final long MIB = 1024 * 1024;
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

    private static String masked() {
        return "GET " + server.uri("/instances").toString().replace(APPKEY, "***");
    }

    @Test
    void theDefaultsAndTheirBounds() {
        ComputeBodyHandlers handlers = ComputeBodyHandlers.of(HeaderReaders.load());
        assertEquals(32 * MIB, handlers.bodyLimit());
        assertEquals(MIB, handlers.headerLimit());
        ComputeBodyHandlers custom = handlers.withBodyLimit(5 * MIB).withHeaderLimit(2 * MIB);
        assertEquals(5 * MIB, custom.bodyLimit());
        assertEquals(2 * MIB, custom.headerLimit());
        assertEquals(32 * MIB, handlers.bodyLimit(), "immutable");
        assertSame(handlers.reader(), custom.reader());
        assertThrows(IllegalArgumentException.class, () -> handlers.withBodyLimit(0));
        assertThrows(IllegalArgumentException.class, () -> handlers.withBodyLimit(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> handlers.withHeaderLimit(-1));
    }

    /** An endless body fails at the limit, with an IOException naming it, and the transfer stops. */
    @ParameterizedTest
    @EnumSource(InstanceList.Read.class)
    void anEndlessBodyFailsAtTheBodyLimit(InstanceList.Read read) throws Exception {
        FakeComputeApi.Endless endless = FakeComputeApi.Endless.afterHeader(1024 * MIB, 0);
        server.respond(endless);
        ComputeApiClient api = ComputeApiClient.of(client, ComputeBodyHandlers.of(HeaderReaders.load()).withBodyLimit(MIB));
        IOException thrown = assertThrows(IOException.class, () -> read.send(api, server.listInstances("t")));
        assertEquals(IOException.class, thrown.getClass());
        assertEquals(masked() + ": HTTP 200 has a body longer than the limit of 1048576 bytes that " + read.handler + " holds"
                + " (ComputeBodyHandlers.withBodyLimit); the transfer was stopped", thrown.getMessage());
        assertFalse(endless.finished.get(30, TimeUnit.SECONDS), "the server wrote the whole body");
        // What the sockets' buffers hold besides: far less than the gigabyte the server would write.
        assertTrue(endless.written.get() < 64 * MIB, endless.written + " bytes written");
        assertFalse(RetryAdvice.defaults().test(thrown));
    }

    /** A declared length over the limit fails before any of the body is read. */
    @ParameterizedTest
    @EnumSource(InstanceList.Read.class)
    void aDeclaredLengthOverTheLimitFailsAtOnce(InstanceList.Read read) {
        String list = instanceList(50);
        server.respond(FakeComputeApi.json(list));
        ComputeApiClient api = ComputeApiClient.of(client, ComputeBodyHandlers.of(HeaderReaders.load()).withBodyLimit(1000));
        IOException thrown = assertThrows(IOException.class, () -> read.send(api, server.listInstances("t")));
        assertEquals(masked() + ": HTTP 200 declares a body of " + list.length() + " bytes, more than the limit of 1000 bytes"
                + " that " + read.handler + " holds (ComputeBodyHandlers.withBodyLimit); the transfer was stopped", thrown.getMessage());
    }

    /** The body limit holds the whole body, not only what comes before the header; the header alone needs none of it. */
    @ParameterizedTest
    @EnumSource(InstanceList.Read.class)
    void aBodyWithinTheLimitIsMappedAndTheHeaderNeedsNoBodyLimit(InstanceList.Read read) throws Exception {
        String list = instanceList(50);
        server.respond(FakeComputeApi.chunked(list, 100));
        ComputeApiClient small = ComputeApiClient.of(client, ComputeBodyHandlers.of(HeaderReaders.load()).withBodyLimit(list.length()));
        assertEquals(50, read.send(small, server.listInstances("t")).instances().size());
        ComputeApiClient smaller = ComputeApiClient.of(client, ComputeBodyHandlers.of(HeaderReaders.load()).withBodyLimit(list.length() - 1));
        assertThrows(IOException.class, () -> read.send(smaller, server.listInstances("t")));
        assertTrue(smaller.send(server.listInstances("t")).succeeded());
    }

    /** A member of 100 MB before the header: header() holds at most the header limit, then fails naming it. */
    @Test
    void theHeaderHandlerHoldsAtMostTheHeaderLimitBeforeTheHeader() throws Exception {
        FakeComputeApi.Endless before = new FakeComputeApi.Endless("{\"big\":\"", 100 * MIB);
        server.respond(before);
        ComputeApiClient api = ComputeApiClient.of(client, HeaderReaders.load());
        IOException thrown = assertThrows(IOException.class, () -> api.send(server.listInstances("t")));
        assertEquals(masked() + ": HTTP 200 has no complete result header within the first 1048576 bytes, the most that"
                + " header(...) holds before the header (ComputeBodyHandlers.withHeaderLimit); the transfer was stopped",
                thrown.getMessage());
        assertFalse(before.finished.get(30, TimeUnit.SECONDS));
        assertTrue(before.written.get() < 64 * MIB, before.written + " bytes written");

        // Within a larger limit, the header after a large member is read.
        String large = "{\"big\":\"" + "x".repeat(2 * 1024 * 1024) + "\"," + body(0, "SUCCESS", "").substring(1);
        server.respond(FakeComputeApi.chunked(large, 64 * 1024));
        ComputeApiClient roomier = ComputeApiClient.of(client, ComputeBodyHandlers.of(HeaderReaders.load()).withHeaderLimit(4 * MIB));
        assertEquals(ResultHeader.of(true, 0, "SUCCESS"), roomier.send(server.listInstances("t")));
    }

    /**
     * One-byte buffers are copied into blocks as they arrive: what is held is the bytes plus at
     * most one block, however many buffers they came in, and no buffer is kept (each here is a
     * view of a 16 KiB array, as the client's are of its read buffer).
     */
    @Test
    void smallBuffersAreMergedAsTheyArrive() throws IOException {
        String text = instanceList(1_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ReceivedBody received = new ReceivedBody(-1);
        ByteBuffer readBuffer = ByteBuffer.allocate(16 * 1024);
        for (byte b : bytes) {
            readBuffer.clear();
            readBuffer.put(0, b);
            received.add(List.of(readBuffer.duplicate().position(0).limit(1).slice()));
        }
        assertEquals(bytes.length, received.size());
        assertTrue(received.retained() <= bytes.length + ReceivedBody.LARGEST_BLOCK,
                received.retained() + " bytes held for " + bytes.length);
        assertArrayEquals(bytes, received.toArray());
        assertEquals(ResultHeader.of(true, 0, "SUCCESS"), received.header(HeaderReaders.load(), true));
    }

    /** A body of declared length is received into one array of that length, handed to the mapping without a copy. */
    @Test
    void aBodyOfDeclaredLengthIsReceivedIntoOneArray() {
        byte[] bytes = instanceList(10).getBytes(StandardCharsets.UTF_8);
        ReceivedBody received = new ReceivedBody(bytes.length);
        ByteBuffer all = ByteBuffer.wrap(bytes);
        for (int at = 0; at < bytes.length; at += 100) {
            received.add(List.of(all.duplicate().position(at).limit(Math.min(at + 100, bytes.length)).slice()));
        }
        assertEquals(bytes.length, received.retained());
        byte[] array = received.toArray();
        assertArrayEquals(bytes, array);
        assertSame(array, received.toArray(), "copied");
    }

    /** Bodies of every shape still read right through the blocks: sizes around the block bounds. */
    @Test
    void blocksKeepEveryByte() {
        for (int size : new int[] {0, 1, ReceivedBody.FIRST_BLOCK - 1, ReceivedBody.FIRST_BLOCK, ReceivedBody.FIRST_BLOCK + 1,
                                   ReceivedBody.LARGEST_BLOCK * 3 + 7}) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ReceivedBody received = new ReceivedBody(-1);
            for (int at = 0; at < size; ) {
                int count = Math.min(size - at, 1 + at % 5000);
                byte[] part = new byte[count];
                for (int i = 0; i < count; i++) {
                    part[i] = (byte) (at + i);
                }
                expected.writeBytes(part);
                received.add(List.of(ByteBuffer.wrap(part)));
                at += count;
            }
            assertArrayEquals(expected.toByteArray(), received.toArray(), "size " + size);
            assertTrue(received.retained() <= size + ReceivedBody.LARGEST_BLOCK);
        }
    }

    /** The header handler's limit also bounds the raw handlers. */
    @Test
    void theRawHandlersHaveTheLimitsToo() throws Exception {
        FakeComputeApi.Endless before = new FakeComputeApi.Endless("{\"big\":\"", 100 * MIB);
        server.respond(before);
        ComputeBodyHandlers handlers = ComputeBodyHandlers.of(HeaderReaders.load()).withHeaderLimit(64 * 1024);
        IOException thrown = assertThrows(IOException.class, () -> client.send(server.listInstances("t"),
                handlers.header(server.listInstances("t"))));
        assertTrue(assertInstanceOf(IOException.class, thrown.getCause()).getMessage().contains("within the first 65536 bytes"));
        assertFalse(before.finished.get(30, TimeUnit.SECONDS));
    }
}
