package dev.nhncloud.result.springtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A Compute API on 127.0.0.1 that answers as the real one does (HTTP 200 and the outcome in the
 * header) and as what stands in front of it sometimes does. Paths under {@code /compute}, the
 * base URL the tests configure; the same answers under {@code /other}, which is not configured.
 *
 * <ul>
 * <li>{@code servers}: three instances, success</li>
 * <li>{@code failure-CODE}: a header reporting the failure CODE</li>
 * <li>{@code truncated-body}: a successful header, then the instance list cut off</li>
 * <li>{@code truncated-header}: cut off inside the header</li>
 * <li>{@code missing-header}: an instance list without a header</li>
 * <li>{@code trailing-data}: a success followed by a second document</li>
 * <li>{@code html-502}, {@code html-200}: a proxy's HTML page</li>
 * <li>{@code large}: a 16 MiB instance list, header first; {@code large-header-last}: header last</li>
 * </ul>
 */
final class FakeCompute implements AutoCloseable {

    static final int LARGE_BYTES = 16 * 1024 * 1024;
    static final String SUCCESS = "{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"SUCCESS\"}";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    private FakeCompute() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    static FakeCompute start() {
        try {
            return new FakeCompute();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Compute API on 127.0.0.1", e);
        }
    }

    /** The configured base URL: {@code http://127.0.0.1:PORT/compute}. */
    String baseUrl() {
        return root() + "/compute";
    }

    /** The same answers at a URL that is not configured. */
    String otherUrl() {
        return root() + "/other";
    }

    private String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** One instance as the API describes it, with more members than the application binds. */
    static String instance(int i) {
        return "{\"id\":\"9e9a4f1c-6a1b-4f0e-9b3b-" + String.format("%012d", i) + "\",\"name\":\"web-" + i
                + "\",\"status\":\"ACTIVE\",\"tenant_id\":\"f5b3c8a1d2e44f0b9c7a6e5d4c3b2a10\","
                + "\"metadata\":{\"os_distro\":\"ubuntu\",\"os_version\":\"22.04\"},"
                + "\"flavor\":{\"id\":\"a1b2c3\",\"name\":\"m2.c2m4\",\"vcpus\":2,\"ram\":4096,\"disk\":20},"
                + "\"addresses\":[{\"addr\":\"192.168.0." + (i % 250 + 2) + "\",\"version\":4,\"type\":\"fixed\","
                + "\"mac\":\"fa:16:3e:00:00:01\"}],\"key_name\":\"ops-key\",\"created\":\"2026-11-02T09:14:03Z\","
                + "\"security_groups\":[{\"name\":\"default\"}],\"OS-EXT-AZ:availability_zone\":\"kr-pub-a\"}";
    }

    static String failure(int code) {
        return "{\"header\":{\"isSuccessful\":false,\"resultCode\":" + code + ",\"resultMessage\":\"failure " + code
                + "\"},\"instances\":[]}";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String name = path.substring(path.indexOf('/', 1) + 1);
            switch (name) {
                case "servers" -> json(exchange, 200, "{\"header\":" + SUCCESS + ",\"instances\":[" + instance(1) + ","
                        + instance(2) + "," + instance(3) + "]}");
                case "truncated-body" -> json(exchange, 200, "{\"header\":" + SUCCESS + ",\"instances\":[" + instance(1)
                        + ",{\"id\":\"4b7e");
                case "truncated-header" -> json(exchange, 200, "{\"header\":{\"isSuccessful\":true,\"resultCo");
                case "missing-header" -> json(exchange, 200, "{\"instances\":[" + instance(1) + "]}");
                case "trailing-data" -> json(exchange, 200, "{\"header\":" + SUCCESS + ",\"instances\":[]} {}");
                case "html-502" -> send(exchange, 502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
                case "html-200" -> send(exchange, 200, "text/html", "<html><body>Maintenance</body></html>");
                case "large" -> large(exchange, true);
                case "large-header-last" -> large(exchange, false);
                default -> {
                    if (name.startsWith("failure-")) {
                        json(exchange, 200, failure(Integer.parseInt(name.substring("failure-".length()))));
                    } else {
                        send(exchange, 404, "text/plain", "no such answer: " + name);
                    }
                }
            }
        }
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Instances until the body passes 16 MiB, streamed (chunked), the header first or last. */
    private static void large(HttpExchange exchange, boolean headerFirst) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        write(out, headerFirst ? "{\"header\":" + SUCCESS + ",\"instances\":[" : "{\"instances\":[");
        for (int i = 0; i < largeCount(); i++) {
            write(out, (i == 0 ? "" : ",") + instance(i));
        }
        write(out, headerFirst ? "]}" : "],\"header\":" + SUCCESS + "}");
    }

    /** How many instances the large answers hold: enough for 16 MiB. */
    static int largeCount() {
        return LARGE_BYTES / (instance(0).length() + 1) + 1;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
