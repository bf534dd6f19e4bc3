package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.ResultHeader;
import java.time.Duration;
import java.util.Optional;

/**
 * A request the Compute API answered with a header that reports a failure: a
 * {@link ComputeApiException} that also names the request.
 *
 * <p>The message names the method, the URI with the appkey masked and the query left out, the
 * code with its kind, family and embedded HTTP status, the remedy and the provider's message:
 *
 * <pre>
 * GET https://api-compute.cloud.toast.com/compute/v1.0/appkeys/***&#47;instances: resultCode 10404 API_ERROR INSTANCE HTTP 404 (remedy CHECK_RESOURCE): "Instance not found"
 * </pre>
 *
 * <p>When the response had a {@code Retry-After} header, the message ends with it
 * ({@code ; Retry-After 30 s}) and {@link #retryAfter()} holds it.
 *
 * <p>It never holds the {@code X-Auth-Token} header or the request body: they are never read.
 * Catch {@link ComputeApiException} and tell failures apart by {@link #kind()}; this subclass
 * only adds {@link #method()} and {@link #uri()}.
 */
public class FailedRequestException extends ComputeApiException {

    private static final long serialVersionUID = 1L;

    /** The request's method. */
    private final String method;
    /** The request's URI, without secrets. */
    private final String uri;
    /** The wait the response asked for before a retry, or null. */
    private final Duration retryAfter;

    FailedRequestException(RequestLine request, ResultHeader header, Duration retryAfter) {
        super(request + ": " + describe(header) + Exchange.describeRetryAfter(retryAfter), header);
        this.method = request.method();
        this.uri = request.uri();
        this.retryAfter = retryAfter;
    }

    /**
     * How long the response asked the caller to wait before sending the request again, from the
     * {@code Retry-After} header of the HTTP response that carried the failed header.
     * {@link RetryAdvice#delay(int, Throwable)} honours it.
     *
     * @return the wait, or empty when the response had no readable {@code Retry-After}
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The method of the request that failed.
     *
     * @return for example {@code "GET"}
     */
    public String method() {
        return method;
    }

    /**
     * The URI of the request that failed, safe to log: the path segment after {@code appkeys}
     * is {@code ***}, and user information, query and fragment are left out (a query is shown as
     * {@code ?…}).
     *
     * @return for example {@code "https://api-compute.cloud.toast.com/compute/v1.0/appkeys/***}{@code /instances"}
     */
    public String uri() {
        return uri;
    }
}
