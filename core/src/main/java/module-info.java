/**
 * nhncloud-result core: the result-code model of the NHN Cloud Compute API and the catalogues
 * of the other services that answer with the same header, the header rules, and the SPI
 * through which the JSON bindings plug in.
 *
 * <p>Applications use {@link dev.nhncloud.result.HeaderReaders} to get a
 * {@link dev.nhncloud.result.HeaderReader} from whichever binding is present, and
 * {@link dev.nhncloud.result.ResultCode} to interpret codes. Bindings implement
 * {@link dev.nhncloud.result.spi.JsonBackend} and register it with {@code provides}; the engine
 * that applies the rules ({@code dev.nhncloud.result.engine}) is core's own and not exported.
 *
 * <h2>In ten lines</h2>
 *
 * <pre>{@code
 * HeaderReader reader = HeaderReaders.load();                // the binding present; immutable, keep it
 * try {
 *     ResultHeader header = reader.read(body);               // String, byte[] or a slice, ByteBuffer, InputStream, Reader
 *     header.throwIfFailed();                                // unless isSuccessful and resultCode 0
 *     return mapper.readValue(body, InstanceList.class);     // the call succeeded: bind the rest
 * } catch (ComputeApiException e) {                          // it failed: decide by the code's remedy
 *     if (e.code().requiresCredentials()) { renewToken(); return retry(); }
 *     if (e.code().retryable()) { return retryLater(); }
 *     throw e;
 * }                                                          // no readable header: MalformedResponseException
 * }</pre>
 *
 * <p>Decide with {@link dev.nhncloud.result.ResultHeader#succeeded()}, the SDK's verdict;
 * {@link dev.nhncloud.result.ResultHeader#isSuccessfulFlag()} is only the wire flag as sent. The
 * bindings' entry points are {@code JacksonHeaders}, {@code Jackson3Headers}, {@code GsonHeaders},
 * {@code JsonpHeaders} and {@code JsonbHeaders}; the JDK {@code HttpClient}'s body handlers are in
 * {@code nhncloud-result-httpclient}, Spring's integration in {@code nhncloud-result-spring}.
 */
module dev.nhncloud.result {
    exports dev.nhncloud.result;
    exports dev.nhncloud.result.service;
    exports dev.nhncloud.result.spi;

    uses dev.nhncloud.result.spi.JsonBackend;
}
