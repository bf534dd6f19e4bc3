package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.lang.reflect.Type;
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
 * ResponseReader responses = JacksonHeaders.responseReader(mapper);
 *
 * ResultHeader header = client.send(request, handlers.header(request)).body();
 * InstanceList list = client.send(request, handlers.response(request, responses, InstanceList.class)).body();
 * }</pre>
 *
 * <p>What each handler completes with, and when:
 * <ul>
 * <li>{@link #header(HttpRequest)}: the header, success or failure, as soon as it has been
 *     read; whatever the server sends next, or does not send, cannot delay it.</li>
 * <li>{@link #response(HttpRequest, ResponseReader, Class)}: the application's response class,
 *     bound from the whole body by a {@link ResponseReader} in one pass that also checks its
 *     header, when the header reports success or a partial success (Email's {@code 1000}: the
 *     body says which recipients failed, so it is delivered; test {@code header.verdict()} in it
 *     to refuse one); a {@link FailedRequestException} (a {@code ComputeApiException}) for a
 *     failure: as soon as it has arrived when it is within the first
 *     {@value #RESPONSE_HEADER_SEARCH} bytes, as a failed answer's header is, else when the
 *     reader meets it at the end.</li>
 * <li>{@link #body(HttpRequest, BodyMapper)}: the application's mapping of the whole body when
 *     the header reports success, or a partial success; a {@link FailedRequestException} as
 *     soon as it reports a failure. The header is read apart from the mapping, which parses the
 *     body again: for a response class, prefer {@code response}, which reads it once.</li>
 * <li>Each, for a status other than 200, or a body in a content encoding such as
 *     {@code gzip} (which the JDK's client does not decode): an
 *     {@link UnexpectedResponseException} naming the status, type and encoding, as soon as the
 *     response headers arrive; the body is not read as JSON (see that class for why).</li>
 * <li>Each, for a 200 body without a readable header: a {@code MalformedResponseException}
 *     whose message names the request, or an {@code UnexpectedResponseException} when the
 *     response declared a content type other than JSON or a charset other than UTF-8.</li>
 * <li>Each, when the connection fails or the body is cut off before the outcome is known:
 *     the client's {@code IOException}.</li>
 * <li>Each, past a limit: an {@code IOException} naming it (below).</li>
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
 * <p><b>One pass.</b> {@code response} reads the body once with the application's
 * {@code ResponseReader}, at the end; while the body arrives, the handlers' {@link HeaderReader}
 * searches the first {@value #RESPONSE_HEADER_SEARCH} bytes for the header, only to refuse a
 * failure early (see {@link #RESPONSE_HEADER_SEARCH}). Make both readers with the same
 * {@code ReadOptions} (the same service, the same limits): the search decides by the handlers'
 * reader, the pass by the response reader. A header first costs one short attempt plus the pass;
 * a header last, attempts over less than 192 KiB plus the pass, whatever the body's size. (With
 * the handlers' reader's {@code validateDocument} option, that reader also reads the whole body
 * at its end, for the document's checks: a second pass, which the option asks for.)
 *
 * <p><b>Limits.</b> {@code body} and {@code response} hold the whole body, at most {@link #bodyLimit()} bytes
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
    /**
     * How many bytes at the start of a body {@link #response} searches for a failed header in
     * while the body arrives: 64 KiB. A failed answer is a header with little or nothing after
     * it (the API sends no list with a failure), so its header lies within its first few hundred
     * bytes, wherever the API puts it, and the search refuses it as soon as it has arrived. What
     * runs on past 64 KiB without a header is a success's body (an instance list whose header
     * comes last) or something odd, for which further attempts would only cost: the response
     * reader's one pass at the end decides. Attempts are made each time the bytes received have
     * doubled, and the last reads the 64 KiB, so they add up to less than 3 &times; 64 KiB
     * (about 2 &times; in practice), whatever the body's size.
     */
    public static final long RESPONSE_HEADER_SEARCH = 64L * 1024;

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
        return handler(request, Goal.header());
    }

    /**
     * A handler that completes with the application's response class, bound in one pass by a
     * {@link ResponseReader} that checks its header as it reads, when the header reports success
     * or a partial success. The body is held, within {@link #bodyLimit()}, and read once at its
     * end on a client thread:
     *
     * <pre>{@code
     * ResponseReader responses = JacksonHeaders.responseReader(mapper);   // once; or GsonHeaders, JsonbHeaders
     * HttpResponse<InstanceList> answer = client.send(request, handlers.response(request, responses, InstanceList.class));
     * }</pre>
     *
     * <p>It fails, as {@link #body} does:
     * <ul>
     * <li>with a {@link FailedRequestException} naming the request when the header reports a
     *     failure: as soon as it has arrived when it lies within the first
     *     {@value #RESPONSE_HEADER_SEARCH} bytes (the rest is then dropped as by {@link #header}),
     *     else when the reader meets it;</li>
     * <li>with a {@code MalformedResponseException} naming the request (or an
     *     {@link UnexpectedResponseException} for a body declared as another type or charset)
     *     when the body has no valid header or is not JSON;</li>
     * <li>with the library's own exception, as the reader throws it, when the body is JSON that
     *     does not fit the class;</li>
     * <li>with an {@code IOException} for a status other than 200, a cut-off body, a limit or
     *     the timeout, as described above.</li>
     * </ul>
     *
     * @param request the request the handler is for; its method and URI are used for messages, its timeout as described above
     * @param reader  binds the class and checks its header, such as {@code JacksonHeaders.responseReader(mapper)};
     *                made with the same {@code ReadOptions} as these handlers' reader
     * @param type    the response class; it declares a {@code ResultHeader header}
     * @param <T>     the response class
     * @return a handler for this request
     * @throws IllegalArgumentException when the reader refuses the class (it has no {@code ResultHeader header}):
     *                                  at once, before any request is sent
     */
    public <T> BodyHandler<T> response(HttpRequest request, ResponseReader reader, Class<T> type) {
        return handler(request, Goal.response(reader, type));
    }

    /**
     * A handler as {@link #response(HttpRequest, ResponseReader, Class)}, for a generic response
     * type such as {@code Page<Instance>}.
     *
     * @param request the request the handler is for
     * @param reader  binds the type and checks its header
     * @param type    the response type, such as a {@code ParameterizedType}; its class declares a {@code ResultHeader header}
     * @param <T>     the response type, unchecked: as the caller declares it
     * @return a handler for this request
     * @throws IllegalArgumentException when the reader refuses the type: at once, before any request is sent
     */
    public <T> BodyHandler<T> response(HttpRequest request, ResponseReader reader, Type type) {
        return handler(request, Goal.<T>response(reader, type));
    }

    /**
     * A handler that completes with the application's mapping of the whole body when the header
     * reports success, and fails with a {@link FailedRequestException} as soon as the header
     * reports a failure (the rest of the body is then dropped as by {@link #header}).
     *
     * <p>For a response class, prefer {@link #response(HttpRequest, ResponseReader, Class)}: it
     * reads the body once, where this reads the header while the body arrives (each time the
     * bytes received double) and at its end, up to about three times the body's bytes when the
     * header comes last, and then hands the whole body to the mapping, which parses it again. Use this one for what is no response
     * class: a tree ({@code mapper::readTree}), the raw bytes, a mapping of the application's own.
     *
     * @param request the request the handler is for; its method and URI are used for messages, its timeout as described above
     * @param mapper  maps the whole body; runs on a client thread, and only after a successful header
     * @param <T>     what the body is mapped to
     * @return a handler for this request
     */
    public <T> BodyHandler<T> body(HttpRequest request, BodyMapper<T> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return handler(request, Goal.body(mapper));
    }

    private <T> BodyHandler<T> handler(HttpRequest request, Goal<T> goal) {
        Subscribers<T> subscribers = subscribers(request, goal, new Transfer());
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
