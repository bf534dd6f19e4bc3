package dev.nhncloud.result;

import java.util.Objects;

/**
 * A response body that does not carry a readable result header: it is not JSON, not an
 * object, has no {@code header}, or the header breaks a rule. The {@link #reason()} says which;
 * the message names the field and the position and quotes at most 100 characters of input,
 * escaped so that it is safe to log.
 *
 * <p>Failures of the input itself (a connection reset while reading) are not this exception:
 * they stay {@link java.io.IOException}s.
 *
 * <pre>{@code
 * try {
 *     ResultHeader header = reader.read(body);
 * } catch (MalformedResponseException e) {
 *     if (e.reason() == MalformedResponseException.Reason.MISSING_HEADER) { ... }
 * }
 * }</pre>
 */
public class MalformedResponseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a response could not be read. */
    public enum Reason {
        /** The input holds no JSON value: nothing, only whitespace, or only a byte order mark. */
        EMPTY_INPUT,
        /** The input is not valid JSON (including invalid UTF-8, JSON extensions such as comments, and member names with an unpaired surrogate). */
        MALFORMED_JSON,
        /** The root value is not a JSON object. */
        NOT_AN_OBJECT,
        /** The root object has no {@code header} member. */
        MISSING_HEADER,
        /** The {@code header} member is not a JSON object. */
        HEADER_NOT_OBJECT,
        /** {@code isSuccessful} or {@code resultCode} is absent from the header. */
        MISSING_FIELD,
        /** A header field has the wrong JSON type, or {@code resultCode} has a fraction or an exponent. */
        WRONG_TYPE,
        /** {@code resultCode} is an integer outside the range of a Java {@code int}. */
        CODE_OUT_OF_RANGE,
        /** A known header field appears more than once. */
        DUPLICATE_FIELD,
        /** Values are nested deeper than the configured limit. */
        TOO_DEEP,
        /** A length limit is passed: {@code resultMessage} or a member name over its configured limit, or a number literal over 1,000 characters. */
        TOO_LONG,
        /** With document validation, the root object has a second {@code header} member. */
        DUPLICATE_HEADER,
        /** With document validation, something follows the root value. */
        TRAILING_DATA
    }

    /** Why the response could not be read. */
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason  why the response could not be read
     * @param message what was wrong, where; it should quote at most 100 characters of input
     */
    public MalformedResponseException(Reason reason, String message) {
        // No cause yet: one may be given later with initCause (core does, for a library's refusal it describes).
        super(Objects.requireNonNull(reason, "reason") + ": " + message);
        this.reason = reason;
    }

    /**
     * Creates the exception with the library failure that revealed it.
     *
     * @param reason  why the response could not be read
     * @param message what was wrong, where; it should quote at most 100 characters of input
     * @param cause   the JSON library's own exception, or null
     */
    public MalformedResponseException(Reason reason, String message, Throwable cause) {
        super(Objects.requireNonNull(reason, "reason") + ": " + message, cause);
        this.reason = reason;
    }

    /**
     * Why the response could not be read.
     *
     * @return the reason, never null
     */
    public Reason reason() {
        return reason;
    }
}
