package dev.nhncloud.result.httpclient;

import java.io.IOException;

/**
 * The application's mapping of a whole response body, applied only after the header has
 * reported success. With Jackson, for a response class that declares the header too:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(JacksonHeaders.module());
 * BodyMapper<InstanceList> instances = body -> mapper.readValue(body, InstanceList.class);
 * }</pre>
 *
 * <p>It may throw {@link IOException}, unlike {@code Function<byte[], T>}, because the mapping
 * methods of JSON libraries do (Jackson's {@code readValue}); a {@code Function} fits as
 * {@code function::apply}. What it throws is what the call fails with.
 *
 * <p>It runs on a thread of the HTTP client once the body has arrived: it should map, not
 * block on other I/O.
 *
 * @param <T> what the body is mapped to
 */
@FunctionalInterface
public interface BodyMapper<T> {

    /**
     * Maps a whole response body.
     *
     * @param body the body's bytes, as received (UTF-8 JSON for a Compute API answer); the
     *             mapper may keep or change the array
     * @return the application's value; null is allowed and becomes the call's result
     * @throws IOException when the body does not map
     */
    T map(byte[] body) throws IOException;
}
