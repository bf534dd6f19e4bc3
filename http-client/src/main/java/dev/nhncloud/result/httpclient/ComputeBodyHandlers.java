package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ResultHeader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandler;
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
 * <p>What each handler completes with:
 * <ul>
 * <li>{@link #header(HttpRequest)}: the header, success or failure, once it has been read; the
 *     rest of a large body is not transferred.</li>
 * <li>{@link #body(HttpRequest, BodyMapper)}: the application's mapping of the whole body when
 *     the header reports success; a {@link FailedRequestException} (a
 *     {@code ComputeApiException}) as soon as it reports a failure.</li>
 * <li>Either, for a status other than 200: an {@link UnexpectedResponseException} naming the
 *     status and content type; the body is not read as JSON (see that class for why).</li>
 * <li>Either, for a 200 body without a readable header: a {@code MalformedResponseException}
 *     whose message names the request, or an {@code UnexpectedResponseException} when the
 *     response declared a content type other than JSON.</li>
 * <li>Either, when the connection fails or the body is cut off before the outcome is known:
 *     the client's {@code IOException}.</li>
 * </ul>
 *
 * <p>The handlers never block a client thread, so they are correct with {@code send} and
 * {@code sendAsync} alike, on any executor. With {@code sendAsync} the future fails with the
 * exception itself (inside a {@code CompletionException} for {@code join}). With {@code send},
 * the JDK wraps any failure of a body handler, checked or not, in a plain {@code IOException}
 * whose cause is the exception; {@link ComputeApiClient} unwraps it, and {@link RetryAdvice}
 * and {@link TokenRenewal} see through it.
 *
 * <p>Messages name the request by method and URI with the appkey masked and the query left out;
 * they never include the {@code X-Auth-Token} header or the request body, which are never read.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComputeBodyHandlers {

    private final HeaderReader reader;

    private ComputeBodyHandlers(HeaderReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * Handlers that read headers with the given reader (from a binding, or from
     * {@link HeaderReaders}).
     *
     * @param reader a thread-safe header reader; its options apply (with
     *               {@code validateDocument} the whole body is read, even by {@link #header})
     * @return the handlers
     */
    public static ComputeBodyHandlers of(HeaderReader reader) {
        return new ComputeBodyHandlers(reader);
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
     * The reader these handlers use.
     *
     * @return the reader
     */
    public HeaderReader reader() {
        return reader;
    }

    /**
     * A handler that completes with the header once it has been read, whether it reports success
     * or failure. The rest of the body is dropped: up to 64 KiB more of it is read so that the
     * connection can be reused, and the transfer is cancelled past that. The header is delivered
     * when that ends, at the end of a small body or at the cancellation, so that a caller sending
     * its next request at once finds the connection back in the client's pool.
     *
     * @param request the request the handler is for; only its method and URI are used, for messages
     * @return a handler for this request
     */
    public BodyHandler<ResultHeader> header(HttpRequest request) {
        RequestLine line = RequestLine.of(Objects.requireNonNull(request, "request"));
        return response -> ComputeBodySubscriber.header(new Exchange(line, response), reader);
    }

    /**
     * A handler that completes with the application's mapping of the whole body when the header
     * reports success, and fails with a {@link FailedRequestException} as soon as the header
     * reports a failure (the rest of the body is then dropped as by {@link #header}).
     *
     * @param request the request the handler is for; only its method and URI are used, for messages
     * @param mapper  maps the whole body; runs on a client thread, and only after a successful header
     * @param <T>     what the body is mapped to
     * @return a handler for this request
     */
    public <T> BodyHandler<T> body(HttpRequest request, BodyMapper<T> mapper) {
        RequestLine line = RequestLine.of(Objects.requireNonNull(request, "request"));
        Objects.requireNonNull(mapper, "mapper");
        return response -> ComputeBodySubscriber.body(new Exchange(line, response), reader, mapper);
    }
}
