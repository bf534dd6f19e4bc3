package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends Compute API requests through the application's {@code HttpClient} and returns what the
 * API answered, or throws what went wrong, each as its own exception:
 *
 * <pre>{@code
 * ComputeApiClient api = ComputeApiClient.of(HttpClient.newHttpClient(), HeaderReaders.load());
 * try {
 *     InstanceList list = api.send(request, body -> mapper.readValue(body, InstanceList.class));
 * } catch (ComputeApiException e) {            // the header reported a failure
 *     ... e.kind(), e.remedy(), e.code().requiresCredentials(), e.code().retryable()
 * } catch (MalformedResponseException e) {     // a 200 without a readable header
 * } catch (UnexpectedResponseException e) {    // not the API's answer: a 502 page from a proxy
 * } catch (IOException e) {                    // the connection failed, or the mapping did
 * }
 * }</pre>
 *
 * <p>It uses {@link ComputeBodyHandlers}, and does one thing more: {@code HttpClient.send} wraps
 * every failure of a body handler in a plain {@code IOException}, so that a
 * {@code ComputeApiException} would reach the caller as the cause of one; {@link #send}
 * throws it as itself. The futures of {@link #sendAsync} fail with the exception itself
 * (inside the {@code CompletionException} of {@code join}, the {@code ExecutionException} of
 * {@code get}).
 *
 * <p>Immutable and thread-safe, as the {@code HttpClient} is.
 */
public final class ComputeApiClient {

    private final HttpClient http;
    private final ComputeBodyHandlers handlers;

    private ComputeApiClient(HttpClient http, ComputeBodyHandlers handlers) {
        this.http = Objects.requireNonNull(http, "http");
        this.handlers = Objects.requireNonNull(handlers, "handlers");
    }

    /**
     * A client that sends with {@code http} and reads headers with {@code reader}.
     *
     * @param http   the application's HTTP client (its executor, timeouts, proxy and TLS settings apply)
     * @param reader the header reader of the application's JSON library, as {@code HeaderReaders.load()} finds it
     * @return the client
     */
    public static ComputeApiClient of(HttpClient http, HeaderReader reader) {
        return new ComputeApiClient(http, ComputeBodyHandlers.of(reader));
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
     * @throws UnexpectedResponseException  when the answer is not the API's (a status other than 200)
     * @throws IOException                  when the exchange fails
     * @throws InterruptedException         when interrupted while waiting
     */
    public ResultHeader send(HttpRequest request) throws IOException, InterruptedException {
        ResultHeader header;
        try {
            header = http.send(request, handlers.header(request)).body();
        } catch (IOException e) {
            throw Failures.unwrapSend(e);
        }
        return successful(request, header);
    }

    /**
     * Sends a request and maps the whole body when the header reports success.
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @param mapper  maps the whole body; runs on a client thread, and only after a successful header
     * @param <T>     what the body is mapped to
     * @return the mapped body
     * @throws ComputeApiException          (a {@link FailedRequestException}) when the header reports a failure
     * @throws dev.nhncloud.result.MalformedResponseException when the answer has no readable header
     * @throws UnexpectedResponseException  when the answer is not the API's (a status other than 200)
     * @throws IOException                  when the exchange fails, or the mapper throws it
     * @throws InterruptedException         when interrupted while waiting
     */
    public <T> T send(HttpRequest request, BodyMapper<T> mapper) throws IOException, InterruptedException {
        try {
            return http.send(request, handlers.body(request, mapper)).body();
        } catch (IOException e) {
            throw Failures.unwrapSend(e);
        }
    }

    /**
     * Sends a request whose answer matters only by its header, without waiting.
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @return the header, which reports success, or a future failed with one of the exceptions of {@link #send(HttpRequest)}
     */
    public CompletableFuture<ResultHeader> sendAsync(HttpRequest request) {
        return http.sendAsync(request, handlers.header(request))
                .thenApply(response -> successful(request, response.body()));
    }

    /**
     * Sends a request and maps the whole body when the header reports success, without waiting.
     *
     * @param request the request, with its {@code X-Auth-Token}
     * @param mapper  maps the whole body; runs on a client thread, and only after a successful header
     * @param <T>     what the body is mapped to
     * @return the mapped body, or a future failed with one of the exceptions of {@link #send(HttpRequest, BodyMapper)}
     */
    public <T> CompletableFuture<T> sendAsync(HttpRequest request, BodyMapper<T> mapper) {
        return http.sendAsync(request, handlers.body(request, mapper)).thenApply(HttpResponse::body);
    }

    private static ResultHeader successful(HttpRequest request, ResultHeader header) {
        if (!header.succeeded()) {
            throw new FailedRequestException(RequestLine.of(request), header);
        }
        return header;
    }
}
