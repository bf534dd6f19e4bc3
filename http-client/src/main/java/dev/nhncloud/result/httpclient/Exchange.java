package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One request and the status line and headers of its response: what the SDK's exceptions say
 * about a call. It holds no header value but the content type and encoding, the length and
 * {@code Retry-After}, and no body.
 */
final class Exchange {

    /** The Compute API answers every call, failed or not, with this status. */
    static final int API_STATUS = 200;
    private static final int HEADER_VALUE_LIMIT = 100;
    /** A {@code Retry-After} longer than this is read as this: no caller waits longer, and a Duration cannot overflow. */
    static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(365);

    private final RequestLine request;
    private final int statusCode;
    /** Escaped and cut: header values are untrusted text. Null when the response has none. */
    private final String contentType;
    /** The declared charset, escaped and cut; null when none is declared. */
    private final String charset;
    /** The content coding, escaped and cut; null when the body is not encoded ({@code identity} or no header). */
    private final String contentEncoding;
    /** The declared length, or -1. */
    private final long contentLength;
    /** The wait the response asks for before a retry, or null. */
    private final Duration retryAfter;

    Exchange(RequestLine request, ResponseInfo response) {
        this(request, response.statusCode(), response.headers(), Instant.now());
    }

    Exchange(RequestLine request, int statusCode, HttpHeaders headers, Instant now) {
        this.request = request;
        this.statusCode = statusCode;
        String type = headers.firstValue("Content-Type").orElse(null);
        this.contentType = type == null ? null : loggable(type);
        this.charset = type == null ? null : charsetOf(type).map(Exchange::loggable).orElse(null);
        this.contentEncoding = headers.firstValue("Content-Encoding").map(String::strip)
                .filter(coding -> !coding.isEmpty() && !coding.equalsIgnoreCase("identity")).map(Exchange::loggable).orElse(null);
        OptionalLong length = headers.firstValueAsLong("Content-Length");
        this.contentLength = length.isPresent() && length.getAsLong() >= 0 ? length.getAsLong() : -1;
        this.retryAfter = headers.firstValue("Retry-After").flatMap(value -> retryAfter(value, now)).orElse(null);
    }

    private static String loggable(String value) {
        String escaped = LogSafeText.escape(value.strip());
        return escaped.length() <= HEADER_VALUE_LIMIT ? escaped : escaped.substring(0, HEADER_VALUE_LIMIT) + "\u2026";
    }

    /** The {@code charset} parameter of a media type, quotes removed. */
    static Optional<String> charsetOf(String contentType) {
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String value = parameter.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * A {@code Retry-After} value (RFC 9110 section 10.2.3): seconds, or an HTTP date, read as
     * the wait from {@code now}. A date in the past is no wait; a value that is neither is
     * ignored.
     */
    static Optional<Duration> retryAfter(String value, Instant now) {
        String text = value.strip();
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // More digits than a year of seconds has are a year: compared as text, so no number overflows.
            String digits = text.replaceFirst("^0+(?=.)", "");
            long seconds = digits.length() > 8 ? Long.MAX_VALUE : Long.parseLong(digits);
            return Optional.of(seconds >= LONGEST_RETRY_AFTER.toSeconds() ? LONGEST_RETRY_AFTER : Duration.ofSeconds(seconds));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            if (wait.isNegative()) {
                return Optional.of(Duration.ZERO);
            }
            return Optional.of(wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the response can be an answer of the Compute API at all, and one the SDK can read. */
    boolean readable() {
        return statusCode == API_STATUS && contentEncoding == null;
    }

    /** Why a response that is not {@link #readable()} is not read. */
    UnexpectedResponseException notReadable() {
        if (statusCode != API_STATUS) {
            return unexpected("is not a Compute API answer: the API answers every call with HTTP 200 and a JSON header;"
                    + " the body was not read", null);
        }
        return unexpected("cannot be read: java.net.http.HttpClient does not decode content encodings, and the header is"
                + " read from the body as it arrives; the body was not read (send no Accept-Encoding header)", null);
    }

    /** The declared length of the body, or -1. */
    long contentLength() {
        return contentLength;
    }

    FailedRequestException failed(ResultHeader header) {
        return new FailedRequestException(request, header, retryAfter);
    }

    /**
     * What a failure to read the header becomes. A body with no readable header is the API's
     * malformed answer when it says it is JSON or says nothing, and a page of something else
     * (a captive portal, a proxy) when it declares another type: that is not a JSON parse
     * failure but an unexpected response, named by its status and type. So is invalid JSON in
     * a body declared in a charset other than UTF-8 (the API answers UTF-8, as JSON requires),
     * and invalid JSON that starts as gzip does: the message names the charset or the coding,
     * not the first odd character. Either way the message names the request. Failures other
     * than the body's (I/O) pass unchanged.
     *
     * @param failure what reading the header threw
     * @param head    the first bytes of the body
     */
    Throwable unreadable(Throwable failure, byte[] head) {
        if (!(failure instanceof MalformedResponseException)) {
            return failure;
        }
        MalformedResponseException malformed = (MalformedResponseException) failure;
        if (contentType != null && !isJson(contentType)) {
            return unexpected("has no readable result header: " + malformed.getMessage(), malformed);
        }
        if (malformed.reason() == MalformedResponseException.Reason.MALFORMED_JSON) {
            if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
                return unexpected("has no readable result header: the body starts as gzip data does (1F 8B), though the"
                        + " response declares no content encoding: " + malformed.getMessage(), malformed);
            }
            if (charset != null && !isUtf8(charset)) {
                return unexpected("has no readable result header: the body is declared in charset " + charset
                        + ", and the SDK reads UTF-8, which the API answers in and JSON requires: " + malformed.getMessage(), malformed);
            }
        }
        String prefix = malformed.reason() + ": ";
        String message = malformed.getMessage();
        String detail = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return new MalformedResponseException(malformed.reason(), request + ": HTTP " + statusCode + " with "
                + describe(contentType) + ": " + detail, malformed);
    }

    /**
     * The body is longer than what the handler holds: the declared length, or the bytes received so far.
     *
     * @param handler the handler's method as messages name it, such as {@code "body(...)"}
     */
    IOException tooLarge(long limit, boolean wholeBody, String handler, boolean declared) {
        String what = declared ? "declares a body of " + contentLength + " bytes, more than" : "has a body longer than";
        if (wholeBody) {
            return new IOException(request + ": HTTP " + statusCode + " " + what + " the limit of " + limit
                    + " bytes that " + handler + " holds (ComputeBodyHandlers.withBodyLimit); the transfer was stopped");
        }
        return new IOException(request + ": HTTP " + statusCode + " has no complete result header within the first " + limit
                + " bytes, the most that " + handler + " holds before the header (ComputeBodyHandlers.withHeaderLimit);"
                + " the transfer was stopped");
    }

    /** The body did not arrive within the request's timeout, counted again from the response headers. */
    HttpTimeoutException timedOut(Duration timeout) {
        return new HttpTimeoutException(request + ": HTTP " + statusCode + ": the body did not arrive within the request's"
                + " timeout of " + timeout + ", counted again from the response headers; the transfer was stopped");
    }

    /** The final response came from another origin than the request was sent to: a redirect was followed. */
    UnexpectedResponseException fromAnotherOrigin(URI finalUri) {
        return unexpected("came from another origin, " + RequestLine.origin(finalUri) + ", after a redirect: the"
                + " X-Auth-Token may have been sent there; the answer is not used (build the HttpClient with Redirect.NEVER)", null);
    }

    private UnexpectedResponseException unexpected(String what, Throwable cause) {
        return new UnexpectedResponseException(request, statusCode, contentType, contentEncoding, retryAfter, what, cause);
    }

    /** How messages show a wait the response asked for: "; Retry-After 30 s", or nothing. */
    static String describeRetryAfter(Duration retryAfter) {
        if (retryAfter == null) {
            return "";
        }
        // Rounded up: a date-based wait has a fraction, and waiting less than asked is not honouring it.
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() == 0 ? 0 : 1);
        return "; Retry-After " + seconds + " s";
    }

    private static String describe(String contentType) {
        return contentType == null ? "no content type" : "content type " + contentType;
    }

    private static boolean isUtf8(String charset) {
        String name = charset.toLowerCase(Locale.ROOT);
        return name.equals("utf-8") || name.equals("utf8");
    }

    /** {@code application/json}, {@code text/json} and any {@code +json} type, parameters aside. */
    static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.equals("text/json") || type.endsWith("+json");
    }
}
