package dev.nhncloud.result.httpclient;

import static dev.nhncloud.result.httpclient.FakeComputeApi.APPKEY;
import static dev.nhncloud.result.httpclient.FakeComputeApi.header;
import static dev.nhncloud.result.httpclient.FakeComputeApi.instances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReaders;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The token stays with its origin. Two loopback servers, two origins (127.0.0.1 on two ports):
 * the API, which answers with a redirect, and another, which refuses every token with -3, as
 * a host that wants a renewed one would.
 */
class RedirectTest {

    private FakeComputeApi api;
    private FakeComputeApi elsewhere;
    private TokenRenewal tokens;

    @BeforeEach
    void start() throws IOException {
        api = new FakeComputeApi();
        elsewhere = new FakeComputeApi();
        elsewhere.respond(header(-3, "Permission denied: token expired"));
        api.requireTokens();
        ComputeApiClient client = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
        tokens = new TokenRenewal(() -> client.send(
                HttpRequest.newBuilder(api.uri("/tokens")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                body -> InstanceList.MAPPER.readTree(body).at("/token/id").asText()));
    }

    @AfterEach
    void stop() {
        api.close();
        elsewhere.close();
    }

    private List<String> tokensSeenElsewhere() {
        return elsewhere.seen().stream().map(FakeComputeApi.Seen::token).toList();
    }

    @ParameterizedTest
    @EnumSource(value = HttpClient.Redirect.class, names = {"NORMAL", "ALWAYS"})
    void aClientThatFollowsRedirectsIsRefused(HttpClient.Redirect redirect) {
        HttpClient following = HttpClient.newBuilder().followRedirects(redirect).build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ComputeApiClient.of(following, HeaderReaders.load()));
        assertEquals("The HttpClient follows redirects (Redirect." + redirect + "): the JDK would send each request's headers,"
                + " X-Auth-Token among them, to whatever origin a redirect names; build it with followRedirects(Redirect.NEVER),"
                + " as HttpClient.newHttpClient() is", refused.getMessage());
    }

    /** A redirect to another origin is not followed: the token is never sent there, and not renewed. */
    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aRedirectToAnotherOriginIsNotFollowed(int status) throws Exception {
        ComputeApiClient client = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
        api.respond(FakeComputeApi.redirect(status, elsewhere.uri("/instances")));
        for (InstanceList.Read read : InstanceList.Read.values()) {
            UnexpectedResponseException unexpected = assertThrows(UnexpectedResponseException.class, () -> tokens.send(
                    api::listInstances, request -> read.send(client, request)));
            assertEquals(status, unexpected.statusCode(), read::name);
            assertFalse(RetryAdvice.defaults().test(unexpected));
            assertEquals(List.of(), elsewhere.seen(), "the other origin was asked");
            assertEquals(1, api.tokensIssued(), "renewed");
        }
    }

    /**
     * An HttpClient that says it follows no redirects and follows them all the same (as a
     * wrapper may): the answer from the other origin is refused without renewal, so the token
     * that had already gone there is not followed by a new one.
     */
    @ParameterizedTest
    @EnumSource(InstanceList.Read.class)
    void anAnswerFromAnotherOriginFailsWithoutRenewal(InstanceList.Read read) throws Exception {
        ComputeApiClient client = ComputeApiClient.of(new Disguised(HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL).build()), HeaderReaders.load());
        api.respond(FakeComputeApi.redirect(307, elsewhere.uri("/instances")));
        String masked = "GET " + api.uri("/instances").toString().replace(APPKEY, "***");

        UnexpectedResponseException unexpected = assertThrows(UnexpectedResponseException.class, () -> tokens.send(
                api::listInstances, request -> read.send(client, request)));
        assertEquals(masked + ": HTTP 200 with content type application/json;charset=UTF-8 came from another origin, "
                + elsewhere.origin() + ", after a redirect: the X-Auth-Token may have been sent there; the answer is not"
                + " used (build the HttpClient with Redirect.NEVER)", unexpected.getMessage());
        assertEquals(List.of("token-1"), tokensSeenElsewhere());
        assertEquals(1, api.tokensIssued());

        // Without waiting, and for the header alone.
        CompletionException thrown = assertThrows(CompletionException.class, () -> tokens.sendAsync(
                api::listInstances, client::sendAsync).join());
        assertInstanceOf(UnexpectedResponseException.class, thrown.getCause());
        assertEquals(List.of("token-1", "token-1"), tokensSeenElsewhere());
        assertEquals(1, api.tokensIssued());

        // An answer that is a success is not used either.
        elsewhere.respond(instances(1));
        api.respond(FakeComputeApi.redirect(302, elsewhere.uri("/instances")));
        assertThrows(UnexpectedResponseException.class, () -> read.send(client, api.listInstances("token-1")));
        assertInstanceOf(UnexpectedResponseException.class, assertThrows(CompletionException.class,
                () -> read.sendAsync(client, api.listInstances("token-1")).join()).getCause());
    }

    /** A redirect within the origin is not followed either: the client follows none. */
    @Test
    void aRedirectWithinTheOriginIsAnUnexpectedResponse() throws Exception {
        ComputeApiClient client = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
        api.respond(FakeComputeApi.redirect(302, api.uri("/instances?page=2")));
        assertEquals(302, assertThrows(UnexpectedResponseException.class, () -> tokens.send(api::listInstances, client::send)).statusCode());
        assertEquals(1, api.seen().stream().filter(seen -> seen.path().endsWith("/instances")).count());
    }

    @Test
    void originsAreSchemeHostAndPort() {
        assertTrue(ComputeApiClient.sameOrigin(URI.create("https://H.example/a"), URI.create("https://h.example:443/b?c")));
        assertTrue(ComputeApiClient.sameOrigin(URI.create("http://h/a"), URI.create("HTTP://h:80/")));
        assertFalse(ComputeApiClient.sameOrigin(URI.create("https://h/a"), URI.create("http://h/a")));
        assertFalse(ComputeApiClient.sameOrigin(URI.create("https://h/a"), URI.create("https://h:8443/a")));
        assertFalse(ComputeApiClient.sameOrigin(URI.create("https://h/a"), URI.create("https://h.evil/a")));
        assertEquals("https://h:8443", RequestLine.origin(URI.create("https://user:pw@h:8443/v1.0/appkeys/k?q")));
    }

    /** Says it follows no redirects; its delegate follows them. */
    private static final class Disguised extends HttpClient {
        private final HttpClient delegate;

        Disguised(HttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public Redirect followRedirects() {
            return Redirect.NEVER;
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return delegate.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return delegate.connectTimeout();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return delegate.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return delegate.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return delegate.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return delegate.authenticator();
        }

        @Override
        public Version version() {
            return delegate.version();
        }

        @Override
        public Optional<Executor> executor() {
            return delegate.executor();
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            return delegate.send(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            return delegate.sendAsync(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                                HttpResponse.PushPromiseHandler<T> push) {
            return delegate.sendAsync(request, handler, push);
        }
    }
}
