package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ResultHeader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.ResponseInfo;
import java.time.Duration;
import java.util.Objects;

/**
 * {@code BodyHandler}s for the JDK's {@code HttpClient} that read the result header of a
 * Compute API answer. Make one per application, from the {@link HeaderReader} of its JSON
 * library, and one handler per request:
 *
 * <pre>{@code
 * ComputeBodyHandlers handlers = ComputeBodyHandlers.of(HeaderReaders.load());
 *
 * ResultHeader header = client.send(request, handlers.header(request)).body();
 * InstanceList list = client.send(request, handlers.body(request,
 *         body -> mapper.readValue(body, InstanceList.class))).body();
 * }</pre>
 *
 * <p>What each handler completes with, and when:
 * <ul>
 * <li>{@link #header(HttpRequest)}: the header, success or failure, as soon as it has been
 *     read; whatever the server sends next, or does not send, cannot delay it.</li>
 * <li>{@link #body(HttpRequest, BodyMapper)}: the application's mapping of the whole body when
 *     the header reports success, or a partial success (Email's {@code 1000}: the body says
 *     which recipients failed, so it is mapped; test {@code header.verdict()} in it to refuse
 *     one); a {@link FailedRequestException} (a {@code ComputeApiException}) as soon as it
 *     reports a failure.</li>
 * <li>Either, for a status other than 200, or a body in a content encoding such as
 *     {@code gzip} (which the JDK's client does not decode): an
 *     {@link UnexpectedResponseException} naming the status, type and encoding, as soon as the
 *     response headers arrive; the body is not read as JSON (see that class for why).</li>
 * <li>Either, for a 200 body without a readable header: a {@code MalformedResponseException}
 *     whose message names the request, or an {@code UnexpectedResponseException} when the
 *     response declared a content type other than JSON or a charset other than UTF-8.</li>
 * <li>Either, when the connection fails or the body is cut off before the outcome is known:
 *     the client's {@code IOException}.</li>
 * <li>Either, past a limit: an {@code IOException} naming it (below).</li>
 * </ul>
 * After an outcome that comes before the end of the body, up to 64 KiB more of the body are
 * read for at most 2 s, in the background, so that the connection can be reused; past that the
 * transfer is cancelled.
 *
 * <p><b>Deadlines.</b> The JDK counts {@code HttpRequest.timeout} only until the response
 * headers arrive. These handlers count it again from there until the outcome is decided, and
 * past it fail with an {@code HttpTimeoutException} and stop the transfer, so a call with a
 * timeout takes at most about twice it. Set one on every request; without it a body that
 * stalls before its header (or, for {@code body}, before its end) is waited for as long as the
 * connection lasts. To give up sooner, use {@link ComputeApiClient}, whose futures stop the
 * transfer when they are cancelled or time out ({@code orTimeout}) and whose {@code send}
 * stops it when interrupted.
 *
 * <p><b>Limits.</b> {@code body} holds the whole body, at most {@link #bodyLimit()} bytes
 * ({@value #DEFAULT_BODY_LIMIT} unless set with {@link #withBodyLimit}); {@code header} holds
 * what comes before the end of the header, at most {@link #headerLimit()} bytes
 * ({@value #DEFAULT_HEADER_LIMIT} unless set with {@link #withHeaderLimit}; with the reader's
 * {@code validateDocument} option that is the whole body). Past its limit a call fails with an
 * {@code IOException} naming it and the transfer is stopped; a declared
 * {@code Content-Length} over the body limit fails at once. Bytes are copied into blocks of
 * the handler's own as they arrive, so many small buffers cost no more than one large one.
 *
 * <p><b>Redirects.</b> Use an {@code HttpClient} that does not follow redirects (the default,
 * {@code Redirect.NEVER}): the JDK sends the request's headers, {@code X-Auth-Token} among them,
 * to whatever origin a redirect names. A handler does not see the URI a response came from;
 * {@link ComputeApiClient} refuses a client that follows redirects, and checks it.
 *
 * <p>The handlers never block a client thread, so they are correct with {@code send} and
 * {@code sendAsync} alike, on any executor. With {@code sendAsync} the future fails with the
 * exception itself (inside a {@code CompletionException} for {@code join}). With {@code send},
 * the JDK wraps any failure of a body handler, checked or not, in a plain {@code IOException}
 * whose cause is the exception; {@link ComputeApiClient} throws it as itself, and
 * {@link RetryAdvice} and {@link TokenRenewal} see through it.
 *
 * <p><b>Services.</b> The handlers read headers under the catalogue of the reader's options:
 * handlers made from {@code HeaderReaders.load(ReadOptions.builder().service(Service.SMS).build())}
 * read SMS answers by SMS's codes, with no other setting.
 *
 * <p>Messages name the request by method and URI with the appkey masked and the query left out;
 * they never include the {@code X-Auth-Token} header or the request body, which are never read.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComputeBodyHandlers {

    /** The most bytes {@link #body} holds unless {@link #withBodyLimit} says otherwise: 32 MiB. */
    public static final long DEFAULT_BODY_LIMIT = 32L * 1024 * 1024;
    /**
     * The most bytes {@link #header} holds before the end of the header unless
     * {@link #withHeaderLimit} says otherwise: 1 MiB, more than the longest header the default
     * read options accept (a 65,536-character message, every character escaped).
     */
    public static final long DEFAULT_HEADER_LIMIT = 1024L * 1024;

    private final HeaderReader reader;
    private final long bodyLimit;
    private final long headerLimit;

    private ComputeBodyHandlers(HeaderReader reader, long bodyLimit, long headerLimit) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.bodyLimit = bodyLimit;
        this.headerLimit = headerLimit;
    }

    /**
     * Handlers that read headers with the given reader (from a binding, or from
     * {@link HeaderReaders}), with the default limits.
     *
     * @param reader a thread-safe header reader; its options apply (with
     *               {@code validateDocument} the whole body is read, even by {@link #header})
     * @return the handlers
     */
    public static ComputeBodyHandlers of(HeaderReader reader) {
        return new ComputeBodyHandlers(reader, DEFAULT_BODY_LIMIT, DEFAULT_HEADER_LIMIT);
    }

    /**
     * Handlers that read headers with the only binding present, as {@link HeaderReaders#load()}
     * finds it.
     *
     * @return the handlers
     * @throws IllegalStateException when no binding, or more than one, is present
     */
    public static ComputeBodyHandlers load() {
        return of(HeaderReaders.load());
    }

    /**
     * These handlers with another limit for {@link #body}: a longer body fails with an
     * {@code IOException} naming the limit.
     *
     * <pre>{@code
     * ComputeBodyHandlers handlers = ComputeBodyHandlers.of(reader).withBodyLimit(256L * 1024 * 1024);
     * }</pre>
     *
     * @param bytes the most bytes of a body to hold; at least 1, at most {@code Integer.MAX_VALUE - 8}
     *              (the body is handed to the mapping as one array)
     * @return the handlers
     * @throws IllegalArgumentException when the limit is out of range
     */
    public ComputeBodyHandlers withBodyLimit(long bytes) {
        if (bytes < 1 || bytes > ReceivedBody.MAX_ARRAY) {
            throw new IllegalArgumentException("The body limit must be between 1 and " + ReceivedBody.MAX_ARRAY
                    + " bytes, got " + bytes);
        }
        return new ComputeBodyHandlers(reader, bytes, headerLimit);
    }

    /**
     * These handlers with another limit for what {@link #header} holds before the end of the
     * header: a header that ends later fails with an {@code IOException} naming the limit.
     *
     * @param bytes the most bytes to hold before the end of the header; at least 1
     * @return the handlers
     * @throws IllegalArgumentException when the limit is not positive
     */
    public ComputeBodyHandlers withHeaderLimit(long bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("The header limit must be at least 1 byte, got " + bytes);
        }
        return new ComputeBodyHandlers(reader, bodyLimit, bytes);
    }

    /**
     * The reader these handlers use.
     *
     * @return the reader
     */
    public HeaderReader reader() {
        return reader;
    }

    /**
     * The most bytes {@link #body} holds.
     *
     * @return the limit in bytes
     */
    public long bodyLimit() {
        return bodyLimit;
    }

    /**
     * The most bytes {@link #header} holds before the end of the header.
     *
     * @return the limit in bytes
     */
    public long headerLimit() {
        return headerLimit;
    }

    /**
     * A handler that completes with the header as soon as it has been read, whether it reports
     * success or failure. The rest of the body is dropped: up to 64 KiB more of it is read in the
     * background, for at most 2 s, so that the connection can be reused, and the transfer is
     * cancelled past that.
     *
     * @param request the request the handler is for; its method and URI are used for messages, its timeout as described above
     * @return a handler for this request
     */
    public BodyHandler<ResultHeader> header(HttpRequest request) {
        Subscribers<ResultHeader> subscribers = subscribers(request, Goal.header(), new Transfer());
        return response -> new ComputeBodySubscriber.Unwrapped<>(subscribers.apply(response));
    }

    /**
     * A handler that completes with the application's mapping of the whole body when the header
     * reports success, and fails with a {@link FailedRequestException} as soon as the header
     * reports a failure (the rest of the body is then dropped as by {@link #header}).
     *
     * @param request the request the handler is for; its method and URI are used for messages, its timeout as described above
     * @param mapper  maps the whole body; runs on a client thread, and only after a successful header
     * @param <T>     what the body is mapped to
     * @return a handler for this request
     */
    public <T> BodyHandler<T> body(HttpRequest request, BodyMapper<T> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        Subscribers<T> subscribers = subscribers(request, Goal.body(mapper), new Transfer());
        return response -> new ComputeBodySubscriber.Unwrapped<>(subscribers.apply(response));
    }

    /** A handler whose failures are outcomes, not exceptional completions: {@link ComputeApiClient}'s. */
    <T> BodyHandler<Outcome<T>> outcomes(HttpRequest request, Goal<T> goal, Transfer transfer) {
        return subscribers(request, goal, transfer)::apply;
    }

    private <T> Subscribers<T> subscribers(HttpRequest request, Goal<T> goal, Transfer transfer) {
        RequestLine line = RequestLine.of(Objects.requireNonNull(request, "request"));
        Duration timeout = request.timeout().orElse(null);
        long limit = goal.wholeBody() ? bodyLimit : headerLimit;
        return response -> new ComputeBodySubscriber<>(new Exchange(line, response), reader, goal, limit, timeout, transfer);
    }

    /** Makes the subscriber for one response. */
    @FunctionalInterface
    private interface Subscribers<T> {
        ComputeBodySubscriber<T> apply(ResponseInfo response);
    }
}
