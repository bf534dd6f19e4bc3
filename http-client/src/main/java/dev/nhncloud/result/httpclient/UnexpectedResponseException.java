package dev.nhncloud.result.httpclient;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * A response that is not an answer of the Compute API, or not one the SDK can read: an HTTP
 * status other than 200; a body of a declared non-JSON content type without a readable header
 * (the HTML page of a proxy, a gateway or a captive portal); a body in a content encoding
 * ({@code gzip}) or, without a readable header, in a charset other than UTF-8; an answer that
 * came from another origin after a redirect. The message names the request (appkey masked,
 * query left out), the HTTP status, the content type and encoding, and the
 * {@code Retry-After} when there is one:
 *
 * <pre>
 * GET https://api-compute.cloud.toast.com/compute/v1.0/appkeys/***&#47;instances: HTTP 502 with content type text/html is not a Compute API answer: the API answers every call with HTTP 200 and a JSON header; the body was not read
 * </pre>
 *
 * <p>The Compute API answers every call, failed or not, with HTTP 200 and a JSON header; any
 * other answer came from something between the application and the API. The body of a non-200
 * answer is therefore not read as a header: an HTML 502 page is this exception, never a
 * {@code MALFORMED_JSON} complaint about its first {@code <}.
 *
 * <p>It is an {@link IOException} because that is what it is to the caller: the exchange
 * failed on the way, as a connection reset does, and {@code HttpClient.send} callers already
 * handle {@code IOException}. (A body handler's failure reaches {@code HttpClient.send} callers
 * wrapped in a plain {@code IOException} whatever its type; {@link ComputeApiClient} throws it
 * as itself.) {@link RetryAdvice} says when to retry it, by status and by the request's method.
 */
public class UnexpectedResponseException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The request's method. */
    private final String method;
    /** The request's URI, without secrets. */
    private final String uri;
    /** The HTTP status of the response. */
    private final int statusCode;
    /** The Content-Type of the response as sent (escaped, cut), or null when it had none. */
    private final String contentType;
    /** The wait the response asked for before a retry, or null. */
    private final Duration retryAfter;

    UnexpectedResponseException(RequestLine request, int statusCode, String contentType, String contentEncoding,
                                Duration retryAfter, String what, Throwable cause) {
        super(request + ": HTTP " + statusCode + " with " + describe(contentType, contentEncoding) + " " + what
                + Exchange.describeRetryAfter(retryAfter), cause);
        this.method = request.method();
        this.uri = request.uri();
        this.statusCode = statusCode;
        this.contentType = contentType;
        this.retryAfter = retryAfter;
    }

    private static String describe(String contentType, String contentEncoding) {
        String type = contentType == null ? "no content type" : "content type " + contentType;
        return contentEncoding == null ? type : type + " and content encoding " + contentEncoding;
    }

    /**
     * The HTTP status of the response.
     *
     * @return for example 502
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The Content-Type of the response, escaped and cut at 100 characters as the message shows it.
     *
     * @return for example {@code "text/html; charset=utf-8"}, or empty when the response had none
     */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /**
     * How long the response asked the caller to wait before sending the request again, from its
     * {@code Retry-After} header (seconds, or a date, counted from when the response arrived; at
     * most a year). {@link RetryAdvice#delay(int, Throwable)} honours it.
     *
     * @return the wait, or empty when the response had no readable {@code Retry-After}
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The method of the request.
     *
     * @return for example {@code "GET"}
     */
    public String method() {
        return method;
    }

    /**
     * The URI of the request, safe to log: the path segment after {@code appkeys} is {@code ***},
     * and user information, query and fragment are left out (a query is shown as {@code ?…}).
     *
     * @return the URI without secrets
     */
    public String uri() {
        return uri;
    }
}
