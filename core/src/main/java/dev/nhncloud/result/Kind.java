package dev.nhncloud.result;

import dev.nhncloud.result.internal.Descriptions;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a result code means, as documented by NHN Cloud ("Compute &gt; Instance &gt; Error Code").
 *
 * <p>Most kinds are one fixed code. {@link #API_ERROR} covers the per-API codes {@code PPxxx}
 * whose last three digits are an HTTP status, and {@link #UNRECOGNIZED} every other integer,
 * so that a code the provider adds later is reported rather than dropped.
 */
public enum Kind {
    /** 0: the call succeeded. */
    SUCCESS(0, "SUCCESS", Remedy.NONE),
    /** -1: the call failed; the message may carry a detail. */
    FAIL(-1, "FAIL", Remedy.FIX_REQUEST),
    /** -2: an unexpected error on the provider's side. */
    UNKNOWN_EXCEPTION(-2, "UNKNOWN EXCEPTION", Remedy.CONTACT_SUPPORT),
    /** -3: the token or account may not do this. */
    PERMISSION_DENIED(-3, "Permission denied", Remedy.CHECK_CREDENTIALS),
    /** -4: a parameter is missing or invalid. */
    INVALID_PARAMETERS(-4, "Invalid parameters", Remedy.FIX_REQUEST),
    /** -5: the resource does not exist. */
    NONEXISTENT(-5, "Nonexistent", Remedy.CHECK_RESOURCE),
    /** -6: the provider's internal database query failed. */
    INTERNAL_DB_QUERY_FAILED(-6, "Failed to query internal db", Remedy.CONTACT_SUPPORT),
    /** -7: the operation is not supported. */
    NOT_SUPPORTED(-7, "Not supported", Remedy.FIX_REQUEST),
    /** -8: the request body is not valid JSON. */
    JSON_PARSING_ERROR(-8, "JSON parsing error", Remedy.FIX_REQUEST),
    /** 20001: the network has no free IP address (Network API). */
    NO_AVAILABLE_IP(20001, "No available IP", Remedy.CONTACT_SUPPORT),
    /** 20004: no network the project may use (Network API). */
    NO_ACCESSIBLE_NETWORK(20004, "No accessible network", Remedy.CHECK_RESOURCE),
    /** {@code PPxxx}: an error of one API family, {@code xxx} being an HTTP status; see {@link ApiFamily}. */
    API_ERROR,
    /** Any code not described above. */
    UNRECOGNIZED;

    private final OptionalInt code;
    private final Optional<String> documentedMessage;
    private final Remedy remedy;

    Kind(int code, String documentedMessage, Remedy remedy) {
        this.code = OptionalInt.of(code);
        this.documentedMessage = Optional.of(documentedMessage);
        this.remedy = remedy;
    }

    Kind() {
        this.code = OptionalInt.empty();
        this.documentedMessage = Optional.empty();
        this.remedy = null;
    }

    /**
     * The single code of this kind.
     *
     * @return the code, or empty for {@link #API_ERROR} and {@link #UNRECOGNIZED}, which span many codes
     */
    public OptionalInt code() {
        return code;
    }

    /**
     * The {@code resultMessage} the provider documents for this kind. A message may add a detail
     * after a colon, as in {@code "Permission denied: token expired"}.
     *
     * @return the documented text, or empty for {@link #API_ERROR} (free text) and {@link #UNRECOGNIZED}
     */
    public Optional<String> documentedMessage() {
        return documentedMessage;
    }

    /** The remedy of a fixed-code kind; null for the kinds whose remedy depends on the code. */
    Remedy fixedRemedy() {
        return remedy;
    }

    /**
     * A one-sentence description of this kind.
     *
     * @param locale the language wanted: English, Korean, Japanese and Chinese are provided, any other falls back to English
     * @return the description in that language
     */
    public String description(Locale locale) {
        return Descriptions.text("kind." + name(), locale);
    }
}
