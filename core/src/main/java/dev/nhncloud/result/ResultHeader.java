package dev.nhncloud.result;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code header} of an NHN Cloud Compute API response: the real outcome of a call that
 * was answered with HTTP 200.
 *
 * <pre>{@code
 * ResultHeader header = HeaderReaders.load().read(body);
 * if (!header.succeeded()) {
 *     log.warn("{} - {}", header, header.code().remedy());
 * }
 * header.throwIfFailed();   // or let a ComputeApiException say what went wrong
 * }</pre>
 *
 * <p>A call succeeded only when {@code isSuccessful} is true <em>and</em> {@code resultCode}
 * is 0. A header whose two fields disagree is kept as it was sent, marked
 * {@linkplain #isConsistent() inconsistent}, and treated as a failure.
 *
 * <p>Instances are immutable; two are equal when their three fields are.
 */
public final class ResultHeader implements Serializable {

    /** The name of the root member that holds the header: {@value}. */
    public static final String MEMBER_NAME = "header";
    /** The name of the header's success flag: {@value}. */
    public static final String IS_SUCCESSFUL = "isSuccessful";
    /** The name of the header's result code: {@value}. */
    public static final String RESULT_CODE = "resultCode";
    /** The name of the header's message: {@value}. */
    public static final String RESULT_MESSAGE = "resultMessage";

    private static final long serialVersionUID = 1L;
    private static final int TO_STRING_MESSAGE_LIMIT = 200;

    /** The {@code isSuccessful} field. */
    private final boolean isSuccessful;
    /** The {@code resultCode} field. */
    private final int resultCode;
    /** The {@code resultMessage} field, never null. */
    private final String resultMessage;
    // Derived from the three fields above; rebuilt by readResolve after deserialization.
    private final transient ResultCode code;
    private final transient Optional<String> detail;

    private ResultHeader(boolean isSuccessful, int resultCode, String resultMessage) {
        this.isSuccessful = isSuccessful;
        this.resultCode = resultCode;
        this.resultMessage = resultMessage;
        this.code = ResultCode.of(resultCode);
        this.detail = Optional.ofNullable(detailOf(code.kind(), resultMessage));
    }

    /**
     * A header with the given fields, as a reader builds it. Useful in tests and when the fields
     * were obtained some other way.
     *
     * @param isSuccessful  the {@code isSuccessful} field
     * @param resultCode    the {@code resultCode} field
     * @param resultMessage the {@code resultMessage} field; null is read as ""
     * @return the header
     */
    public static ResultHeader of(boolean isSuccessful, int resultCode, String resultMessage) {
        return new ResultHeader(isSuccessful, resultCode, resultMessage == null ? "" : resultMessage);
    }

    /**
     * The detail of a message: what is left once the documented text and its colon are taken
     * off ({@code "Permission denied: token expired"} gives {@code "token expired"}). A message
     * that does not start with the documented text is all detail, as is every message of a kind
     * without documented text (per-API and unrecognized codes).
     */
    private static String detailOf(Kind kind, String message) {
        // Indexes rather than substrings and strip(): a header read allocates only the detail it returns.
        int start = 0;
        int end = message.length();
        String documented = kind.documentedMessage().orElse(null);
        if (documented != null && message.regionMatches(true, 0, documented, 0, documented.length())) {
            int after = skipWhitespace(message, documented.length(), end);
            if (after == end) {
                return null;
            }
            if (message.charAt(after) == ':') {
                start = after + 1;
            }
        }
        start = skipWhitespace(message, start, end);
        while (end > start && Character.isWhitespace(message.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : message.substring(start, end);
    }

    private static int skipWhitespace(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The {@code isSuccessful} flag as the response sent it: a wire value, not a verdict. It is
     * named after the flag, not after success, so that {@code if (header.isSuccessfulFlag())}
     * reads as what it is; decide with {@link #succeeded()}.
     *
     * @return the flag; on its own it does not prove success
     */
    public boolean isSuccessfulFlag() {
        return isSuccessful;
    }

    /**
     * The {@code resultCode} field as sent.
     *
     * @return the code
     */
    public int resultCode() {
        return resultCode;
    }

    /**
     * The {@code resultMessage} field as sent.
     *
     * @return the message; "" when the field was absent or null
     */
    public String resultMessage() {
        return resultMessage;
    }

    /**
     * The meaning of {@link #resultCode()}.
     *
     * @return the code's kind, family, HTTP status and remedy
     */
    public ResultCode code() {
        return code;
    }

    /**
     * The part of the message that is not the documented text of the code, for example
     * {@code "token expired"} in {@code "Permission denied: token expired"}. For per-API and
     * unrecognized codes it is the whole message.
     *
     * @return the detail, or empty when the message is the documented text alone or empty
     */
    public Optional<String> detail() {
        return detail;
    }

    /**
     * Whether the two outcome fields agree: {@code isSuccessful} is true exactly when
     * {@code resultCode} is 0.
     *
     * @return false for a header that contradicts itself
     */
    public boolean isConsistent() {
        return isSuccessful == (resultCode == 0);
    }

    /**
     * The SDK's verdict: whether the call succeeded, that is {@code isSuccessful} is true and
     * {@code resultCode} is 0. A header whose fields disagree is a failure. This is the method
     * to decide with; {@link #isSuccessfulFlag()} is only the flag as sent.
     *
     * @return true only for a consistent success
     */
    public boolean succeeded() {
        return isSuccessful && resultCode == 0;
    }

    /**
     * Returns this header if the call succeeded, and otherwise throws.
     *
     * <pre>{@code
     * try {
     *     reader.read(body).throwIfFailed();
     * } catch (ComputeApiException e) {
     *     if (e.kind() == Kind.PERMISSION_DENIED) { renewToken(); }
     * }
     * }</pre>
     *
     * @return this header, for chaining
     * @throws ComputeApiException when {@link #succeeded()} is false
     */
    public ResultHeader throwIfFailed() {
        if (!succeeded()) {
            throw new ComputeApiException(this);
        }
        return this;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ResultHeader)) {
            return false;
        }
        ResultHeader that = (ResultHeader) other;
        return isSuccessful == that.isSuccessful && resultCode == that.resultCode
                && resultMessage.equals(that.resultMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isSuccessful, resultCode, resultMessage);
    }

    /**
     * The three fields, safe to log: the message is quoted with control, format and line
     * separator characters escaped, and cut at 200 characters.
     *
     * @return for example {@code ResultHeader{isSuccessful=false, resultCode=-3, resultMessage="Permission denied"}}
     */
    @Override
    public String toString() {
        return "ResultHeader{isSuccessful=" + isSuccessful + ", resultCode=" + resultCode
                + ", resultMessage=" + LogSafeText.quote(resultMessage, TO_STRING_MESSAGE_LIMIT) + "}";
    }

    /**
     * Rebuilds the derived fields, which are not serialized, from the three fields.
     *
     * @return an equal header with every field set
     */
    private Object readResolve() {
        return of(isSuccessful, resultCode, resultMessage);
    }
}
