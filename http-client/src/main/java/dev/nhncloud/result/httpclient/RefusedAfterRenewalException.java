package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.ComputeApiException;
import java.time.Duration;

/**
 * A call refused for its credentials with a token that {@link TokenRenewal} had just issued to
 * replace a refused one. A token that new has not expired: the account lacks a permission for
 * the call, or the credentials are wrong, and a further token would be refused the same way, so
 * none is issued. The message is the refusal's, followed by why it was not renewed:
 *
 * <pre>
 * GET https://…/v1.0/appkeys/***&#47;instances: resultCode -3 PERMISSION_DENIED (remedy CHECK_CREDENTIALS): "Permission denied"; refused with a token issued 120 ms before to replace a refused one: a missing permission or wrong credentials, not an expired token, so the token is not renewed again
 * </pre>
 *
 * <p>It is a {@link ComputeApiException} with the refusal's header (so
 * {@code code().requiresCredentials()} is true), and the refusal as its cause.
 */
public class RefusedAfterRenewalException extends ComputeApiException {

    private static final long serialVersionUID = 1L;

    /** How long before the refusal the refused token was issued. */
    private final Duration tokenAge;

    RefusedAfterRenewalException(ComputeApiException refusal, Duration tokenAge) {
        super(refusal.getMessage() + "; refused with a token issued " + tokenAge.toMillis() + " ms before to replace a"
                + " refused one: a missing permission or wrong credentials, not an expired token, so the token is not"
                + " renewed again", refusal.header());
        initCause(refusal);
        this.tokenAge = tokenAge;
    }

    /**
     * How long before the refusal the refused token was issued.
     *
     * @return the token's age when it was refused
     */
    public Duration tokenAge() {
        return tokenAge;
    }
}
