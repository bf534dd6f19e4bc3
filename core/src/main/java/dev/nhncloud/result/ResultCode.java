package dev.nhncloud.result;

import dev.nhncloud.result.internal.Descriptions;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The meaning of one {@code resultCode}: its {@link Kind}, the API family and HTTP status a
 * per-API code carries, whether the provider documents it, and what to do about it.
 *
 * <pre>{@code
 * ResultCode code = ResultCode.of(10404);
 * code.kind();        // API_ERROR
 * code.api();         // Optional[INSTANCE]
 * code.httpStatus();  // OptionalInt[404]
 * code.remedy();      // CHECK_RESOURCE
 * }</pre>
 *
 * <p>Every {@code int} has a meaning: codes the provider does not document are
 * {@link Kind#UNRECOGNIZED}, or {@link Kind#API_ERROR} with {@link #documented()} false when
 * they have the shape {@code PPxxx} of a known family with {@code xxx} between 100 and 599
 * (a future {@code 10503} is understood as the Instance API answering 503).
 *
 * <p>Instances are immutable. Looking up a documented code returns a shared instance and
 * allocates nothing; two instances are equal when their values are.
 */
public final class ResultCode {

    private static final int LAST_FIXED = -8;
    private static final ResultCode[] FIXED = new ResultCode[-LAST_FIXED + 1];
    private static final ResultCode NO_AVAILABLE_IP = fixed(Kind.NO_AVAILABLE_IP);
    private static final ResultCode NO_ACCESSIBLE_NETWORK = fixed(Kind.NO_ACCESSIBLE_NETWORK);
    /** The documented per-API codes PP400 to PP499, by family ordinal and status - 400. */
    private static final ResultCode[][] DOCUMENTED_API = new ResultCode[ApiFamily.values().length][100];

    static {
        for (Kind kind : Kind.values()) {
            kind.code().ifPresent(value -> {
                if (value <= 0) {
                    FIXED[-value] = fixed(kind);
                }
            });
        }
        for (ApiFamily family : ApiFamily.values()) {
            for (int status = 400; status <= 499; status++) {
                DOCUMENTED_API[family.ordinal()][status - 400] = apiError(family, status);
            }
        }
    }

    private final int value;
    private final Kind kind;
    private final Optional<ApiFamily> api;
    private final OptionalInt httpStatus;
    private final boolean documented;
    private final Remedy remedy;

    private ResultCode(int value, Kind kind, ApiFamily api, OptionalInt httpStatus, boolean documented, Remedy remedy) {
        this.value = value;
        this.kind = kind;
        this.api = Optional.ofNullable(api);
        this.httpStatus = httpStatus;
        this.documented = documented;
        this.remedy = remedy;
    }

    private static ResultCode fixed(Kind kind) {
        int value = kind.code().getAsInt();
        ApiFamily api = value > 0 ? ApiFamily.NETWORK : null;
        return new ResultCode(value, kind, api, OptionalInt.empty(), true, kind.fixedRemedy());
    }

    private static ResultCode apiError(ApiFamily family, int status) {
        return new ResultCode(family.prefix() * 1000 + status, Kind.API_ERROR, family, OptionalInt.of(status),
                status >= 400 && status <= 499, remedyForStatus(status));
    }

    /**
     * Remedy of a per-API code by its HTTP status. Statuses below 400 are not errors a caller
     * can act on, so they go to support.
     */
    private static Remedy remedyForStatus(int status) {
        switch (status) {
            case 401:
            case 403:
                return Remedy.CHECK_CREDENTIALS;
            case 404:
                return Remedy.CHECK_RESOURCE;
            case 408:
            case 429:
                return Remedy.RETRY_LATER;
            default:
                if (status >= 500) {
                    return Remedy.RETRY_LATER;
                }
                return status >= 400 ? Remedy.FIX_REQUEST : Remedy.CONTACT_SUPPORT;
        }
    }

    /**
     * The meaning of a {@code resultCode}.
     *
     * @param value any integer, as read from a response header
     * @return its meaning; never null
     */
    public static ResultCode of(int value) {
        if (value <= 0 && value >= LAST_FIXED) {
            return FIXED[-value];
        }
        if (value == 20001) {
            return NO_AVAILABLE_IP;
        }
        if (value == 20004) {
            return NO_ACCESSIBLE_NETWORK;
        }
        if (value >= 10_000 && value <= 99_999) {
            ApiFamily family = ApiFamily.byPrefix(value / 1000);
            int status = value % 1000;
            if (family != null && status >= 100 && status <= 599) {
                return status >= 400 && status <= 499
                        ? DOCUMENTED_API[family.ordinal()][status - 400]
                        : apiError(family, status);
            }
        }
        return new ResultCode(value, Kind.UNRECOGNIZED, null, OptionalInt.empty(), false, Remedy.CONTACT_SUPPORT);
    }

    /**
     * The code itself.
     *
     * @return the integer as the provider sent it
     */
    public int value() {
        return value;
    }

    /**
     * What the code means.
     *
     * @return the kind; {@link Kind#UNRECOGNIZED} for codes this SDK does not know
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The API family of a per-API code, or {@link ApiFamily#NETWORK} for 20001 and 20004.
     *
     * @return the family, or empty for the common codes 0 to -8 and for unrecognized codes
     */
    public Optional<ApiFamily> api() {
        return api;
    }

    /**
     * The HTTP status embedded in a per-API code: the last three digits of {@code PPxxx}.
     *
     * @return the status, or empty for codes that carry none
     */
    public OptionalInt httpStatus() {
        return httpStatus;
    }

    /**
     * Whether the provider documents this code: the fixed codes and {@code PP400}-{@code PP499}
     * of a known family. Per-API codes with another status are understood but undocumented.
     *
     * @return true for documented codes
     */
    public boolean documented() {
        return documented;
    }

    /**
     * What a caller should do about this code.
     *
     * @return the remedy; {@link Remedy#NONE} only for {@link Kind#SUCCESS}
     */
    public Remedy remedy() {
        return remedy;
    }

    /**
     * Whether the same request may succeed if sent again unchanged, after a back-off: true
     * exactly when {@link #remedy()} is {@link Remedy#RETRY_LATER} (HTTP 408, 429 and 5xx
     * per-API codes).
     *
     * @return true when a retry is safe and may help
     */
    public boolean retryable() {
        return remedy.retryable();
    }

    /**
     * Whether the caller's credentials were refused: {@link Kind#PERMISSION_DENIED}, and the
     * per-API codes with HTTP status 401 or 403 of every family (the Token API's among them).
     * Exactly when {@link #remedy()} is {@link Remedy#CHECK_CREDENTIALS}: renew the token, or
     * check the account's permissions, before sending the request again.
     *
     * @return true when the request failed for its credentials
     */
    public boolean requiresCredentials() {
        return remedy == Remedy.CHECK_CREDENTIALS;
    }

    /**
     * A one-sentence description of this code, for people.
     *
     * @param locale the language wanted: English, Korean, Japanese and Chinese are provided, any other falls back to English
     * @return the description, naming the API and HTTP status of a per-API code
     */
    public String description(Locale locale) {
        switch (kind) {
            case API_ERROR:
                return Descriptions.format("code.API_ERROR", locale,
                        api.get().description(locale), String.valueOf(httpStatus.getAsInt()));
            case UNRECOGNIZED:
                return Descriptions.format("code.UNRECOGNIZED", locale, String.valueOf(value));
            default:
                return kind.description(locale);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultCode && ((ResultCode) other).value == value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    /**
     * A short summary for logs, for example {@code 10404 API_ERROR INSTANCE HTTP 404}.
     *
     * @return the value, kind, family and HTTP status that apply
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(value).append(' ').append(kind);
        api.ifPresent(family -> text.append(' ').append(family));
        httpStatus.ifPresent(status -> text.append(" HTTP ").append(status));
        if (!documented) {
            text.append(" (undocumented)");
        }
        return text.toString();
    }
}
