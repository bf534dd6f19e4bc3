package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.HeaderReaders;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Run by {@link SmallHeapTest} in a JVM of its own with a small heap: endless bodies against one
 * {@code HttpClient} with the default limits, and ordinary calls on the same client before,
 * during and after. Prints one line per finding and exits 0 when every call ended as it should;
 * an OutOfMemoryError anywhere (the JVM runs with {@code -XX:+ExitOnOutOfMemoryError}) ends it
 * with another status.
 */
public final class SmallHeapProbe {

    /** Far beyond the heap: were the body held whole, the JVM would run out of memory long before. */
    private static final long CAP = 4L * 1024 * 1024 * 1024;

    private SmallHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<FakeComputeApi.Endless> endless = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (FakeComputeApi server = new FakeComputeApi()) {
            server.respond(exchange -> {
                String path = exchange.getRequestURI().getPath();
                if (path.endsWith("/endless-body")) {
                    FakeComputeApi.Endless body = FakeComputeApi.Endless.afterHeader(CAP, 0);
                    endless.add(body);
                    body.respond(exchange);
                } else if (path.endsWith("/endless-member")) {
                    FakeComputeApi.Endless member = new FakeComputeApi.Endless("{\"big\":\"", CAP);
                    endless.add(member);
                    member.respond(exchange);
                } else {
                    FakeComputeApi.instances(3).respond(exchange);
                }
            });
            HttpClient client = HttpClient.newHttpClient();
            ComputeApiClient api = ComputeApiClient.of(client, HeaderReaders.load());
            ordinaryCalls(api, server, 5, "before");

            List<CompletableFuture<?>> large = new ArrayList<>();
            large.add(api.sendAsync(request(server, "/endless-body"), InstanceList.MAPPING));
            for (int i = 0; i < 2; i++) {
                large.add(api.sendAsync(request(server, "/endless-member")));
            }
            ordinaryCalls(api, server, 20, "during");
            for (CompletableFuture<?> call : large) {
                try {
                    call.get(2, TimeUnit.MINUTES);
                    throw new AssertionError("an endless body was read to an end");
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof IOException) || !e.getCause().getMessage().contains("(ComputeBodyHandlers.with")) {
                        throw new AssertionError("not the limit's failure", e.getCause());
                    }
                    System.out.println("limit: " + e.getCause().getMessage().replaceFirst("^GET \\S+: ", ""));
                }
            }
            for (FakeComputeApi.Endless body : endless) {
                if (body.finished.get(1, TimeUnit.MINUTES)) {
                    throw new AssertionError("the server wrote an endless body to its cap");
                }
                System.out.println("server stopped after " + body.written.get() / (1024 * 1024) + " MiB");
            }
            ordinaryCalls(api, server, 5, "after");
            Runtime runtime = Runtime.getRuntime();
            System.out.println("max heap " + runtime.maxMemory() / (1024 * 1024) + " MiB");
        }
    }

    private static java.net.http.HttpRequest request(FakeComputeApi server, String path) {
        return java.net.http.HttpRequest.newBuilder(server.uri(path)).header("X-Auth-Token", "t").build();
    }

    private static void ordinaryCalls(ComputeApiClient api, FakeComputeApi server, int count, String when) {
        List<CompletableFuture<InstanceList>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(api.sendAsync(server.listInstances("t"), InstanceList.MAPPING));
        }
        int ok = 0;
        for (CompletableFuture<InstanceList> call : calls) {
            try {
                if (call.orTimeout(2, TimeUnit.MINUTES).join().instances().size() == 3) {
                    ok++;
                }
            } catch (CompletionException e) {
                throw new AssertionError("an ordinary call " + when + " failed", e.getCause());
            }
        }
        System.out.println("ordinary calls " + when + ": " + ok + " of " + count);
        if (ok != count) {
            throw new AssertionError(ok + " of " + count + " ordinary calls " + when);
        }
    }
}
