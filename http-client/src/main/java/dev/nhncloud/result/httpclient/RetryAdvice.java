package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.Verdict;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * Whether a failed call may be sent again unchanged, and how long to wait first. As a
 * {@code Predicate<Throwable>} it plugs into retry libraries; with Resilience4j:
 *
 * <pre>{@code
 * RetryAdvice advice = RetryAdvice.defaults();
 * Retry retry = Retry.of("compute", RetryConfig.<InstanceList>custom()
 *         .maxAttempts(4)
 *         .retryOnException(advice)
 *         .intervalBiFunction((attempt, outcome) -> advice.delay(attempt, outcome.getLeft()).toMillis())
 *         .build());
 * InstanceList list = retry.executeCheckedSupplier(() -> api.send(request, instances));
 * }</pre>
 *
 * <p>A retry must not repeat what the API may already have done: the Compute API has no
 * idempotency key, so a second {@code POST} after a gateway timeout can create a second
 * instance. The advice therefore goes by the request's method, which the SDK's exceptions
 * carry ({@link FailedRequestException#method()}, {@link UnexpectedResponseException#method()}):
 * <ul>
 * <li>A failure to connect ({@code ConnectException}, {@code HttpConnectTimeoutException}) is
 *     retried for every method: nothing was sent.</li>
 * <li>A temporary failure (a header whose code is
 *     {@linkplain dev.nhncloud.result.ResultCode#retryable() retryable}: per-API codes with HTTP
 *     status 408, 429 or 5xx; or an {@link UnexpectedResponseException} with one of those
 *     statuses, such as a proxy's 502) is retried for an idempotent method ({@code GET},
 *     {@code HEAD}, {@code OPTIONS}, {@code TRACE}, {@code PUT}, {@code DELETE}: sending them
 *     twice does what sending them once does).</li>
 * <li>For any other method ({@code POST}, {@code PATCH}, an extension method) and for a failure
 *     that does not say its method (a bare {@code ComputeApiException}), only where the request
 *     cannot have been acted on: 429 (too many requests: refused before processing) and 503 with
 *     a {@code Retry-After} (the server says it is not handling requests, and when to come
 *     back), whether as a status line or as the status of a per-API code. The Compute API
 *     documents no other code as "not processed": a 500, 502 or 504, a 10500 or 10504, may
 *     come after the API acted, and is not retried.</li>
 * <li>A header of another service ({@code ReadOptions.service}) whose code is retryable is
 *     retried for an idempotent method only: its codes carry no HTTP status that could say a
 *     {@code POST} (a message sent) was not acted on.</li>
 * <li>Nothing else is, and never a partial success: refused credentials need a new token first (see {@link TokenRenewal}), a
 *     wrong request or a missing resource fail again, and after a request timeout or a
 *     connection reset the API may have acted already. An application whose request is
 *     idempotent may add those: {@code advice.or(e -> e instanceof HttpTimeoutException)}.</li>
 * <li>Nor is a failure whose response asks for a wait longer than {@link #maxDelay()}
 *     ({@code Retry-After}): it is reported rather than waited for.</li>
 * </ul>
 *
 * <p>Failures are recognized inside the wrappers the JDK adds: the plain {@code IOException}
 * of {@code HttpClient.send}, {@code CompletionException} and {@code ExecutionException}.
 *
 * <p>The delays grow exponentially from the first delay and stop growing at the maximum, with
 * jitter: each is drawn at random between half the exponential delay and all of it, so that
 * clients that failed together do not retry together. {@link #delay(int, Throwable)} waits at
 * least what the response's {@code Retry-After} asked for. Immutable and thread-safe.
 */
public final class RetryAdvice implements Predicate<Throwable> {

    private static final RetryAdvice DEFAULTS = new RetryAdvice(Duration.ofSeconds(1), Duration.ofSeconds(30));
    /** RFC 9110 section 9.2.2: a second request has the effect of the first. */
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVICE_UNAVAILABLE = 503;

    private final Duration firstDelay;
    private final Duration maxDelay;

    private RetryAdvice(Duration firstDelay, Duration maxDelay) {
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /**
     * Advice with delays of about 1 s, 2 s, 4 s and so on, at most 30 s.
     *
     * @return the default advice
     */
    public static RetryAdvice defaults() {
        return DEFAULTS;
    }

    /**
     * Advice with delays that start at {@code firstDelay} and double up to {@code maxDelay},
     * each with jitter.
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
     * Whether a request sent with this method whose answer had this header may be sent again
     * unchanged, for a caller that reads headers itself ({@code ComputeBodyHandlers.header}).
     * The answer had no {@code Retry-After}; see the class comment.
     *
     * @param method the request's method, such as {@code "POST"}
     * @param header a header as read
     * @return whether to retry; false for a success
     */
    public boolean retryable(String method, ResultHeader header) {
        Objects.requireNonNull(method, "method");
        return header.verdict() == Verdict.FAILURE && temporary(header, method, null);
    }

    /**
     * Whether a call that failed this way may be sent again unchanged: see the class comment.
     *
     * @param failure what the call threw, as caught (JDK wrappers are seen through)
     * @return true when a retry may succeed and cannot repeat what the API did
     */
    @Override
    public boolean test(Throwable failure) {
        Throwable cause = Failures.unwrap(Objects.requireNonNull(failure, "failure"));
        if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
            return true;
        }
        Duration retryAfter = retryAfter(cause).orElse(null);
        if (retryAfter != null && retryAfter.compareTo(maxDelay) > 0) {
            return false;
        }
        if (cause instanceof FailedRequestException) {
            FailedRequestException failed = (FailedRequestException) cause;
            return temporary(failed.header(), failed.method(), retryAfter);
        }
        if (cause instanceof ComputeApiException) {
            return temporary(((ComputeApiException) cause).header(), null, retryAfter);
        }
        if (cause instanceof UnexpectedResponseException) {
            UnexpectedResponseException unexpected = (UnexpectedResponseException) cause;
            return temporary(unexpected.statusCode(), unexpected.method(), retryAfter);
        }
        return false;
    }

    private static boolean temporary(ResultHeader header, String method, Duration retryAfter) {
        if (!header.catalogue().isCompute()) {
            // Another service's codes carry no HTTP status to tell "not processed" by: retried for idempotent methods only.
            return header.meaning().retryable() && method != null && IDEMPOTENT.contains(method);
        }
        OptionalInt status = header.code().httpStatus();
        return header.code().retryable() && status.isPresent() && temporary(status.getAsInt(), method, retryAfter);
    }

    /** DESIGN §2's rule for a status (408, 429, 5xx), narrowed by the method. */
    private static boolean temporary(int status, String method, Duration retryAfter) {
        if (status != 408 && status != TOO_MANY_REQUESTS && (status < 500 || status > 599)) {
            return false;
        }
        if (method != null && IDEMPOTENT.contains(method)) {
            return true;
        }
        return status == TOO_MANY_REQUESTS || status == SERVICE_UNAVAILABLE && retryAfter != null;
    }

    private static Optional<Duration> retryAfter(Throwable failure) {
        if (failure instanceof FailedRequestException) {
            return ((FailedRequestException) failure).retryAfter();
        }
        if (failure instanceof UnexpectedResponseException) {
            return ((UnexpectedResponseException) failure).retryAfter();
        }
        return Optional.empty();
    }

    /**
     * How long to wait before a retry.
     *
     * @param retry which retry: 1 for the first (after the first attempt failed), 2 for the second
     * @return a random delay between half of and all of {@code firstDelay} doubled {@code retry - 1}
     *         times, at most {@code maxDelay}
     * @throws IllegalArgumentException when {@code retry} is less than 1
     */
    public Duration delay(int retry) {
        Duration ceiling = backoff(retry);
        long nanos = saturatedNanos(ceiling);
        // Equal jitter: at least half the back-off, so retries still slow down as they fail.
        return Duration.ofNanos(nanos - ThreadLocalRandom.current().nextLong(nanos / 2 + 1));
    }

    /**
     * How long to wait before retrying after this failure: {@link #delay(int)}, or what the
     * response's {@code Retry-After} asked for when that is longer.
     *
     * @param retry   which retry: 1 for the first
     * @param failure what the call threw (JDK wrappers are seen through)
     * @return the delay
     * @throws IllegalArgumentException when {@code retry} is less than 1
     */
    public Duration delay(int retry, Throwable failure) {
        Duration delay = delay(retry);
        Duration asked = failure == null ? null : retryAfter(Failures.unwrap(failure)).orElse(null);
        return asked != null && asked.compareTo(delay) > 0 ? asked : delay;
    }

    /** {@code firstDelay} doubled {@code retry - 1} times, at most {@code maxDelay}. */
    private Duration backoff(int retry) {
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

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The delay before the first retry, before jitter.
     *
     * @return the first delay
     */
    public Duration firstDelay() {
        return firstDelay;
    }

    /**
     * The longest delay; a failure whose response asks for a longer wait is not retried.
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
