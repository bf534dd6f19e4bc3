package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Sends Compute API requests through the application's {@code HttpClient} and returns what the
 * API answered, or throws what went wrong, each as its own exception:
 *
 * <pre>{@code
 * ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
 * ResponseReader responses = JacksonHeaders.responseReader(mapper);
 * try {
 *     InstanceList list = api.send(request, responses, InstanceList.class);
 * } catch (ComputeApiException e) {            // the header reported a failure
 *     ... e.kind(), e.remedy(), e.code().requiresCredentials(), e.code().retryable()
 * } catch (MalformedResponseException e) {     // a 200 without a readable header
 * } catch (UnexpectedResponseException e) {    // not the API's answer: a 502 page from a proxy
 * } catch (IOException e) {                    // the connection failed, a limit or the timeout passed, or the body did not
 * }                                            // fit the class (Jackson's mapping exception)
 * }</pre>
 *
 * <p>It uses {@link ComputeBodyHandlers}, and does more:
 * <ul>
 * <li>It throws each failure as itself: {@code HttpClient.send} wraps every failure of a body
 *     handler in a plain {@code IOException}; {@link #send} does not, and the futures of
 *     {@link #sendAsync} fail with the exception itself (inside the {@code CompletionException}
 *     of {@code join}, the {@code ExecutionException} of {@code get}). A failure of the exchange
 *     itself is an {@code IOException}, even when the request's body publisher threw an
 *     unchecked exception.</li>
 * <li>It keeps the token with its origin: it refuses an {@code HttpClient} that follows
 *     redirects (the JDK would send {@code X-Auth-Token} to whatever origin a redirect names),
 *     follows none itself (a 3xx is an {@link UnexpectedResponseException}), and fails an answer
 *     whose final URI is of another origin than the request's with an
 *     {@code UnexpectedResponseException}, which {@link TokenRenewal} does not renew for.</li>
 * <li>Giving up stops the transfer: a future of {@link #sendAsync} that is cancelled or
 *     completed by the caller ({@code orTimeout}, {@code completeOnTimeout}) before the answer
 *     is read cancels the exchange, and an interrupted {@link #send} does the same, so that the
 *     body is neither transferred nor held any longer.</li>
 * </ul>
 *
 * <p>Deadlines: set {@code HttpRequest.timeout} on every request. The JDK counts it until the
 * response headers arrive and the handlers count it again until the answer is read (see
 * {@link ComputeBodyHandlers}); for one deadline over the whole call use
 * {@code sendAsync(...).orTimeout(...)}.
 *
 * <p>Immutable and thread-safe, as the {@code HttpClient} is.
 */
public final class ComputeApiClient {

    private final HttpClient http;
    private final ComputeBodyHandlers handlers;

    private ComputeApiClient(HttpClient http, ComputeBodyHandlers handlers) {
        this.http = Objects.requireNonNull(http, "http");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
        HttpClient.Redirect redirect = http.followRedirects();
        if (redirect != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("The HttpClient follows redirects (Redirect." + redirect + "): the JDK"
                    + " would send each request's headers, X-Auth-Token among them, to whatever origin a redirect names;"
                    + " build it with followRedirects(Redirect.NEVER), as HttpClient.newHttpClient() is");
        }
    }

    /**
     * A client that sends with {@code http} and reads headers with {@code reader}, with the
     * handlers' default limits.
     *
     * @param http   the application's HTTP client (its executor, timeouts, proxy and TLS settings apply); it
     *               must not follow redirects
     * @param reader the header reader of the application's JSON library, as {@code HeaderReaders.load()} finds it
     * @return the client
     * @throws IllegalArgumentException when {@code http} follows redirects
     */
    public static ComputeApiClient of(HttpClient http, HeaderReader reader) {
        return new ComputeApiClient(http, ComputeBodyHandlers.of(reader));
    }

    /**
     * A client that sends with {@code http} and reads with {@code handlers}, for limits of the
     * application's own:
     *
     * <pre>{@code
     * ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(),
     *         ComputeBodyHandlers.of(HeaderReaders.load()).withBodyLimit(128L * 1024 * 1024));
     * }</pre>
     *
     * @param http     the application's HTTP client; it must not follow redirects
     * @param handlers the handlers to read answers with
     * @return the client
     * @throws IllegalArgumentException when {@code http} follows redirects
     */
    public static ComputeApiClient of(HttpClient http, ComputeBodyHandlers handlers) {
        return new ComputeApiClient(http, handlers);
    }

    /**
     * The body handlers this client sends with, for calls that need the {@code HttpResponse}.
     *
     * @return the handlers
     */
    public ComputeBodyHandlers handlers() {
        return handlers;
    }

    /**
     * Sends a request whose answer matters only by its header, such as an action on an instance.
     * Only the header is read.
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @return the header, which reports success
     * @throws ComputeApiException          (a {@link FailedRequestException}) when the header reports a failure
     * @throws dev.nhncloud.result.MalformedResponseException when the answer has no readable header
     * @throws UnexpectedResponseException  when the answer is not the API's (a status other than 200, another origin)
     * @throws IOException                  when the exchange fails, a limit or the request's timeout passes
     * @throws InterruptedException         when interrupted while waiting; the transfer is stopped
     */
    public ResultHeader send(HttpRequest request) throws IOException, InterruptedException {
        return sendFor(request, Goal.successfulHeader());
    }

    /**
     * Sends a request and returns the response class, bound from the whole body in one pass by a
     * {@link ResponseReader} that checks its header as it reads, when the header reports success
     * or a partial success. A failed header within the first
     * {@value ComputeBodyHandlers#RESPONSE_HEADER_SEARCH} bytes is refused as soon as it has
     * arrived; see {@link ComputeBodyHandlers#response(HttpRequest, ResponseReader, Class)}.
     *
     * <pre>{@code
     * ResponseReader responses = JacksonHeaders.responseReader(mapper);   // once, thread-safe
     * InstanceList list = api.send(request, responses, InstanceList.class);
     * }</pre>
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @param reader  binds the class and checks its header; made with the same {@code ReadOptions} as this client's reader
     * @param type    the response class; it declares a {@code ResultHeader header}
     * @param <T>     the response class
     * @return the response, whose header reported success (or a partial success)
     * @throws ComputeApiException          (a {@link FailedRequestException}) when the header reports a failure
     * @throws dev.nhncloud.result.MalformedResponseException when the answer has no readable header or is not JSON
     * @throws UnexpectedResponseException  when the answer is not the API's (a status other than 200, another origin)
     * @throws IllegalArgumentException     when the reader refuses the class (no {@code ResultHeader header}); nothing is sent
     * @throws IOException                  when the exchange fails, a limit or the request's timeout passes, or the
     *                                      body does not fit the class (the library's mapping exception, such as Jackson's)
     * @throws InterruptedException         when interrupted while waiting; the transfer is stopped
     */
    public <T> T send(HttpRequest request, ResponseReader reader, Class<T> type) throws IOException, InterruptedException {
        return sendFor(request, Goal.response(reader, type));
    }

    /**
     * Sends a request and returns a generic response type, as
     * {@link #send(HttpRequest, ResponseReader, Class)} does for a class.
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @param reader  binds the type and checks its header
     * @param type    the response type, such as a {@code ParameterizedType}; its class declares a {@code ResultHeader header}
     * @param <T>     the response type, unchecked: as the caller declares it
     * @return the response, whose header reported success (or a partial success)
     * @throws ComputeApiException          (a {@link FailedRequestException}) when the header reports a failure
     * @throws dev.nhncloud.result.MalformedResponseException when the answer has no readable header or is not JSON
     * @throws UnexpectedResponseException  when the answer is not the API's
     * @throws IllegalArgumentException     when the reader refuses the type; nothing is sent
     * @throws IOException                  when the exchange fails, a limit or the timeout passes, or the body does not fit
     * @throws InterruptedException         when interrupted while waiting; the transfer is stopped
     */
    public <T> T send(HttpRequest request, ResponseReader reader, Type type) throws IOException, InterruptedException {
        return sendFor(request, Goal.<T>response(reader, type));
    }

    /**
     * Sends a request and maps the whole body when the header reports success. For a response
     * class, prefer {@link #send(HttpRequest, ResponseReader, Class)}, which reads the body once
     * (see {@link ComputeBodyHandlers#body(HttpRequest, BodyMapper)}).
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @param mapper  maps the whole body; runs on a client thread, and only after a successful header
     * @param <T>     what the body is mapped to
     * @return the mapped body
     * @throws ComputeApiException          (a {@link FailedRequestException}) when the header reports a failure
     * @throws dev.nhncloud.result.MalformedResponseException when the answer has no readable header
     * @throws UnexpectedResponseException  when the answer is not the API's (a status other than 200, another origin)
     * @throws IOException                  when the exchange fails, a limit or the request's timeout passes, or the
     *                                      mapper throws it
     * @throws InterruptedException         when interrupted while waiting; the transfer is stopped
     */
    public <T> T send(HttpRequest request, BodyMapper<T> mapper) throws IOException, InterruptedException {
        return sendFor(request, Goal.body(Objects.requireNonNull(mapper, "mapper")));
    }

    /**
     * Sends a request whose answer matters only by its header, without waiting.
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @return the header, which reports success, or a future failed with one of the exceptions of
     *         {@link #send(HttpRequest)}; cancelling it or completing it first stops the transfer
     */
    public CompletableFuture<ResultHeader> sendAsync(HttpRequest request) {
        return sendAsyncFor(request, Goal.successfulHeader());
    }

    /**
     * Sends a request and returns the response class bound in one pass, as
     * {@link #send(HttpRequest, ResponseReader, Class)} does, without waiting.
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @param reader  binds the class and checks its header
     * @param type    the response class; it declares a {@code ResultHeader header}
     * @param <T>     the response class
     * @return the response, or a future failed with one of the exceptions of
     *         {@link #send(HttpRequest, ResponseReader, Class)}; cancelling it or completing it first stops the transfer
     * @throws IllegalArgumentException when the reader refuses the class: at once, and nothing is sent
     */
    public <T> CompletableFuture<T> sendAsync(HttpRequest request, ResponseReader reader, Class<T> type) {
        return sendAsyncFor(request, Goal.response(reader, type));
    }

    /**
     * Sends a request and returns a generic response type bound in one pass, as
     * {@link #send(HttpRequest, ResponseReader, Type)} does, without waiting.
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @param reader  binds the type and checks its header
     * @param type    the response type; its class declares a {@code ResultHeader header}
     * @param <T>     the response type, unchecked: as the caller declares it
     * @return the response, or a future failed with one of the exceptions of {@link #send(HttpRequest, ResponseReader, Type)}
     * @throws IllegalArgumentException when the reader refuses the type: at once, and nothing is sent
     */
    public <T> CompletableFuture<T> sendAsync(HttpRequest request, ResponseReader reader, Type type) {
        return sendAsyncFor(request, Goal.<T>response(reader, type));
    }

    /**
     * Sends a request and maps the whole body when the header reports success, without waiting.
     * For a response class, prefer {@link #sendAsync(HttpRequest, ResponseReader, Class)}.
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @param mapper  maps the whole body; runs on a client thread, and only after a successful header
     * @param <T>     what the body is mapped to
     * @return the mapped body, or a future failed with one of the exceptions of
     *         {@link #send(HttpRequest, BodyMapper)}; cancelling it or completing it first stops the transfer
     */
    public <T> CompletableFuture<T> sendAsync(HttpRequest request, BodyMapper<T> mapper) {
        return sendAsyncFor(request, Goal.body(Objects.requireNonNull(mapper, "mapper")));
    }

    private <T> T sendFor(HttpRequest request, Goal<T> goal) throws IOException, InterruptedException {
        Transfer transfer = new Transfer();
        HttpResponse<Outcome<T>> response;
        try {
            response = http.send(request, handlers.outcomes(request, goal, transfer));
        } catch (InterruptedException e) {
            // The JDK cancels the exchange too from JDK 16 on; this stops the body on every version.
            transfer.stop();
            throw e;
        } catch (RuntimeException e) {
            throw exchangeFailure(request, e);
        }
        return answer(request, response);
    }

    private <T> CompletableFuture<T> sendAsyncFor(HttpRequest request, Goal<T> goal) {
        Transfer transfer = new Transfer();
        CompletableFuture<HttpResponse<Outcome<T>>> exchange = http.sendAsync(request, handlers.outcomes(request, goal, transfer));
        CompletableFuture<T> result = new CompletableFuture<>();
        exchange.whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(asyncFailure(request, failure));
                return;
            }
            try {
                result.complete(answer(request, response));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        result.whenComplete((value, failure) -> {
            if (!exchange.isDone()) {
                // The caller gave up (cancel, orTimeout) before the answer was read.
                transfer.stop();
                exchange.cancel(true);
            }
        });
        return result;
    }

    /** The answer of a response: its outcome, unless it came from another origin. */
    private static <T> T answer(HttpRequest request, HttpResponse<Outcome<T>> response) throws IOException {
        if (!sameOrigin(request.uri(), response.uri())) {
            throw new Exchange(RequestLine.of(request), response.statusCode(), response.headers(), Instant.now())
                    .fromAnotherOrigin(response.uri());
        }
        return response.body().get();
    }

    /** RFC 6454's origin: scheme, host and port, the default port of the scheme when none is given. */
    static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(lower(a.getScheme()), lower(b.getScheme()))
                && Objects.equals(lower(a.getHost()), lower(b.getHost()))
                && port(a) == port(b);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        String scheme = lower(uri.getScheme());
        return "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
    }

    /**
     * An unchecked exception out of {@code HttpClient.send}. Outcomes carry every failure of the
     * SDK's own, so one that came out of the exchange (the JDK throws a request body publisher's
     * {@code IllegalArgumentException} again, with the original as its cause) is an
     * {@code IOException} of the exchange; one without a cause was thrown before sending, at a
     * request the client refuses, and stays what it is.
     */
    private static RuntimeException exchangeFailure(HttpRequest request, RuntimeException thrown) throws IOException {
        if (thrown.getCause() == null) {
            return thrown;
        }
        throw new IOException(RequestLine.of(request) + ": the exchange failed: " + thrown, thrown.getCause());
    }

    /** What the exchange's future failed with, as {@link #send} would throw it: an {@code IOException}, or a cancellation. */
    private static Throwable asyncFailure(HttpRequest request, Throwable failure) {
        Throwable cause = Failures.unwrapCompletion(failure);
        if (cause instanceof IOException || cause instanceof CancellationException || cause instanceof Error) {
            return cause;
        }
        return new IOException(RequestLine.of(request) + ": the exchange failed: " + cause, cause);
    }
}
