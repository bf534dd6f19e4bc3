package dev.nhncloud.result.spring;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.MalformedResponseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Checks the result header of every answer from an NHN Cloud base URL, for {@code RestClient},
 * {@code RestTemplate} and the HTTP service clients built on them, before the application sees
 * the answer: a header that reports a failure throws {@link ComputeApiException}, and a body
 * without a readable header (missing, broken, cut off, not JSON: a proxy's HTML page with status
 * 200) throws {@link MalformedResponseException}, whatever the application does with the body
 * next: binds it to a class of its own, reads it as a {@code String}, or asks for no body at all.
 *
 * <pre>{@code
 * RestClient client = RestClient.builder()
 *         .baseUrl("https://kr1-api-instance-infrastructure.nhncloudservice.com")
 *         .requestInterceptor(HeaderCheckingInterceptor.of(HeaderReaders.load(), endpoints))
 *         .build();
 * InstanceList list = client.get().uri("/v2/{tenant}/servers", tenant).retrieve().body(InstanceList.class);
 * }</pre>
 *
 * <p>The body is read once. The header is read from the start of the body as it arrives and
 * reading stops at its end; what was read is handed to the application's converter again,
 * followed by the rest of the body, straight from the connection: only what comes before the end
 * of the header is held, at most {@link #withHeaderLimit(int) the header limit} (1 MiB by
 * default; the header of a Compute API answer comes first). With the reader's
 * {@link dev.nhncloud.result.ReadOptions#validateDocument() validateDocument} the whole body is
 * read and checked first, and held, up to {@link #withBodyLimit(int) the body limit}.
 *
 * <p>A body cut off after a header that passed is only found by whoever reads the rest: the
 * converters of this package ({@link HeaderCheckingJackson2Converter},
 * {@link HeaderCheckingJacksonJsonConverter}) report it as a {@code MalformedResponseException}
 * rather than as the library's parse error.
 *
 * <p>Answers with a status other than 2xx are left to Spring's status handling (a proxy's HTML
 * 502 is an {@code HttpServerErrorException}), and calls to other URLs are left alone. The
 * exceptions are unchecked and reach the caller as themselves: RestClient and RestTemplate do not
 * wrap what an interceptor throws, except {@code IOException}s, such as the one for a header
 * past the limit, which they report as a {@code ResourceAccessException}. The response is closed
 * before an exception is thrown.
 *
 * <p>Immutable and thread-safe.
 */
public final class HeaderCheckingInterceptor implements ClientHttpRequestInterceptor {

    /** The default {@link #withHeaderLimit(int)}: 1 MiB. */
    public static final int DEFAULT_HEADER_LIMIT = 1024 * 1024;
    /** The default {@link #withBodyLimit(int)}: 32 MiB. */
    public static final int DEFAULT_BODY_LIMIT = 32 * 1024 * 1024;

    private final HeaderReader reader;
    private final NhnCloudEndpoints endpoints;
    private final int headerLimit;
    private final int bodyLimit;

    private HeaderCheckingInterceptor(HeaderReader reader, NhnCloudEndpoints endpoints, int headerLimit, int bodyLimit) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.headerLimit = headerLimit;
        this.bodyLimit = bodyLimit;
    }

    /**
     * An interceptor with the default limits.
     *
     * @param reader    the reader of headers, with the application's options
     * @param endpoints the base URLs whose answers are checked
     * @return the interceptor
     */
    public static HeaderCheckingInterceptor of(HeaderReader reader, NhnCloudEndpoints endpoints) {
        return new HeaderCheckingInterceptor(reader, endpoints, DEFAULT_HEADER_LIMIT, DEFAULT_BODY_LIMIT);
    }

    /**
     * The same interceptor with another header limit: the most of a body held while its header
     * is read. A header that does not end within it fails the call with an {@code IOException}
     * naming the limit.
     *
     * @param bytes the limit, at least 1
     * @return a new interceptor
     */
    public HeaderCheckingInterceptor withHeaderLimit(int bytes) {
        return new HeaderCheckingInterceptor(reader, endpoints, positive(bytes, "header limit"), bodyLimit);
    }

    /**
     * The same interceptor with another body limit: the largest body held when the reader
     * validates the whole document. A longer body fails the call with an {@code IOException}
     * naming the limit.
     *
     * @param bytes the limit, at least 1
     * @return a new interceptor
     */
    public HeaderCheckingInterceptor withBodyLimit(int bytes) {
        return new HeaderCheckingInterceptor(reader, endpoints, headerLimit, positive(bytes, "body limit"));
    }

    private static int positive(int bytes, String what) {
        if (bytes < 1) {
            throw new IllegalArgumentException("The " + what + " must be at least 1 byte, was " + bytes);
        }
        return bytes;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        ClientHttpResponse response = execution.execute(request, body);
        if (!endpoints.covers(request.getURI()) || !response.getStatusCode().is2xxSuccessful()) {
            return response;
        }
        try {
            return new CheckedResponse(response, check(response.getBody()));
        } catch (IOException | RuntimeException | Error e) {
            response.close();
            throw e;
        }
    }

    /** Reads and checks the header; the body as the application is to read it. */
    private CheckedBody check(InputStream raw) throws IOException {
        if (reader.options().validateDocument()) {
            byte[] whole = BoundedBytes.readAll(raw, bodyLimit, "The response's body is longer than " + bodyLimit
                    + " bytes, the body limit (nhncloud.result.body-limit) for validating the whole document");
            reader.read(whole).throwIfFailed();
            return new CheckedBody(new ByteArrayInputStream(whole));
        }
        BoundedBytes head = new BoundedBytes(raw, headerLimit, "The response's header does not end within the first "
                + headerLimit + " bytes of its body, the header limit (nhncloud.result.header-limit); the rest was not read");
        reader.read(head).throwIfFailed();
        return new CheckedBody(new SequenceInputStream(head.replay(), raw));
    }

    /** The answer with its checked body: the same stream each time it is asked for. */
    private static final class CheckedResponse implements ClientHttpResponse {
        private final ClientHttpResponse response;
        private final CheckedBody body;

        CheckedResponse(ClientHttpResponse response, CheckedBody body) {
            this.response = response;
            this.body = body;
        }

        @Override
        public HttpStatusCode getStatusCode() throws IOException {
            return response.getStatusCode();
        }

        @Override
        public String getStatusText() throws IOException {
            return response.getStatusText();
        }

        @Override
        public HttpHeaders getHeaders() {
            return response.getHeaders();
        }

        @Override
        public InputStream getBody() {
            return body;
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
