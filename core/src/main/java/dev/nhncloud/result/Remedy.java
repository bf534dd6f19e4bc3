package dev.nhncloud.result;

import dev.nhncloud.result.internal.Descriptions;
import java.util.Locale;

/**
 * What a caller should do about a result code.
 *
 * <pre>{@code
 * switch (header.code().remedy()) {
 *     case RETRY_LATER:       scheduleRetry(); break;
 *     case CHECK_CREDENTIALS: refreshToken(); break;
 *     default:                fail(header);
 * }
 * }</pre>
 */
public enum Remedy {
    /** The call succeeded; nothing to do. */
    NONE,
    /** The request itself is wrong (parameters, body, unsupported operation): change it before sending again. */
    FIX_REQUEST,
    /** The credentials were refused: renew the token or check the permissions of the account. */
    CHECK_CREDENTIALS,
    /** The resource named by the request does not exist or is not reachable: check its ID and state. */
    CHECK_RESOURCE,
    /** A temporary condition (timeout, rate limit, server error): the same request may succeed later. */
    RETRY_LATER,
    /** A fault on the provider's side that the caller cannot fix: report it to NHN Cloud support. */
    CONTACT_SUPPORT;

    /**
     * Whether the same request may be sent again unchanged, with back-off.
     *
     * @return true exactly for {@link #RETRY_LATER}
     */
    public boolean retryable() {
        return this == RETRY_LATER;
    }

    /**
     * A one-sentence description of this remedy.
     *
     * @param locale the language wanted: English, Korean, Japanese and Chinese are provided, any other falls back to English
     * @return the description in that language
     */
    public String description(Locale locale) {
        return Descriptions.text("remedy." + name(), locale);
    }
}
