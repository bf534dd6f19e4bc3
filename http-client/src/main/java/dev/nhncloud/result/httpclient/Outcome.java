package dev.nhncloud.result.httpclient;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * What a body subscriber decided: a value, or the failure the call ends with. A failure is a
 * value here, not an exceptional completion, so that {@link ComputeApiClient} sees the final
 * response (its URI, to check the origin) before it throws, and so that {@code HttpClient.send}
 * never wraps the SDK's own exceptions.
 *
 * @param <T> the value's type
 */
final class Outcome<T> {

    private final T value;
    private final Throwable failure;

    private Outcome(T value, Throwable failure) {
        this.value = value;
        this.failure = failure;
    }

    static <T> Outcome<T> of(T value) {
        return new Outcome<>(value, null);
    }

    static <T> Outcome<T> failed(Throwable failure) {
        return new Outcome<>(null, failure);
    }

    boolean isFailure() {
        return failure != null;
    }

    /** The value, or the failure thrown as itself (an exception that is neither checked here nor unchecked is wrapped). */
    T get() throws IOException {
        if (failure == null) {
            return value;
        }
        if (failure instanceof IOException) {
            throw (IOException) failure;
        }
        if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        throw new IOException(failure.getMessage(), failure);
    }

    /** Completes the future with the value, or exceptionally with the failure itself. */
    void completeInto(CompletableFuture<T> future) {
        if (failure == null) {
            future.complete(value);
        } else {
            future.completeExceptionally(failure);
        }
    }
}
