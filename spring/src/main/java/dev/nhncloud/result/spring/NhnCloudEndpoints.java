package dev.nhncloud.result.spring;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The base URLs of the NHN Cloud APIs an application calls: the calls whose header the
 * integration checks. A URL belongs to a base URL when it has the same scheme, host (case
 * ignored) and port (the scheme's default when absent) and its path starts with the base URL's
 * path at a segment boundary: {@code https://api.example.com/compute} covers
 * {@code /compute/v1.0/…}, not {@code /computers}.
 *
 * <pre>{@code
 * NhnCloudEndpoints endpoints = NhnCloudEndpoints.of(List.of(
 *         URI.create("https://kr1-api-instance-infrastructure.nhncloudservice.com")));
 * endpoints.covers(URI.create("https://kr1-api-instance-infrastructure.nhncloudservice.com/v2/servers"));   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NhnCloudEndpoints {

    private final List<Base> bases;

    private NhnCloudEndpoints(List<Base> bases) {
        this.bases = bases;
    }

    /**
     * The endpoints with these base URLs.
     *
     * @param baseUrls absolute http or https URLs, without query or fragment
     * @return the endpoints; none when the collection is empty
     * @throws IllegalArgumentException when a URL is not absolute, not http or https, or has a
     *                                  query or fragment; the message names it
     */
    public static NhnCloudEndpoints of(Collection<URI> baseUrls) {
        List<Base> bases = new ArrayList<>();
        for (URI url : Objects.requireNonNull(baseUrls, "baseUrls")) {
            bases.add(Base.of(Objects.requireNonNull(url, "a base URL")));
        }
        return new NhnCloudEndpoints(Collections.unmodifiableList(bases));
    }

    /**
     * Whether no base URL is configured, so that no call is checked.
     *
     * @return true without base URLs
     */
    public boolean isEmpty() {
        return bases.isEmpty();
    }

    /**
     * Whether a request's URL belongs to one of the base URLs.
     *
     * @param url the request's URL
     * @return true when its header is to be checked
     */
    public boolean covers(URI url) {
        if (url == null || url.getScheme() == null || url.getHost() == null) {
            return false;
        }
        for (Base base : bases) {
            if (base.covers(url)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The base URLs.
     *
     * @return for example {@code [https://api.example.com/compute]}
     */
    @Override
    public String toString() {
        return bases.toString();
    }

    /** One base URL, normalised. */
    private static final class Base {
        private final String scheme;
        private final String host;
        private final int port;
        /** The path without a trailing slash; "" for the root. */
        private final String path;

        private Base(String scheme, String host, int port, String path) {
            this.scheme = scheme;
            this.host = host;
            this.port = port;
            this.path = path;
        }

        static Base of(URI url) {
            String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
                throw new IllegalArgumentException("An NHN Cloud base URL must be an absolute http or https URL: " + url);
            }
            if (url.getRawQuery() != null || url.getRawFragment() != null) {
                throw new IllegalArgumentException("An NHN Cloud base URL has no query or fragment: " + url);
            }
            String path = url.getRawPath() == null ? "" : url.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return new Base(scheme, url.getHost().toLowerCase(Locale.ROOT), portOf(scheme, url.getPort()), path);
        }

        private static int portOf(String scheme, int port) {
            if (port != -1) {
                return port;
            }
            return "https".equals(scheme) ? 443 : 80;
        }

        boolean covers(URI url) {
            String urlScheme = url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals(urlScheme) || !host.equals(url.getHost().toLowerCase(Locale.ROOT))
                    || port != portOf(urlScheme, url.getPort())) {
                return false;
            }
            String urlPath = url.getRawPath() == null ? "" : url.getRawPath();
            return urlPath.startsWith(path) && (urlPath.length() == path.length() || urlPath.charAt(path.length()) == '/');
        }

        @Override
        public String toString() {
            return scheme + "://" + host + ":" + port + path;
        }
    }
}
