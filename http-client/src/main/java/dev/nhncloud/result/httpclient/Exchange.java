package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ResultHeader;
import java.net.http.HttpResponse.ResponseInfo;
import java.util.Locale;

/**
 * One request and the status line of its response: what the SDK's exceptions say about a
 * call. It holds no header value but the content type, and no body.
 */
final class Exchange {

    /** The Compute API answers every call, failed or not, with this status. */
    static final int API_STATUS = 200;
    private static final int CONTENT_TYPE_LIMIT = 100;

    private final RequestLine request;
    private final int statusCode;
    /** Escaped and cut: the header is untrusted text. Null when the response has none. */
    private final String contentType;

    Exchange(RequestLine request, ResponseInfo response) {
        this.request = request;
        this.statusCode = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").map(Exchange::loggable).orElse(null);
    }

    private static String loggable(String contentType) {
        String escaped = LogSafeText.escape(contentType.strip());
        return escaped.length() <= CONTENT_TYPE_LIMIT ? escaped : escaped.substring(0, CONTENT_TYPE_LIMIT) + "\u2026";
    }

    /** Whether the response can be an answer of the Compute API at all. */
    boolean fromTheApi() {
        return statusCode == API_STATUS;
    }

    UnexpectedResponseException notFromTheApi() {
        return new UnexpectedResponseException(request, statusCode, contentType);
    }

    FailedRequestException failed(ResultHeader header) {
        return new FailedRequestException(request, header);
    }

    /**
     * What a failure to read the header becomes. A body with no readable header is the API's
     * malformed answer when it says it is JSON or says nothing, and a page of something else
     * (a captive portal, a proxy) when it declares another type: that is not a JSON parse
     * failure but an unexpected response, named by its status and type. Either way the
     * message names the request. Failures other than the body's (I/O) pass unchanged.
     */
    Throwable unreadable(Throwable failure) {
        if (!(failure instanceof MalformedResponseException)) {
            return failure;
        }
        MalformedResponseException malformed = (MalformedResponseException) failure;
        if (contentType != null && !isJson(contentType)) {
            return new UnexpectedResponseException(request, statusCode, contentType, malformed);
        }
        String prefix = malformed.reason() + ": ";
        String message = malformed.getMessage();
        String detail = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return new MalformedResponseException(malformed.reason(), request + ": HTTP " + statusCode + " with "
                + (contentType == null ? "no content type" : "content type " + contentType) + ": " + detail, malformed);
    }

    /** {@code application/json}, {@code text/json} and any {@code +json} type, parameters aside. */
    static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.equals("text/json") || type.endsWith("+json");
    }
}
