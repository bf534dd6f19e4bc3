package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.LogSafeText;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * The method and URI of a request as the SDK's messages show them, with every part that may be
 * a secret left out: {@code GET https://api-compute.cloud.toast.com/compute/v1.0/appkeys/***}{@code /instances}.
 *
 * <ul>
 * <li>The path segment after {@code appkeys} is masked: the appkey identifies the project and
 *     is half of what a caller needs to act on it. Empty and {@code .} segments in between are
 *     skipped, as servers that merge slashes and remove dot segments skip them
 *     ({@code appkeys//KEY} and {@code appkeys/./KEY} name the appkey {@code KEY}), and
 *     {@code appkeys} is recognized in any case, percent-encoded or with path parameters.</li>
 * <li>The query is left out, marked by {@code ?…}: the SDK cannot know which parameters an
 *     application or a gateway treats as secret, and the Compute API's own queries (IDs,
 *     filters) do not tell one failure from another better than the path does.</li>
 * <li>User information ({@code user:password@}) and the fragment are left out.</li>
 * <li>Headers (the {@code X-Auth-Token} among them) and the request body are never read.</li>
 * </ul>
 *
 * <p>The result is escaped with {@link LogSafeText}, so a crafted path cannot forge a log line.
 */
final class RequestLine {

    /** What replaces the appkey. */
    static final String MASK = "***";

    private final String method;
    private final String uri;

    private RequestLine(String method, String uri) {
        this.method = method;
        this.uri = uri;
    }

    static RequestLine of(HttpRequest request) {
        return new RequestLine(LogSafeText.escape(request.method()), masked(request.uri()));
    }

    String method() {
        return method;
    }

    String uri() {
        return uri;
    }

    /** The URI without its secrets: see the class comment. */
    static String masked(URI uri) {
        StringBuilder out = new StringBuilder();
        if (uri.getScheme() != null) {
            out.append(uri.getScheme()).append("://");
        }
        String authority = uri.getRawAuthority();
        if (authority != null) {
            out.append(authority.substring(authority.lastIndexOf('@') + 1));
        }
        String path = uri.getRawPath();
        if (path != null) {
            String[] segments = path.split("/", -1);
            boolean afterAppkeys = false;
            for (int i = 0; i < segments.length; i++) {
                if (i > 0) {
                    out.append('/');
                }
                String segment = segments[i];
                if (afterAppkeys && !segment.isEmpty() && !segment.equals(".")) {
                    out.append(MASK);
                    afterAppkeys = false;
                    continue;
                }
                out.append(segment);
                if (isAppkeys(segment)) {
                    afterAppkeys = true;
                }
            }
        }
        if (uri.getRawQuery() != null) {
            out.append("?\u2026");
        }
        return LogSafeText.escape(out);
    }

    /** Whether a raw path segment is {@code appkeys}, however a server may spell it. */
    private static boolean isAppkeys(String rawSegment) {
        int parameters = rawSegment.indexOf(';');
        String name = parameters < 0 ? rawSegment : rawSegment.substring(0, parameters);
        try {
            name = URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed escape: compared as it is.
        }
        return name.equalsIgnoreCase("appkeys");
    }

    /** The scheme, host and port of a URI, escaped: where a request went, without path or secrets. */
    static String origin(URI uri) {
        String authority = uri.getRawAuthority();
        String host = authority == null ? "" : authority.substring(authority.lastIndexOf('@') + 1);
        return LogSafeText.escape((uri.getScheme() == null ? "" : uri.getScheme() + "://") + host);
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}
