package dev.nhncloud.result;

import dev.nhncloud.result.service.Catalogue;
import dev.nhncloud.result.service.CodeEntry;
import dev.nhncloud.result.service.Service;
import dev.nhncloud.result.service.Verdict;
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
 * <p>Other NHN Cloud services answer with the same header and codes of their own. A header is
 * read under the {@link Catalogue} of its service (Compute unless the reader's
 * {@link ReadOptions} name another), and {@link #verdict()} tells a success, a partial success
 * (Email's {@code 1000}) and a failure apart under that catalogue; {@link #meaning()} is the
 * code's entry in it. {@link #code()} is the Compute model, for Compute headers:
 *
 * <pre>{@code
 * ResultHeader header = emailReader.read(body);
 * switch (header.verdict()) {
 *     case SUCCESS:         return;
 *     case PARTIAL_SUCCESS: resendTheFailedRecipients(body); return;
 *     default:              throw new ComputeApiException(header);
 * }
 * }</pre>
 *
 * <p>Instances are immutable; two are equal when their three fields and their catalogue are.
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
    /** The catalogue the header was read under; null in a header serialized before there were catalogues (Compute). */
    private final Catalogue catalogue;
    // Derived from the fields above; rebuilt by readResolve after deserialization.
    /** Compute's meaning of the code; null under another catalogue. */
    private final transient ResultCode code;
    /** The code's entry under a catalogue other than Compute's; null for Compute, whose entry is made when asked for. */
    private final transient CodeEntry meaning;
    private final transient Verdict verdict;
    private final transient Optional<String> detail;

    private ResultHeader(Catalogue catalogue, boolean isSuccessful, int resultCode, String resultMessage) {
        this.isSuccessful = isSuccessful;
        this.resultCode = resultCode;
        this.resultMessage = resultMessage;
        this.catalogue = catalogue;
        if (catalogue.isCompute()) {
            this.code = ResultCode.of(resultCode);
            this.meaning = null;
            this.verdict = isSuccessful && resultCode == 0 ? Verdict.SUCCESS : Verdict.FAILURE;
            this.detail = Optional.ofNullable(detailOf(code.kind().documentedMessage().orElse(null), resultMessage));
        } else {
            this.code = null;
            this.meaning = catalogue.lookup(resultCode);
            // Fail closed: only a code the catalogue documents as a (partial) success, with the flag set, is one.
            this.verdict = isSuccessful && meaning.isSuccessfulFlag() ? meaning.verdict() : Verdict.FAILURE;
            this.detail = Optional.ofNullable(detailOf(null, resultMessage));
        }
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
        return of(Service.COMPUTE.catalogue(), isSuccessful, resultCode, resultMessage);
    }

    /**
     * A header of a service's response, as a reader with that service's catalogue builds it.
     *
     * <pre>{@code
     * ResultHeader.of(Service.EMAIL.catalogue(), true, 1000, "Some of your requests are successful.")
     *         .verdict();   // PARTIAL_SUCCESS
     * }</pre>
     *
     * @param catalogue     the catalogue of the service that answered
     * @param isSuccessful  the {@code isSuccessful} field
     * @param resultCode    the {@code resultCode} field
     * @param resultMessage the {@code resultMessage} field; null is read as ""
     * @return the header
     */
    public static ResultHeader of(Catalogue catalogue, boolean isSuccessful, int resultCode, String resultMessage) {
        return new ResultHeader(Objects.requireNonNull(catalogue, "catalogue"), isSuccessful, resultCode,
                resultMessage == null ? "" : resultMessage);
    }

    /**
     * The detail of a message: what is left once the documented text and its colon are taken
     * off ({@code "Permission denied: token expired"} gives {@code "token expired"}). A message
     * that does not start with the documented text is all detail, as is every message of a code
     * without documented text (per-API and unrecognized codes, every other service's codes).
     */
    private static String detailOf(String documented, String message) {
        // Indexes rather than substrings and strip(): a header read allocates only the detail it returns.
        int start = 0;
        int end = message.length();
        // Providers write the documented text as documented; the case-blind comparison, several
        // times slower, is only for the message that does not start with it exactly.
        if (documented != null && (message.startsWith(documented)
                || message.regionMatches(true, 0, documented, 0, documented.length()))) {
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
     * The meaning of {@link #resultCode()} in the Compute model.
     *
     * @return the code's kind, family, HTTP status and remedy
     * @throws IllegalStateException when the header was read under another service's catalogue,
     *                               whose codes Compute's model would misread (Push's 40401 is not
     *                               the Block Storage API's 401): use {@link #meaning()}
     */
    public ResultCode code() {
        if (code == null) {
            throw new IllegalStateException("This header was read under the " + catalogue + " catalogue, whose codes are"
                    + " not Compute's: use meaning() rather than code()");
        }
        return code;
    }

    /**
     * The meaning of {@link #resultCode()} in the header's catalogue, for any service: its name,
     * remedy, retryability and description.
     *
     * <pre>{@code
     * CodeEntry entry = header.meaning();
     * log.warn("{} {}: {}", header.resultCode(), entry.name(), entry.description(Locale.ENGLISH));
     * }</pre>
     *
     * @return the code's entry; an undocumented entry for a code the catalogue does not list
     */
    public CodeEntry meaning() {
        return meaning != null ? meaning : catalogue.lookup(resultCode);
    }

    /**
     * The catalogue the header was read under: its service's.
     *
     * @return the catalogue; Compute's unless the reader's options named another
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * The SDK's verdict under the header's catalogue: {@link Verdict#SUCCESS} when
     * {@code isSuccessful} is true and the code is 0, {@link Verdict#PARTIAL_SUCCESS} when
     * {@code isSuccessful} is true and the code is one the catalogue documents as a partial
     * success (Email's {@code 1000}), and {@link Verdict#FAILURE} otherwise: a header whose
     * flag and code disagree under the catalogue, or whose code the catalogue does not document,
     * is never a success. Compute has no partial success.
     *
     * @return the verdict
     */
    public Verdict verdict() {
        return verdict;
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
     * {@code resultCode} is 0 or, under a catalogue with partial successes, a code it documents
     * as one; a code the catalogue does not document agrees only with {@code isSuccessful} false.
     *
     * @return false for a header that contradicts itself
     */
    public boolean isConsistent() {
        return catalogue.isCompute() ? isSuccessful == (resultCode == 0) : isSuccessful == meaning.isSuccessfulFlag();
    }

    /**
     * Whether the call succeeded: the {@link #verdict()} is {@link Verdict#SUCCESS}, that is
     * {@code isSuccessful} is true and {@code resultCode} is 0. A header whose fields disagree is
     * a failure, and a partial success is not a success. This is the method to decide with;
     * {@link #isSuccessfulFlag()} is only the flag as sent.
     *
     * @return true only for a consistent, complete success
     */
    public boolean succeeded() {
        return verdict == Verdict.SUCCESS;
    }

    /**
     * Returns this header if the call succeeded, in whole or in part, and otherwise throws. A
     * {@linkplain Verdict#PARTIAL_SUCCESS partial success} is not a failure: the request was
     * accepted and its body says which parts failed. To refuse partial successes too, test the
     * verdict: {@code if (header.throwIfFailed().verdict() != Verdict.SUCCESS) ...}.
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
     * @throws ComputeApiException when the {@link #verdict()} is {@link Verdict#FAILURE}
     */
    public ResultHeader throwIfFailed() {
        if (verdict == Verdict.FAILURE) {
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
                && resultMessage.equals(that.resultMessage) && catalogue.equals(that.catalogue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isSuccessful, resultCode, resultMessage);
    }

    /**
     * The three fields, safe to log: the message is quoted with control, format and line
     * separator characters escaped, and cut at 200 characters. A header of a service other
     * than Compute names its catalogue last.
     *
     * @return for example {@code ResultHeader{isSuccessful=false, resultCode=-3, resultMessage="Permission denied"}}
     *         or {@code ResultHeader{isSuccessful=false, resultCode=-1000, resultMessage="Invalid appKey.", catalogue=sms}}
     */
    @Override
    public String toString() {
        return "ResultHeader{isSuccessful=" + isSuccessful + ", resultCode=" + resultCode
                + ", resultMessage=" + LogSafeText.quote(resultMessage, TO_STRING_MESSAGE_LIMIT)
                + (catalogue.isCompute() ? "" : ", catalogue=" + catalogue) + "}";
    }

    /**
     * Rebuilds the derived fields, which are not serialized, from the fields that are; a header
     * serialized before there were catalogues is a Compute header.
     *
     * @return an equal header with every field set
     */
    private Object readResolve() {
        return of(catalogue == null ? Service.COMPUTE.catalogue() : catalogue, isSuccessful, resultCode, resultMessage);
    }
}
