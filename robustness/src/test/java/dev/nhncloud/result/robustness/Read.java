package dev.nhncloud.result.robustness;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ResultHeader;
import java.util.Objects;

/**
 * What one read gave: a header (possibly null, for data binding), or whatever it threw,
 * {@link Error}s included, so that a check can say what went wrong instead of stopping at it.
 */
final class Read {

    /** A read that may throw anything. */
    @FunctionalInterface
    interface Action {
        ResultHeader read() throws Throwable;
    }

    private final String form;
    private final ResultHeader header;
    private final Throwable failure;

    private Read(String form, ResultHeader header, Throwable failure) {
        this.form = form;
        this.header = header;
        this.failure = failure;
    }

    static Read of(String form, Action action) {
        try {
            return new Read(form, action.read(), null);
        } catch (Throwable t) {
            return new Read(form, null, t);
        }
    }

    String form() {
        return form;
    }

    ResultHeader header() {
        return header;
    }

    Throwable failure() {
        return failure;
    }

    boolean isHeader() {
        return failure == null && header != null;
    }

    boolean isRefusal() {
        return failure instanceof MalformedResponseException;
    }

    /** The SDK's refusal: a {@link MalformedResponseException}, or one wrapped by a library's data binding. */
    MalformedResponseException refusal() {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MalformedResponseException) {
                return (MalformedResponseException) t;
            }
        }
        return null;
    }

    Reason reason() {
        return failure instanceof MalformedResponseException ? ((MalformedResponseException) failure).reason() : null;
    }

    /** The header, or the reason: what must agree between forms and bindings. */
    Object key() {
        if (failure == null) {
            return header;
        }
        Reason reason = reason();
        return reason != null ? reason : failure.getClass();
    }

    boolean sameAs(Read other) {
        return Objects.equals(key(), other.key());
    }

    /** Whether the read was of text (a String or a Reader) rather than bytes: positions count characters then. */
    boolean isText() {
        return form.contains("String") || form.contains("Reader");
    }

    /** What a person reads: the header, or the refusal's message, position included. */
    String message() {
        return failure == null ? String.valueOf(header) : String.valueOf(failure.getMessage());
    }

    @Override
    public String toString() {
        return form + ": " + (failure == null ? String.valueOf(header) : failure.toString());
    }
}
