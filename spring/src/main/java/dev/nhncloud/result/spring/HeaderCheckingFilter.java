package dev.nhncloud.result.spring;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.MalformedResponseException;
import java.util.Objects;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Checks the result header of every answer from an NHN Cloud base URL, for {@code WebClient}
 * and the HTTP service clients built on it, without blocking: the answer is handed on only once
 * its body has been checked, so a header that reports a failure fails the exchange with
 * {@link ComputeApiException}, and a body without a readable, whole header (missing, broken, cut
 * off, not JSON) with {@link MalformedResponseException}, before anything is decoded.
 *
 * <pre>{@code
 * WebClient client = WebClient.builder()
 *         .filter(HeaderCheckingFilter.of(HeaderReaders.load(), endpoints))
 *         .build();
 * Mono<InstanceList> list = client.get().uri(url).retrieve().bodyToMono(InstanceList.class);
 * }</pre>
 *
 * <p>The whole body is gathered (as Spring's JSON decoders gather it to decode one value) and the
 * whole document is checked: {@code retrieve()} reports whatever fails while a body is decoded
 * wrapped in a {@code WebClientResponseException}, so a body cut off after a good header must
 * be found here, before decoding, to reach the caller as a {@code MalformedResponseException}.
 * A second header and data after the root are refused too, as with
 * {@link dev.nhncloud.result.ReadOptions#validateDocument()}. The decoder then receives the body
 * as one buffer. A body longer than {@link #withBodyLimit(int) the body limit} (32 MiB by
 * default) fails with Spring's {@code DataBufferLimitException}.
 *
 * <p>Answers with a status other than 2xx are left to Spring's status handling (a proxy's HTML
 * 502 is a {@code WebClientResponseException}), and calls to other URLs are left alone.
 *
 * <p>Immutable and thread-safe.
 */
public final class HeaderCheckingFilter implements ExchangeFilterFunction {

    private final HeaderReader reader;
    private final NhnCloudEndpoints endpoints;
    private final int bodyLimit;

    private HeaderCheckingFilter(HeaderReader reader, NhnCloudEndpoints endpoints, int bodyLimit) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.bodyLimit = bodyLimit;
    }

    /**
     * A filter with the default body limit.
     *
     * @param reader    the reader of headers, which reads whole documents:
     *                  {@code ReadOptions.builder().validateDocument(true)}
     * @param endpoints the base URLs whose answers are checked
     * @return the filter
     * @throws IllegalArgumentException when the reader stops at the end of the header: a body cut
     *                                  off after it would pass
     */
    public static HeaderCheckingFilter of(HeaderReader reader, NhnCloudEndpoints endpoints) {
        if (!reader.options().validateDocument()) {
            throw new IllegalArgumentException("HeaderCheckingFilter checks whole documents: give it a reader made with "
                    + "ReadOptions.builder().validateDocument(true), or a body cut off after its header would pass");
        }
        return new HeaderCheckingFilter(reader, endpoints, HeaderCheckingInterceptor.DEFAULT_BODY_LIMIT);
    }

    /**
     * The same filter with another body limit.
     *
     * @param bytes the largest body gathered, at least 1
     * @return a new filter
     */
    public HeaderCheckingFilter withBodyLimit(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("The body limit must be at least 1 byte, was " + bytes);
        }
        return new HeaderCheckingFilter(reader, endpoints, bytes);
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        if (!endpoints.covers(request.url())) {
            return next.exchange(request);
        }
        return next.exchange(request).flatMap(response -> response.statusCode().is2xxSuccessful()
                ? checked(response) : Mono.just(response));
    }

    private Mono<ClientResponse> checked(ClientResponse response) {
        return DataBufferUtils.join(response.bodyToFlux(DataBuffer.class), bodyLimit)
                .map(HeaderCheckingFilter::bytesOf)
                .defaultIfEmpty(new byte[0])
                .map(body -> {
                    reader.read(body).throwIfFailed();
                    return response.mutate()
                            .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)))
                            .build();
                });
    }

    private static byte[] bytesOf(DataBuffer joined) {
        try {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(joined);
        }
    }
}
