/**
 * nhncloud-result for the JDK's {@code java.net.http.HttpClient}: body handlers that read the
 * result header of NHN Cloud Compute API responses, a client that sends with them, token
 * renewal with one replay, and retry advice.
 *
 * <p>Entry points: {@link dev.nhncloud.result.httpclient.ComputeApiClient} to send requests,
 * {@link dev.nhncloud.result.httpclient.ComputeBodyHandlers} to use the body handlers with an
 * {@code HttpClient} directly, {@link dev.nhncloud.result.httpclient.TokenRenewal} and
 * {@link dev.nhncloud.result.httpclient.RetryAdvice}. The header is read by the
 * {@link dev.nhncloud.result.HeaderReader} the application chooses: this module depends on no
 * JSON library.
 */
module dev.nhncloud.result.httpclient {
    requires transitive dev.nhncloud.result;
    requires transitive java.net.http;

    exports dev.nhncloud.result.httpclient;
}
