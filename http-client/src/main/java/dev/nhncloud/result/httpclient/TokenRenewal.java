package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.ComputeApiException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Keeps the application's token, and when a call is refused for its credentials, issues a new
 * one and replays the call once.
 *
 * <pre>{@code
 * TokenRenewal tokens = new TokenRenewal(() -> issueToken());   // once; the application's own token request
 * InstanceList list = tokens.send(
 *         token -> HttpRequest.newBuilder(uri).header("X-Auth-Token", token).timeout(Duration.ofSeconds(10)).GET().build(),
 *         request -> api.send(request, instances));
 * }</pre>
 *
 * <p>A call is refused for its credentials when it fails with a {@link ComputeApiException}
 * whose code {@linkplain dev.nhncloud.result.ResultCode#requiresCredentials() requires
 * credentials}: -3 Permission denied, and the HTTP 401 and 403 codes of every API family, the
 * Token API's among them. The exception is recognized inside the JDK's wrappers (the plain
 * {@code IOException} of {@code HttpClient.send}, {@code CompletionException}). Any other
 * failure reaches the caller unchanged.
 *
 * <p>A token that a renewal issued and that is refused too is no expired token: the account
 * lacks a permission for the call, or the credentials are wrong. The replay's refusal, and any
 * refusal of such a token within a minute of its issue, is a {@link RefusedAfterRenewalException}
 * and no further token is issued; so a permanent refusal issues one token, not one per call.
 *
 * <p>Renewal holds no lock while the issuer works. One renewal is in flight at a time: threads
 * refused with the same token wait for it and all use the token it issues; a renewal only issues
 * if the refused token is still the current one. Calls that need no renewal go on with the
 * current token meanwhile. The issuer runs on a thread of its own, and waiting for it is bounded
 * by the issuer timeout (30 s unless given) and interruptible; past the timeout the issuer's
 * thread is interrupted, the renewal fails with an {@code HttpTimeoutException}, and the next
 * call that needs a token issues again.
 *
 * <p>A replay sends the request again. {@link #send} and {@link #sendAsync} build it again with
 * the new token, and refuse to replay a request whose body has no known length (a
 * {@code BodyPublishers.ofInputStream} or {@code fromPublisher} body): it may not be readable a
 * second time, and would be sent empty. The token is then renewed but the call not replayed; it
 * fails with an {@code IOException} that says so. {@link #call} and {@link #callAsync} replay
 * whatever the application's call does: what it sends must be sendable twice.
 *
 * <p>Giving up stops the call: a {@link #callAsync} or {@link #sendAsync} future that is
 * cancelled or completed by the caller cancels the attempt in progress (a
 * {@link ComputeApiClient} future then stops its transfer), and does not replay.
 *
 * <p>The token is never shown: this class has no {@code toString} of its own. Thread-safe.
 */
public final class TokenRenewal {

    /** How long to wait for the issuer unless the constructor is given a timeout: 30 s. */
    public static final Duration DEFAULT_ISSUER_TIMEOUT = Duration.ofSeconds(30);
    /** A token a renewal issued that is refused sooner than this after its issue is not renewed again. */
    static final Duration RENEWAL_INTERVAL = Duration.ofMinutes(1);
    /** The name of the threads that run the issuer. */
    static final String ISSUER_THREAD = "nhncloud-token-issuer";

    /** Issues a token: the application's request to the Token API. */
    @FunctionalInterface
    public interface Issuer {
        /**
         * Issues a new token. It runs on a thread of the renewal's own, which is interrupted
         * when the issuer timeout passes.
         *
         * @return the token, as sent in the {@code X-Auth-Token} header
         * @throws IOException          when the token request fails
         * @throws InterruptedException when interrupted while waiting for it
         */
        String issue() throws IOException, InterruptedException;
    }

    /**
     * A call made with a token.
     *
     * @param <T> the call's result
     */
    @FunctionalInterface
    public interface Call<T> {
        /**
         * Makes the call.
         *
         * @param token the token to send
         * @return the call's result
         * @throws IOException          when the call fails
         * @throws InterruptedException when interrupted while waiting
         */
        T call(String token) throws IOException, InterruptedException;
    }

    /**
     * Sends a request, such as {@code request -> api.send(request, mapper)}.
     *
     * @param <T> the call's result
     */
    @FunctionalInterface
    public interface Sender<T> {
        /**
         * Sends the request.
         *
         * @param request the request, with the token
         * @return the call's result
         * @throws IOException          when the call fails
         * @throws InterruptedException when interrupted while waiting
         */
        T send(HttpRequest request) throws IOException, InterruptedException;
    }

    /** What is checked before a replay; throws when the call cannot be replayed. */
    @FunctionalInterface
    private interface ReplayCheck {
        void beforeReplay(Throwable refusal) throws IOException;
    }

    /** A token, when it was issued, and whether it replaced a refused one. */
    private static final class Token {
        final String value;
        final long issuedAt;
        final boolean replacesRefused;

        Token(String value, long issuedAt, boolean replacesRefused) {
            this.value = value;
            this.issuedAt = issuedAt;
            this.replacesRefused = replacesRefused;
        }
    }

    private final Issuer issuer;
    private final Duration issuerTimeout;
    private final LongSupplier nanoTime;
    /** Guards the two fields below; never held while issuing or waiting. */
    private final Object lock = new Object();
    /** The current token; null until the first is issued. */
    private Token current;
    /** The issuance in flight, or null. */
    private CompletableFuture<Token> issuing;

    /**
     * Creates the renewal with the default issuer timeout; no token is issued until one is needed.
     *
     * @param issuer issues a token
     */
    public TokenRenewal(Issuer issuer) {
        this(issuer, DEFAULT_ISSUER_TIMEOUT);
    }

    /**
     * Creates the renewal; no token is issued until one is needed.
     *
     * @param issuer        issues a token
     * @param issuerTimeout how long to wait for the issuer; positive
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public TokenRenewal(Issuer issuer, Duration issuerTimeout) {
        this(issuer, issuerTimeout, System::nanoTime);
    }

    /** With a clock of the test's own, to pass {@link #RENEWAL_INTERVAL} without waiting. */
    TokenRenewal(Issuer issuer, Duration issuerTimeout, LongSupplier nanoTime) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.issuerTimeout = Objects.requireNonNull(issuerTimeout, "issuerTimeout");
        this.nanoTime = nanoTime;
        if (issuerTimeout.isNegative() || issuerTimeout.isZero()) {
            throw new IllegalArgumentException("The issuer timeout must be positive, got " + issuerTimeout);
        }
    }

    /**
     * The current token, issuing the first when there is none. It returns at once when there is
     * a current token, even while a renewal is in flight.
     *
     * @return the token
     * @throws IOException          when issuing fails, or the issuer timeout passes ({@code HttpTimeoutException})
     * @throws InterruptedException when interrupted while waiting for the issuer
     */
    public String token() throws IOException, InterruptedException {
        return await(currentToken()).value;
    }

    /**
     * A token to use instead of a refused one: a new one, unless another thread has already
     * replaced the refused token, in which case its replacement. Threads refused at the same
     * time wait for one new token.
     *
     * @param refused the token that was refused
     * @return the token to use now
     * @throws IOException          when issuing fails, or the issuer timeout passes ({@code HttpTimeoutException})
     * @throws InterruptedException when interrupted while waiting for the issuer
     */
    public String renew(String refused) throws IOException, InterruptedException {
        return await(renewal(Objects.requireNonNull(refused, "refused"))).value;
    }

    /**
     * Makes a call with the current token; when it is refused for its credentials, renews the
     * token and makes it once more.
     *
     * @param call the call, made with the token it is given; what it sends must be sendable twice
     * @param <T>  the call's result
     * @return the result of the first call, or of the replay
     * @throws RefusedAfterRenewalException when the token a renewal issued is refused too
     * @throws IOException                  as the call or the issuer throws it
     * @throws InterruptedException         when interrupted
     */
    public <T> T call(Call<T> call) throws IOException, InterruptedException {
        return call(Objects.requireNonNull(call, "call"), refusal -> { });
    }

    /**
     * Sends a request built with the current token; when it is refused for its credentials,
     * renews the token and sends it once more, built again with the new token, unless its body
     * cannot be read twice.
     *
     * @param request builds the request with the token it is given, in its {@code X-Auth-Token} header
     * @param sender  sends it, such as {@code request -> api.send(request, mapper)}
     * @param <T>     the call's result
     * @return the result of the first call, or of the replay
     * @throws RefusedAfterRenewalException when the token a renewal issued is refused too
     * @throws IOException                  as the call or the issuer throws it; also when the request was refused
     *                                      and its body has no known length, so that it was not replayed
     * @throws InterruptedException         when interrupted
     */
    public <T> T send(Function<String, HttpRequest> request, Sender<T> sender) throws IOException, InterruptedException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sender, "sender");
        AtomicReference<HttpRequest> first = new AtomicReference<>();
        return call(token -> sender.send(built(request, token, first)), refusal -> checkReplayable(first.get(), refusal));
    }

    /**
     * Makes an asynchronous call with the current token; when it is refused for its credentials,
     * renews the token and makes it once more. Waiting for a token does not block: the call is
     * made when the issuer has answered, on the issuer's thread, so it should not block either
     * ({@code api.sendAsync} does not).
     *
     * @param call the call, made with the token it is given, such as {@code token -> api.sendAsync(...)}
     * @param <T>  the call's result
     * @return the result of the first call or of the replay, or the failure of the last; cancelling it, or
     *         completing it first, cancels the attempt in progress
     */
    public <T> CompletableFuture<T> callAsync(Function<String, ? extends CompletionStage<T>> call) {
        return callAsync(Objects.requireNonNull(call, "call"), refusal -> { });
    }

    /**
     * Sends a request built with the current token, without waiting; when it is refused for its
     * credentials, renews the token and sends it once more, built again, unless its body cannot
     * be read twice (see {@link #send}).
     *
     * @param request builds the request with the token it is given
     * @param sender  sends it, such as {@code request -> api.sendAsync(request, mapper)}
     * @param <T>     the call's result
     * @return the result of the first call or of the replay, or the failure of the last; cancelling it, or
     *         completing it first, cancels the attempt in progress
     */
    public <T> CompletableFuture<T> sendAsync(Function<String, HttpRequest> request,
                                              Function<HttpRequest, ? extends CompletionStage<T>> sender) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sender, "sender");
        AtomicReference<HttpRequest> first = new AtomicReference<>();
        return callAsync(token -> sender.apply(built(request, token, first)), refusal -> checkReplayable(first.get(), refusal));
    }

    private static HttpRequest built(Function<String, HttpRequest> request, String token, AtomicReference<HttpRequest> first) {
        HttpRequest built = Objects.requireNonNull(request.apply(token), "the request built with the token");
        first.compareAndSet(null, built);
        return built;
    }

    /**
     * A body of unknown length is one the JDK reads from a stream or a publisher, which may not
     * give its bytes twice; sent again, an exhausted stream is an empty body, which the API
     * would act on. A body of known length is an array, a string or a file (or a publisher the
     * JDK holds to that length, failing the exchange when it falls short).
     */
    private static void checkReplayable(HttpRequest request, Throwable refusal) throws IOException {
        if (request == null) {
            return;
        }
        Optional<HttpRequest.BodyPublisher> body = request.bodyPublisher();
        if (body.isPresent() && body.get().contentLength() < 0) {
            IOException notReplayed = new IOException(RequestLine.of(request) + ": refused for its credentials; the token"
                    + " was renewed, but the request was not sent again: its body has no known length (a"
                    + " BodyPublishers.ofInputStream or fromPublisher body), so it may not be readable a second time and"
                    + " would be sent empty; build it with BodyPublishers.ofString, ofByteArray or ofFile to have it"
                    + " replayed, or send the call again");
            notReplayed.addSuppressed(refusal);
            throw notReplayed;
        }
    }

    private <T> T call(Call<T> call, ReplayCheck check) throws IOException, InterruptedException {
        Token used = await(currentToken());
        try {
            return call.call(used.value);
        } catch (IOException | RuntimeException refusal) {
            if (!refusesCredentials(refusal)) {
                throw refusal;
            }
            Duration age = freshRenewalAge(used);
            if (age != null) {
                throw new RefusedAfterRenewalException(credentialsRefusal(refusal), age);
            }
            Token renewed = await(renewal(used.value));
            check.beforeReplay(refusal);
            try {
                return call.call(renewed.value);
            } catch (IOException | RuntimeException again) {
                if (refusesCredentials(again)) {
                    throw new RefusedAfterRenewalException(credentialsRefusal(again), age(renewed));
                }
                throw again;
            }
        }
    }

    private <T> CompletableFuture<T> callAsync(Function<String, ? extends CompletionStage<T>> call, ReplayCheck check) {
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<T>> running = new AtomicReference<>();
        result.whenComplete((value, failure) -> {
            CompletableFuture<T> attempt = running.get();
            if (attempt != null && !attempt.isDone()) {
                // The caller gave up: the attempt in progress is cancelled (a ComputeApiClient future stops its transfer).
                attempt.cancel(true);
            }
        });
        currentToken().whenComplete((used, failure) -> {
            if (failure != null) {
                failIssue(result, failure);
            } else {
                attempt(call, check, used, false, running, result);
            }
        });
        return result;
    }

    private <T> void attempt(Function<String, ? extends CompletionStage<T>> call, ReplayCheck check, Token token,
                             boolean replay, AtomicReference<CompletableFuture<T>> running, CompletableFuture<T> result) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<T> attempt;
        try {
            attempt = call.apply(token.value).toCompletableFuture();
        } catch (Throwable e) {
            result.completeExceptionally(e);
            return;
        }
        running.set(attempt);
        if (result.isDone()) {
            // Given up while the attempt was being made.
            attempt.cancel(true);
            return;
        }
        attempt.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
                return;
            }
            Throwable cause = Failures.unwrap(failure);
            if (!refusesCredentials(cause)) {
                result.completeExceptionally(cause);
                return;
            }
            Duration age = replay ? age(token) : freshRenewalAge(token);
            if (age != null) {
                result.completeExceptionally(new RefusedAfterRenewalException(credentialsRefusal(cause), age));
                return;
            }
            renewal(token.value).whenComplete((renewed, issueFailure) -> {
                if (issueFailure != null) {
                    failIssue(result, issueFailure);
                    return;
                }
                try {
                    check.beforeReplay(cause);
                } catch (IOException e) {
                    result.completeExceptionally(e);
                    return;
                }
                attempt(call, check, renewed, true, running, result);
            });
        });
    }

    /** The current token, or the issuance of the first. */
    private CompletableFuture<Token> currentToken() {
        synchronized (lock) {
            if (current != null) {
                return CompletableFuture.completedFuture(current);
            }
            return issuing != null ? issuing : startIssuing(false);
        }
    }

    /** The token that replaces a refused one: the current one when it is another, else the issuance in flight or a new one. */
    private CompletableFuture<Token> renewal(String refused) {
        synchronized (lock) {
            if (current != null && !current.value.equals(refused)) {
                return CompletableFuture.completedFuture(current);
            }
            return issuing != null ? issuing : startIssuing(true);
        }
    }

    /** Starts issuing on a thread of its own; called holding the lock, which the issuer never needs. */
    private CompletableFuture<Token> startIssuing(boolean replacesRefused) {
        CompletableFuture<Token> pending = new CompletableFuture<>();
        issuing = pending;
        Thread thread = new Thread(() -> issue(pending, replacesRefused), ISSUER_THREAD);
        thread.setDaemon(true);
        pending.orTimeout(saturatedNanos(issuerTimeout), TimeUnit.NANOSECONDS).whenComplete((token, failure) -> {
            synchronized (lock) {
                if (issuing == pending) {
                    issuing = null;
                }
            }
            if (failure instanceof TimeoutException) {
                thread.interrupt();
            }
        });
        thread.start();
        return pending;
    }

    private void issue(CompletableFuture<Token> pending, boolean replacesRefused) {
        try {
            String issued = issuer.issue();
            if (issued == null || issued.isEmpty()) {
                throw new IOException("The token issuer returned no token");
            }
            Token token = new Token(issued, nanoTime.getAsLong(), replacesRefused);
            synchronized (lock) {
                // A token that comes after the timeout is not used: a later issuance may already be in flight.
                if (issuing == pending) {
                    current = token;
                    issuing = null;
                }
            }
            pending.complete(token);
        } catch (Throwable e) {
            pending.completeExceptionally(e);
        }
    }

    private Token await(CompletableFuture<Token> pending) throws IOException, InterruptedException {
        try {
            // Bounded: the issuance times out by itself (orTimeout). Interruptible.
            return pending.get();
        } catch (ExecutionException e) {
            throw issueFailure(e.getCause());
        }
    }

    /**
     * Fails the caller's future because no token came. A timeout arrives on the JDK's timer
     * thread, which every {@code orTimeout} in the JVM shares: the caller's continuations run
     * elsewhere.
     */
    private void failIssue(CompletableFuture<?> result, Throwable failure) {
        IOException why = issueFailure(failure);
        if (Failures.unwrapCompletion(failure) instanceof TimeoutException) {
            CompletableFuture.runAsync(() -> result.completeExceptionally(why));
        } else {
            result.completeExceptionally(why);
        }
    }

    /** Why no token came, for one caller: each gets an exception of its own, the issuer's failure as the cause. */
    private IOException issueFailure(Throwable failure) {
        Throwable cause = Failures.unwrapCompletion(failure);
        if (cause instanceof TimeoutException) {
            return new HttpTimeoutException("The token issuer did not answer within " + issuerTimeout + "; its thread was"
                    + " interrupted, and the next call that needs a token issues again");
        }
        return new IOException("The token issuer failed: " + cause, cause);
    }

    /** How long ago a token that replaced a refused one was issued, when that is within the renewal interval; else null. */
    private Duration freshRenewalAge(Token token) {
        if (!token.replacesRefused) {
            return null;
        }
        Duration age = age(token);
        return age.compareTo(RENEWAL_INTERVAL) < 0 ? age : null;
    }

    private Duration age(Token token) {
        return Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - token.issuedAt));
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean refusesCredentials(Throwable failure) {
        Throwable cause = Failures.unwrap(failure);
        // Only Compute's tokens are renewed: another service's refused key (an appkey, a secret key) is no token.
        return cause instanceof ComputeApiException && !(cause instanceof RefusedAfterRenewalException)
                && ((ComputeApiException) cause).header().catalogue().isCompute()
                && ((ComputeApiException) cause).code().requiresCredentials();
    }

    private static ComputeApiException credentialsRefusal(Throwable failure) {
        return (ComputeApiException) Failures.unwrap(failure);
    }
}
