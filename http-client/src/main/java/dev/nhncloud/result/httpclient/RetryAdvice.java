package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.ResultHeader;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Whether a failed call may be sent again unchanged, and how long to wait first. As a
 * {@code Predicate<Throwable>} it plugs into retry libraries; with Resilience4j:
 *
 * <pre>{@code
 * RetryAdvice advice = RetryAdvice.defaults();
 * Retry retry = Retry.of("compute", RetryConfig.custom()
 *         .maxAttempts(4)
 *         .retryOnException(advice)
 *         .intervalFunction(attempt -> advice.delay(attempt).toMillis())
 *         .build());
 * InstanceList list = retry.executeCheckedSupplier(() -> api.send(request, instances));
 * }</pre>
 *
 * <p>A failure is retried when sending the same request again may succeed and cannot do harm:
 * <ul>
 * <li>a header whose code is {@linkplain dev.nhncloud.result.ResultCode#retryable() retryable}
 *     (remedy {@code RETRY_LATER}: per-API codes with HTTP status 408, 429 or 5xx);</li>
 * <li>an {@link UnexpectedResponseException} with one of those statuses, such as a proxy's 502
 *     or 503: the same rule for a status that did not come in a header;</li>
 * <li>a failure to connect ({@code ConnectException}, {@code HttpConnectTimeoutException}):
 *     nothing was sent.</li>
 * </ul>
 * Nothing else is: refused credentials need a new token first (see {@link TokenRenewal}), a
 * wrong request or a missing resource fail again, and after a request timeout or a connection
 * reset the API may have acted already. An application whose request is idempotent may add
 * those: {@code advice.or(e -> e instanceof HttpTimeoutException)}.
 *
 * <p>Failures are recognized inside the wrappers the JDK adds: the plain {@code IOException}
 * of {@code HttpClient.send}, {@code CompletionException} and {@code ExecutionException}.
 *
 * <p>The delays grow exponentially from the first delay and stop growing at the maximum; they
 * are not randomized, so a retry library's own jitter can be laid over them. Immutable and
 * thread-safe.
 */
public final class RetryAdvice implements Predicate<Throwable> {

    private static final RetryAdvice DEFAULTS = new RetryAdvice(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final Duration firstDelay;
    private final Duration maxDelay;

    private RetryAdvice(Duration firstDelay, Duration maxDelay) {
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /**
     * Advice with delays of 1 s, 2 s, 4 s and so on, at most 30 s.
     *
     * @return the default advice
     */
    public static RetryAdvice defaults() {
        return DEFAULTS;
    }

    /**
     * Advice with delays that start at {@code firstDelay} and double up to {@code maxDelay}.
     *
     * @param firstDelay the delay before the first retry; positive
     * @param maxDelay   the longest delay; at least {@code firstDelay}
     * @return the advice
     * @throws IllegalArgumentException when the delays are out of order or not positive
     */
    public static RetryAdvice withBackoff(Duration firstDelay, Duration maxDelay) {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Need 0 < firstDelay <= maxDelay, got " + firstDelay + " and " + maxDelay);
        }
        return new RetryAdvice(firstDelay, maxDelay);
    }

    /**
     * Whether a call whose answer had this header may be sent again unchanged.
     *
     * @param header a header as read
     * @return true for a failed header whose code is retryable ({@code RETRY_LATER}); false for a success
     */
    public boolean retryable(ResultHeader header) {
        return !header.succeeded() && header.code().retryable();
    }

    /**
     * Whether a call that failed this way may be sent again unchanged: see the class comment.
     *
     * @param failure what the call threw, as caught (JDK wrappers are seen through)
     * @return true when a retry may succeed and cannot do harm
     */
    @Override
    public boolean test(Throwable failure) {
        Throwable cause = Failures.unwrap(Objects.requireNonNull(failure, "failure"));
        if (cause instanceof ComputeApiException) {
            return retryable(((ComputeApiException) cause).header());
        }
        if (cause instanceof UnexpectedResponseException) {
            return retryableStatus(((UnexpectedResponseException) cause).statusCode());
        }
        return cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException;
    }

    /** DESIGN §2's rule for the HTTP status of a per-API code, applied to a status line. */
    private static boolean retryableStatus(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }

    /**
     * How long to wait before a retry.
     *
     * @param retry which retry: 1 for the first (after the first attempt failed), 2 for the second
     * @return {@code firstDelay} doubled {@code retry - 1} times, at most {@code maxDelay}
     * @throws IllegalArgumentException when {@code retry} is less than 1
     */
    public Duration delay(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry counts from 1, got " + retry);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < retry; i++) {
            // Compared before doubling, so a long maximum cannot overflow Duration.
            if (delay.compareTo(maxDelay.dividedBy(2)) > 0) {
                return maxDelay;
            }
            delay = delay.multipliedBy(2);
        }
        return delay;
    }

    /**
     * The delay before the first retry.
     *
     * @return the first delay
     */
    public Duration firstDelay() {
        return firstDelay;
    }

    /**
     * The longest delay.
     *
     * @return the maximum delay
     */
    public Duration maxDelay() {
        return maxDelay;
    }

    @Override
    public String toString() {
        return "RetryAdvice{firstDelay=" + firstDelay + ", maxDelay=" + maxDelay + "}";
    }
}
