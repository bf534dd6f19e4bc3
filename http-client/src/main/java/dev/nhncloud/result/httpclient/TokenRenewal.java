package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.ComputeApiException;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Keeps the application's token, and when a call is refused for its credentials, issues a new
 * one and replays the call once.
 *
 * <pre>{@code
 * TokenRenewal tokens = new TokenRenewal(() -> issueToken());   // once; the application's own token request
 * InstanceList list = tokens.call(token -> api.send(listRequest(token), instances));
 * }</pre>
 *
 * <p>A call is refused for its credentials when it fails with a {@link ComputeApiException}
 * whose code {@linkplain dev.nhncloud.result.ResultCode#requiresCredentials() requires
 * credentials}: -3 Permission denied, and the HTTP 401 and 403 codes of every API family, the
 * Token API's among them. The exception is recognized inside the JDK's wrappers (the plain
 * {@code IOException} of {@code HttpClient.send}, {@code CompletionException}). Any other
 * failure, and a second refusal after the renewal, reaches the caller unchanged: a token that
 * is refused as soon as it is issued is a problem of the account, not of its age.
 *
 * <p>When several threads are refused with the same token, one new token is issued and the
 * others use it: {@link #renew(String)} issues only if the refused token is still the current
 * one. The token is never shown: this class has no {@code toString} of its own.
 *
 * <p>Thread-safe.
 */
public final class TokenRenewal {

    /** Issues a token: the application's request to the Token API. */
    @FunctionalInterface
    public interface Issuer {
        /**
         * Issues a new token.
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

    private final Issuer issuer;
    /** The current token; null until the first is issued. Guarded by this. */
    private String token;

    /**
     * Creates the renewal; no token is issued until one is needed.
     *
     * @param issuer issues a token
     */
    public TokenRenewal(Issuer issuer) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    /**
     * The current token, issuing the first when there is none.
     *
     * @return the token
     * @throws IOException          when issuing fails
     * @throws InterruptedException when interrupted while issuing
     */
    public synchronized String token() throws IOException, InterruptedException {
        if (token == null) {
            token = issue();
        }
        return token;
    }

    /**
     * A token to use instead of a refused one: a new one, unless another thread has already
     * replaced the refused token, in which case its replacement. Issuing holds the lock, so
     * threads refused at the same time wait for one new token.
     *
     * @param refused the token that was refused
     * @return the token to use now
     * @throws IOException          when issuing fails
     * @throws InterruptedException when interrupted while issuing
     */
    public synchronized String renew(String refused) throws IOException, InterruptedException {
        if (token == null || token.equals(refused)) {
            token = issue();
        }
        return token;
    }

    private String issue() throws IOException, InterruptedException {
        String issued = issuer.issue();
        if (issued == null || issued.isEmpty()) {
            throw new IOException("The token issuer returned no token");
        }
        return issued;
    }

    /**
     * Makes a call with the current token; when it is refused for its credentials, renews the
     * token and makes it once more.
     *
     * @param call the call, made with the token it is given
     * @param <T>  the call's result
     * @return the result of the first call, or of the replay
     * @throws IOException          as the call or the issuer throws it
     * @throws InterruptedException when interrupted
     */
    public <T> T call(Call<T> call) throws IOException, InterruptedException {
        Objects.requireNonNull(call, "call");
        String used = token();
        try {
            return call.call(used);
        } catch (IOException | RuntimeException e) {
            if (!refusesCredentials(e)) {
                throw e;
            }
            return call.call(renew(used));
        }
    }

    /**
     * Makes an asynchronous call with the current token; when it is refused for its credentials,
     * renews the token and makes it once more.
     *
     * @param call     the call, made with the token it is given, such as {@code api.sendAsync(...)}
     * @param executor runs the issuer, which blocks: not the HTTP client's own threads, where a
     *                 blocking task could hold up the responses it waits for
     * @param <T>      the call's result
     * @return the result of the first call or of the replay, or the failure of the last
     */
    public <T> CompletableFuture<T> callAsync(Function<String, ? extends CompletionStage<T>> call, Executor executor) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(executor, "executor");
        return CompletableFuture.supplyAsync(() -> unchecked(this::token), executor)
                .thenCompose(used -> call.apply(used)
                        .<CompletionStage<T>>thenApply(CompletableFuture::completedFuture)
                        .exceptionally(failure -> refusesCredentials(failure)
                                ? CompletableFuture.supplyAsync(() -> unchecked(() -> renew(used)), executor).thenCompose(call)
                                : CompletableFuture.failedFuture(Failures.unwrap(failure)))
                        .thenCompose(Function.identity()));
    }

    private static boolean refusesCredentials(Throwable failure) {
        Throwable cause = Failures.unwrap(failure);
        return cause instanceof ComputeApiException && ((ComputeApiException) cause).code().requiresCredentials();
    }

    /** A token source for futures, whose suppliers cannot throw checked exceptions. */
    @FunctionalInterface
    private interface TokenSource {
        String get() throws IOException, InterruptedException;
    }

    private static String unchecked(TokenSource source) {
        try {
            return source.get();
        } catch (IOException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }
}
