package dev.nhncloud.result.httpclient;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Finds a failure inside the wrappers the JDK puts around it on its way to the application.
 *
 * <p>{@code HttpClient.send} wraps whatever a body handler failed with in a plain
 * {@code IOException} with the same message (JDK 11 to 25: {@code HttpClientImpl.send} keeps a
 * few types such as {@code ConnectException} and {@code HttpTimeoutException}, and wraps
 * everything else, {@code RuntimeException}s included, in {@code new IOException(message, cause)}).
 * Futures wrap failures in {@code CompletionException} and {@code ExecutionException}.
 */
final class Failures {

    private Failures() {
    }

    /**
     * The failure inside the JDK's wrappers.
     *
     * @param failure a failure as the application caught it
     * @return the innermost failure reached through plain {@code IOException},
     *         {@code CompletionException} and {@code ExecutionException} wrappers
     */
    static Throwable unwrap(Throwable failure) {
        Throwable found = failure;
        while (isWrapper(found) && found.getCause() != null && found.getCause() != found) {
            found = found.getCause();
        }
        return found;
    }

    /**
     * The failure inside the futures' wrappers only: a plain {@code IOException} is a failure
     * of its own here (the exchange's), not a wrapper.
     *
     * @param failure what a future failed with
     * @return the failure inside {@code CompletionException} and {@code ExecutionException} wrappers
     */
    static Throwable unwrapCompletion(Throwable failure) {
        Throwable found = failure;
        while ((found instanceof CompletionException || found instanceof ExecutionException)
                && found.getCause() != null && found.getCause() != found) {
            found = found.getCause();
        }
        return found;
    }

    private static boolean isWrapper(Throwable failure) {
        return failure.getClass() == IOException.class
                || failure instanceof CompletionException
                || failure instanceof ExecutionException;
    }
}
