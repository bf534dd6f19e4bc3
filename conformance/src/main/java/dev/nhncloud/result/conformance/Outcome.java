package dev.nhncloud.result.conformance;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ResultHeader;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * What one read gave: a header or an exception. Two outcomes are equal when they are the same
 * header, or failures with the same reason (or, for other exceptions, the same type).
 */
public final class Outcome {

    private final ResultHeader header;
    private final Throwable failure;

    private Outcome(ResultHeader header, Throwable failure) {
        this.header = header;
        this.failure = failure;
    }

    /**
     * Runs a read and records what it gave. Errors other than exceptions are recorded too, so
     * that a comparison can report them rather than stop at them.
     *
     * @param read the read
     * @return its outcome
     */
    public static Outcome of(Callable<ResultHeader> read) {
        try {
            return new Outcome(Objects.requireNonNull(read.call(), "a read returned null"), null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(null, e);
        }
    }

    /**
     * The header read, or null.
     *
     * @return the header
     */
    public ResultHeader header() {
        return header;
    }

    /**
     * The exception thrown, or null.
     *
     * @return the exception
     */
    public Throwable failure() {
        return failure;
    }

    /**
     * The reason of the {@link MalformedResponseException} the read threw, or that is the cause
     * of what it threw (a library's own exception may wrap the SDK's).
     *
     * @return the reason, or null when there is none
     */
    public MalformedResponseException.Reason reason() {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedResponseException) {
                return ((MalformedResponseException) cause).reason();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /**
     * Whether the read gave a header or a {@link MalformedResponseException}: the only outcomes
     * a reader may give for any bytes in memory.
     *
     * @return true for a header or a reasoned refusal
     */
    public boolean isAllowed() {
        return header != null || failure instanceof MalformedResponseException;
    }

    private Object key() {
        if (header != null) {
            return header;
        }
        if (failure instanceof MalformedResponseException) {
            return ((MalformedResponseException) failure).reason();
        }
        return failure.getClass();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Outcome && key().equals(((Outcome) other).key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return header != null ? header.toString() : String.valueOf(failure);
    }
}
