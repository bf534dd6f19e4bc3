package dev.nhncloud.result.spring.boot;

import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.service.Service;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code nhncloud.result.*} properties. One is enough to check every call:
 *
 * <pre>
 * nhncloud.result.base-urls=https://kr1-api-instance-infrastructure.nhncloudservice.com
 * </pre>
 *
 * <p>Calls to other URLs are left alone. The limits and {@code validate-document} are those of
 * {@link ReadOptions}.
 */
@ConfigurationProperties(prefix = NhnCloudResultProperties.PREFIX)
public class NhnCloudResultProperties {

    /** The prefix of these properties: {@value}. */
    public static final String PREFIX = "nhncloud.result";

    /** Whether to configure the SDK at all: the header checks, the Jackson module and the reader. */
    private boolean enabled = true;

    /**
     * The base URLs of the NHN Cloud APIs the application calls. A call's header is checked when
     * its URL has the scheme, host and port of one of them and its path starts with that one's
     * path (at a segment boundary). Calls to other URLs are not checked.
     */
    private List<URI> baseUrls = new ArrayList<>();

    /**
     * The binding that reads headers: jackson, jackson3, gson or jsonp. By default the one
     * present; with several, the one for the JSON library Spring Boot reads with (jackson3, then
     * jackson, gson, jsonp).
     */
    private String binding;

    /** Whether to read and check the whole document: a second header and data after the root are refused too. */
    private boolean validateDocument;

    /** The deepest nesting read; the root object is at depth 1 and the header at depth 2. */
    private int maxDepth = ReadOptions.DEFAULT_MAX_DEPTH;

    /** The longest resultMessage read, in characters. */
    private int maxMessageLength = ReadOptions.DEFAULT_MAX_MESSAGE_LENGTH;

    /** The longest member name read, in characters, anywhere in a body read. */
    private int maxNameLength = ReadOptions.DEFAULT_MAX_NAME_LENGTH;

    /**
     * The NHN Cloud service whose result codes the headers are read under: compute (the default),
     * sms, email, kakaotalk-bizmessage or push. It decides what a success is (Email's 1000 is a
     * partial success) and which codes exist.
     */
    private Service service = Service.COMPUTE;

    /**
     * The most of a body held while its header is read, for RestClient and RestTemplate: what
     * comes before the end of the header (the header of a Compute API answer comes first). The
     * rest of the body is streamed to the application's converter, not held.
     */
    private DataSize headerLimit = DataSize.ofMegabytes(1);

    /**
     * The largest body held, for WebClient, which checks the whole document before it is decoded,
     * and for RestClient and RestTemplate with validate-document.
     */
    private DataSize bodyLimit = DataSize.ofMegabytes(32);

    /** The RFC 9457 mapping of a failed header to a ProblemDetail. */
    private final ProblemDetails problemDetails = new ProblemDetails();

    /** The defaults, as documented on each property; Spring Boot binds the application's. */
    public NhnCloudResultProperties() {
    }

    /**
     * Whether the SDK is configured.
     *
     * @return true unless switched off
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Switches the SDK's configuration on or off.
     *
     * @param enabled false to configure nothing
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * The base URLs whose calls are checked.
     *
     * @return the URLs; empty when none is configured
     */
    public List<URI> getBaseUrls() {
        return baseUrls;
    }

    /**
     * Sets the base URLs whose calls are checked.
     *
     * @param baseUrls absolute http or https URLs
     */
    public void setBaseUrls(List<URI> baseUrls) {
        this.baseUrls = baseUrls;
    }

    /**
     * The binding chosen by name.
     *
     * @return the name, or null for the default choice
     */
    public String getBinding() {
        return binding;
    }

    /**
     * Chooses the binding by name.
     *
     * @param binding jackson, jackson3, gson or jsonp
     */
    public void setBinding(String binding) {
        this.binding = binding;
    }

    /**
     * Whether the whole document is read and checked.
     *
     * @return the option
     */
    public boolean isValidateDocument() {
        return validateDocument;
    }

    /**
     * Sets whether the whole document is read and checked.
     *
     * @param validateDocument true to refuse a second header and data after the root too
     */
    public void setValidateDocument(boolean validateDocument) {
        this.validateDocument = validateDocument;
    }

    /**
     * The nesting limit.
     *
     * @return the deepest nesting read
     */
    public int getMaxDepth() {
        return maxDepth;
    }

    /**
     * Sets the nesting limit.
     *
     * @param maxDepth the deepest nesting read, at least 2
     */
    public void setMaxDepth(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /**
     * The message limit.
     *
     * @return the longest resultMessage read, in characters
     */
    public int getMaxMessageLength() {
        return maxMessageLength;
    }

    /**
     * Sets the message limit.
     *
     * @param maxMessageLength the longest resultMessage read, in characters
     */
    public void setMaxMessageLength(int maxMessageLength) {
        this.maxMessageLength = maxMessageLength;
    }

    /**
     * The member name limit.
     *
     * @return the longest member name read, in characters
     */
    public int getMaxNameLength() {
        return maxNameLength;
    }

    /**
     * Sets the member name limit.
     *
     * @param maxNameLength the longest member name read, in characters
     */
    public void setMaxNameLength(int maxNameLength) {
        this.maxNameLength = maxNameLength;
    }

    /**
     * The service whose result codes apply.
     *
     * @return the service
     */
    public Service getService() {
        return service;
    }

    /**
     * Sets the service whose result codes apply.
     *
     * @param service the service
     */
    public void setService(Service service) {
        this.service = service;
    }

    /**
     * The most of a body held while its header is read.
     *
     * @return the limit
     */
    public DataSize getHeaderLimit() {
        return headerLimit;
    }

    /**
     * Sets the most of a body held while its header is read.
     *
     * @param headerLimit the limit, such as {@code 1MB}
     */
    public void setHeaderLimit(DataSize headerLimit) {
        this.headerLimit = headerLimit;
    }

    /**
     * The largest body held whole.
     *
     * @return the limit
     */
    public DataSize getBodyLimit() {
        return bodyLimit;
    }

    /**
     * Sets the largest body held whole.
     *
     * @param bodyLimit the limit, such as {@code 32MB}
     */
    public void setBodyLimit(DataSize bodyLimit) {
        this.bodyLimit = bodyLimit;
    }

    /**
     * The ProblemDetail mapping's properties.
     *
     * @return the {@code problem-details.*} properties
     */
    public ProblemDetails getProblemDetails() {
        return problemDetails;
    }

    /**
     * The read options these properties describe.
     *
     * @return the options
     * @throws IllegalArgumentException when a limit is out of range; the message names it
     */
    public ReadOptions readOptions() {
        return ReadOptions.builder().maxDepth(maxDepth).maxMessageLength(maxMessageLength).maxNameLength(maxNameLength)
                .service(service).validateDocument(validateDocument).build();
    }

    /** The {@code nhncloud.result.problem-details.*} properties. */
    public static class ProblemDetails {

        /**
         * Whether a ComputeApiException that reaches a controller is answered with an RFC 9457
         * ProblemDetail (application/problem+json): the status is the code's HTTP status, else
         * 502, with resultCode, service, name, kind, api, remedy and retryable as extension members.
         */
        private boolean enabled;

        /** The defaults: off. Spring Boot binds the properties. */
        public ProblemDetails() {
        }

        /**
         * Whether the mapping is on.
         *
         * @return false by default
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Switches the mapping on or off.
         *
         * @param enabled true to answer failures with a ProblemDetail
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
