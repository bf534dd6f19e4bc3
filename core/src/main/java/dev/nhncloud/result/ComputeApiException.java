package dev.nhncloud.result;

import dev.nhncloud.result.service.CodeEntry;
import java.util.Objects;

/**
 * A Compute API call that the provider answered, but whose header reports a failure. Thrown
 * by {@link ResultHeader#throwIfFailed()}.
 *
 * <p>Callers tell failures apart by {@link #kind()} (and, for per-API codes, by
 * {@code code().api()} and {@code code().httpStatus()}), or act on {@link #remedy()}:
 *
 * <pre>{@code
 * catch (ComputeApiException e) {
 *     switch (e.kind()) {
 *         case PERMISSION_DENIED: renewToken(); break;
 *         case NONEXISTENT:       return Optional.empty();
 *         default:                if (e.code().retryable()) retryLater(); else throw e;
 *     }
 * }
 * }</pre>
 *
 * <p>There is one exception type with a kind rather than a subclass per kind: the kinds of
 * {@link Kind} and the families and statuses of per-API codes grow as the provider adds them,
 * and a {@code switch} over an enum stays correct and binary compatible when they do, where a
 * catch clause per subclass would silently miss a new one.
 *
 * <p>The failures of other services' headers ({@link ResultHeader#catalogue()} not Compute's)
 * are this exception too, so that one catch clause serves every service: its message and
 * {@link #remedy()} come from the header's catalogue, {@code header().meaning()} names the code,
 * and {@link #code()} and {@link #kind()}, which are Compute's model, throw
 * {@code IllegalStateException} for them.
 */
public class ComputeApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MESSAGE_QUOTE_LIMIT = 100;

    /** The header that reports the failure. */
    private final ResultHeader header;

    /**
     * Creates the exception for a failed header.
     *
     * @param header the header that reports the failure
     */
    public ComputeApiException(ResultHeader header) {
        this(describe(header), header);
    }

    /**
     * Creates the exception with a message of the caller's, for subclasses that add context
     * (such as the request that failed).
     *
     * @param message the message; it should include {@link #describe(ResultHeader)}
     * @param header  the header that reports the failure
     */
    protected ComputeApiException(String message, ResultHeader header) {
        super(message);
        this.header = Objects.requireNonNull(header, "header");
    }

    /**
     * The standard description of a failed header: code, kind, remedy and the quoted message.
     *
     * @param header a header
     * @return for example {@code resultCode -3 PERMISSION_DENIED (remedy CHECK_CREDENTIALS): "Permission denied"}
     */
    protected static String describe(ResultHeader header) {
        StringBuilder text = new StringBuilder("resultCode ");
        if (header.catalogue().isCompute()) {
            text.append(header.code());
        } else {
            CodeEntry meaning = header.meaning();
            text.append(header.resultCode()).append(' ').append(meaning.name()).append(meaning.documented() ? "" : " (undocumented)")
                    .append(" of ").append(header.catalogue());
        }
        text.append(" (remedy ").append(remedyOf(header)).append(')');
        if (!header.isConsistent()) {
            text.append(", inconsistent header: isSuccessful=").append(header.isSuccessfulFlag());
        }
        return text.append(": ").append(LogSafeText.quote(header.resultMessage(), MESSAGE_QUOTE_LIMIT)).toString();
    }

    /**
     * The header that reports the failure.
     *
     * @return the header as read
     */
    public ResultHeader header() {
        return header;
    }

    /**
     * The meaning of the failed header's code.
     *
     * @return the code
     */
    public ResultCode code() {
        return header.code();
    }

    /**
     * The kind of failure, to tell failures apart.
     *
     * @return the kind of the header's code; {@link Kind#SUCCESS} for an inconsistent header
     *         that said {@code isSuccessful: false} with code 0
     */
    public Kind kind() {
        return header.code().kind();
    }

    /**
     * What to do about the failure.
     *
     * @return the remedy of the header's code; {@link Remedy#CONTACT_SUPPORT} for an
     *         inconsistent header with code 0, whose cause the caller cannot know
     */
    public Remedy remedy() {
        return remedyOf(header);
    }

    private static Remedy remedyOf(ResultHeader header) {
        Remedy remedy = header.catalogue().isCompute() ? header.code().remedy() : header.meaning().remedy();
        return remedy == Remedy.NONE ? Remedy.CONTACT_SUPPORT : remedy;
    }
}
