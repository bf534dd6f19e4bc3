package dev.nhncloud.result.httpclient;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback server that answers as the Compute API v1.0 does: paths
 * {@code /v1.0/appkeys/{appkey}/...}, HTTP 200 for every answer, the outcome in the body's
 * header. Each test chooses the answer ({@link #respond}); tokens are issued by
 * {@code POST /v1.0/appkeys/{appkey}/tokens} and, once {@link #requireTokens()} is called, a
 * request without a valid {@code X-Auth-Token} is refused with {@code -3 Permission denied}.
 */
final class FakeComputeApi implements AutoCloseable {

    static final String APPKEY = "aPpKeY-0f1e2d3c";
    static final String INSTANCE = "{\"id\":\"%08d-1c2b-4a5e-9f00-3d2e1f0a9b8c\",\"name\":\"web-%d\",\"status\":\"ACTIVE\"}";
    /** An instance as the API describes it, with more members than an application binds (the README's example binds three). */
    static final String FULL_INSTANCE = "{\"id\":\"%08d-1c2b-4a5e-9f00-3d2e1f0a9b8c\",\"name\":\"web-%d\",\"status\":\"ACTIVE\","
            + "\"availabilityZone\":\"kr-pub-a\",\"flavor\":{\"id\":\"a1b2c3\",\"name\":\"m2.c2m4\",\"cpu\":2,\"ram\":4096},"
            + "\"addresses\":[{\"ipAddress\":\"192.168.0.11\",\"version\":4,\"floatingIpAddress\":null}],"
            + "\"keyName\":\"ops-key\",\"metadata\":{\"os\":\"ubuntu\"},\"createdAt\":\"2026-11-02T09:14:03Z\"}";

    /** What the server saw of one request, its body as text. */
    record Seen(String method, String path, String token, int clientPort, String body) {
    }

    /** Writes one answer. */
    @FunctionalInterface
    interface Responder {
        void respond(HttpExchange exchange) throws IOException;
    }

    static {
        // Small answers go out as two writes (status line and headers, then body); with Nagle's
        // algorithm the second waits for the client's delayed ACK, some 40 ms per call.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile boolean tokensRequired;
    private volatile Responder responder = instances(2);

    FakeComputeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** This server's origin, as a URI without a path: {@code http://127.0.0.1:port}. */
    URI origin() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1.0/appkeys/" + APPKEY + path);
    }

    /** The instance-list request of the README, with a token. */
    HttpRequest listInstances(String token) {
        return HttpRequest.newBuilder(uri("/instances")).header("X-Auth-Token", token).GET().build();
    }

    void respond(Responder responder) {
        this.responder = responder;
    }

    void requireTokens() {
        tokensRequired = true;
    }

    /** Every token issued so far stops being valid, as when they expire. */
    void expireTokens() {
        validTokens.clear();
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            String token = exchange.getRequestHeaders().getFirst("X-Auth-Token");
            String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(exchange.getRequestMethod(), path, token, exchange.getRemoteAddress().getPort(), requestBody));
            String prefix = "/v1.0/appkeys/" + APPKEY + "/";
            if (!path.startsWith(prefix)) {
                json(body(-3, "Permission denied: unknown appkey", "")).respond(exchange);
            } else if (path.equals(prefix + "tokens") && exchange.getRequestMethod().equals("POST")) {
                String issued = "token-" + tokensIssued.incrementAndGet();
                validTokens.add(issued);
                json(body(0, "SUCCESS", ",\"token\":{\"id\":\"" + issued + "\",\"expires\":\"2026-11-25T00:00:00Z\"}")).respond(exchange);
            } else if (tokensRequired && (token == null || !validTokens.contains(token))) {
                json(body(-3, "Permission denied: token expired", "")).respond(exchange);
            } else {
                responder.respond(exchange);
            }
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // ---- answers -------------------------------------------------------------------------

    /** A body as the API writes it: the header first, then the rest ({@code ,"member":...} or ""). */
    static String body(int code, String message, String rest) {
        return "{\"header\":{\"isSuccessful\":" + (code == 0) + ",\"resultCode\":" + code + ",\"resultMessage\":\""
                + message + "\"}" + rest + "}";
    }

    /** An instance list whose header comes last, after {@code count} instances: {@code {"instances":[...],"header":{...}}}. */
    static String headerLast(int code, String message, int count) {
        String header = body(code, message, "");
        return "{\"instances\":" + instanceArray(count) + "," + header.substring(1);
    }

    /** {@code count} instances as a JSON array. */
    static String instanceArray(int count) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ",").append(String.format(INSTANCE, i, i));
        }
        return list.append(']').toString();
    }

    static String instanceList(int count) {
        return body(0, "SUCCESS", ",\"instances\":" + instanceArray(count));
    }

    /** 200, application/json, with a Content-Length. */
    static Responder json(String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    /** A header with this code, and an empty instance list when the call succeeded. */
    static Responder header(int code, String message) {
        return json(body(code, message, code == 0 ? ",\"instances\":[]" : ""));
    }

    static Responder instances(int count) {
        return json(instanceList(count));
    }

    /** An instance list of {@link #FULL_INSTANCE}s, as the API sends it. */
    static Responder fullInstances(int count) {
        StringBuilder list = new StringBuilder(",\"instances\":[");
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ",").append(String.format(FULL_INSTANCE, i, i));
        }
        return json(body(0, "SUCCESS", list.append(']').toString()));
    }

    /** 200, chunked transfer encoding, one flush per chunk of {@code size} bytes. */
    static Responder chunked(String body, int size) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int at = 0; at < bytes.length; at += size) {
                out.write(bytes, at, Math.min(size, bytes.length - at));
                out.flush();
            }
        };
    }

    /** 200, chunked, one byte at a time with a pause after each: the client gets many small buffers. */
    static Responder slow(String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                pause();
            }
        };
    }

    /** Announces the whole body's length, sends the first {@code sent} bytes, and drops the connection. */
    static Responder cutOff(String body, int sent) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            OutputStream out = exchange.getResponseBody();
            out.write(bytes, 0, sent);
            out.flush();
            // Let the client take in what was sent: a connection already closed when the client
            // subscribes to the body is reported as closed without delivering the bytes before.
            sleep(200);
            // Closing a fixed-length exchange short of its length closes the connection.
            throw new IOException("cut off on purpose after " + sent + " of " + bytes.length + " bytes");
        };
    }

    /** An answer of something other than the API, such as a proxy's error page. */
    static Responder page(int status, String contentType, String page) {
        return exchange -> {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    static final String BAD_GATEWAY = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
            + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    /** A large successful instance list, streamed (chunked), that records how much of it was written. */
    static final class LargeList implements Responder {
        final int count;
        final long length;
        final AtomicLong written = new AtomicLong();
        /** True when the whole list was written, false when the client stopped the transfer. */
        final CompletableFuture<Boolean> finished = new CompletableFuture<>();

        LargeList(int count) {
            this.count = count;
            this.length = instanceList(count).getBytes(StandardCharsets.UTF_8).length;
        }

        @Override
        public void respond(HttpExchange exchange) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 16 * 1024)) {
                String start = body(0, "SUCCESS", ",\"instances\":[");
                write(out, start.substring(0, start.length() - 1));
                for (int i = 0; i < count; i++) {
                    write(out, (i == 0 ? "" : ",") + String.format(INSTANCE, i, i));
                }
                write(out, "]}");
                out.flush();
                finished.complete(true);
            } catch (IOException e) {
                finished.complete(false);
                throw e;
            } finally {
                finished.complete(false);
            }
        }

        private void write(OutputStream out, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.write(bytes);
            written.addAndGet(bytes.length);
        }
    }

    /** The responder with one more response header. */
    static Responder withHeader(String name, String value, Responder responder) {
        return exchange -> {
            exchange.getResponseHeaders().add(name, value);
            responder.respond(exchange);
        };
    }

    /** 200 with the given type and bytes as they are, with a Content-Length. */
    static Responder bytes(String contentType, byte[] body) {
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        };
    }

    /** A redirect to {@code location}, without a body. */
    static Responder redirect(int status, URI location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location.toString());
            exchange.sendResponseHeaders(status, -1);
        };
    }

    /**
     * Sends the status line and headers and the first bytes of a body, then stalls until the
     * server is closed or a minute has passed, whatever the client does. Records when the first
     * bytes were flushed.
     */
    static final class Stall implements Responder {
        final int status;
        final String contentType;
        final String first;
        /** The declared length, or 0 for chunked. */
        final long length;
        final CompletableFuture<Long> flushedAt = new CompletableFuture<>();

        Stall(int status, String contentType, String first, long length) {
            this.status = status;
            this.contentType = contentType;
            this.first = first;
            this.length = length;
        }

        /** A 200 JSON body whose first bytes are {@code first}, chunked. */
        static Stall after(String first) {
            return new Stall(200, "application/json", first, 0);
        }

        @Override
        public void respond(HttpExchange exchange) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, length);
            OutputStream out = exchange.getResponseBody();
            out.write(first.getBytes(StandardCharsets.UTF_8));
            out.flush();
            flushedAt.complete(System.nanoTime());
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // The server is closing.
            }
        }
    }

    /**
     * 200, chunked: {@code start}, then filler bytes written without end (up to {@code cap}
     * bytes, so that a client that never stops cannot keep the test running), recording how
     * much was written and whether the client stopped the transfer.
     */
    static final class Endless implements Responder {
        final String start;
        final long cap;
        /** A pause after each 8 KiB, for a body that keeps coming slowly; 0 for none. */
        final long pauseMillis;
        final AtomicLong written = new AtomicLong();
        /** True when the cap was written, false when the client stopped the transfer. */
        final CompletableFuture<Boolean> finished = new CompletableFuture<>();

        Endless(String start, long cap) {
            this(start, cap, 0);
        }

        Endless(String start, long cap, long pauseMillis) {
            this.start = start;
            this.cap = cap;
            this.pauseMillis = pauseMillis;
        }

        /** A successful header, then a member that never ends. */
        static Endless afterHeader(long cap, long pauseMillis) {
            String start = body(0, "SUCCESS", ",\"filler\":\"");
            return new Endless(start.substring(0, start.length() - 1), cap, pauseMillis);
        }

        @Override
        public void respond(HttpExchange exchange) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            byte[] filler = new byte[8192];
            java.util.Arrays.fill(filler, (byte) 'x');
            try {
                OutputStream out = exchange.getResponseBody();
                byte[] head = start.getBytes(StandardCharsets.UTF_8);
                out.write(head);
                written.addAndGet(head.length);
                while (written.get() < cap) {
                    out.write(filler);
                    written.addAndGet(filler.length);
                    if (pauseMillis > 0) {
                        out.flush();
                        sleep(pauseMillis);
                    }
                }
                out.flush();
                finished.complete(true);
            } catch (IOException e) {
                finished.complete(false);
                throw e;
            } finally {
                finished.complete(false);
            }
        }
    }

    private static void pause() {
        sleep(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
