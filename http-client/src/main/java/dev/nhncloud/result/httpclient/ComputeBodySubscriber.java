package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The body subscriber behind {@link ComputeBodyHandlers}: reads the header as the body arrives
 * and decides the call's {@link Outcome}: the header, the application's mapping of the whole
 * body, or a failure.
 *
 * <p>It never blocks: it reads the header from the bytes received so far
 * ({@link ReceivedBody}), on whatever thread the client delivers them, so it is correct with
 * {@code send} and {@code sendAsync} and with any executor, even one thread shared by many
 * exchanges. It asks for one buffer at a time, so the client reads no further ahead than needed.
 * A goal may bound the search ({@link Goal#headerSearch()}): a response class bound in one pass
 * is searched for a failed header in its first bytes only, and its reader decides at the end.
 *
 * <p>The outcome is delivered as soon as it is decided: at the response headers for a status
 * other than 200 or a content encoding, when the header has been read (for the header alone, or
 * a failed header), at the end of the body for a mapping. Whatever the server does next cannot
 * delay it. The rest of the body is then read and dropped in the background, so that the client
 * can reuse the connection, up to {@link #DRAIN_LIMIT} bytes and for at most
 * {@link #DRAIN_TIME}; past either the subscription is cancelled, which may close the connection
 * (the {@code BodySubscriber} contract says so) and keeps a large instance list from being
 * transferred for nothing. One case waits for the end: when the response declared its length
 * and every byte of it has arrived, the end is due at once and the client returns the
 * connection to its pool before it signals it, so the outcome is delivered with that signal
 * (or at {@link #DRAIN_TIME}, should it not come): a caller sending its next request at once
 * then finds the connection free.
 *
 * <p>What it holds is bounded: {@code limit} bytes, the whole body for a mapping and what comes
 * before the end of the header otherwise; past it the call fails with an {@code IOException}
 * naming the limit, and the transfer is stopped. A declared length above the limit fails at
 * once. The request's timeout, which the JDK stops counting when the response headers arrive,
 * is counted again from there until the outcome is decided; when it passes the call fails with
 * an {@code HttpTimeoutException} and the transfer is stopped. A {@link Transfer} stopped by
 * the caller stops the transfer too.
 *
 * <p>Flow signals come one at a time, so the fields they use need no locks. Timers and the
 * caller stop from other threads: they complete the outcome, which is thread-safe, set
 * {@link #stopped} and cancel the subscription, which the JDK's subscriptions allow from any
 * thread.
 */
final class ComputeBodySubscriber<T> implements BodySubscriber<Outcome<T>> {

    /** How many bytes after an early outcome are read, to keep the connection, before cancelling. */
    static final long DRAIN_LIMIT = 64 * 1024;
    /** How long the rest of the body is read after an early outcome, to keep the connection, before cancelling. */
    static final Duration DRAIN_TIME = Duration.ofSeconds(2);

    private final CompletableFuture<Outcome<T>> outcome = new CompletableFuture<>();
    private final Exchange exchange;
    private final HeaderReader reader;
    private final Goal<T> goal;
    private final long limit;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Flow.Subscription subscription;
    /** Set once the transfer is stopped (limit, timeout, caller): later signals are ignored. */
    private volatile boolean stopped;
    /** Fires at the request's timeout, counted from the response headers; completed once decided. Null without a timeout. */
    private final CompletableFuture<Void> deadline;

    // Signal state: used by one signal at a time.
    /** The body so far, until the outcome is decided; then null, so that it can be collected. */
    private ReceivedBody received;
    private ResultHeader header;
    /** The outcome, once decided before the end of the body. */
    private Outcome<T> decided;
    /** Fires at the end of the drain's time; completed when the drain ends. */
    private CompletableFuture<Void> drainTimer;
    private long seen;
    private long dropped;

    ComputeBodySubscriber(Exchange exchange, HeaderReader reader, Goal<T> goal, long limit, Duration timeout,
                          Transfer transfer) {
        this.exchange = exchange;
        this.reader = reader;
        this.goal = goal;
        this.limit = limit;
        if (!exchange.readable()) {
            deadline = null;
            decide(Outcome.failed(exchange.notReadable()));
        } else if (goal.wholeBody() && exchange.contentLength() > limit) {
            deadline = null;
            stop(Outcome.failed(exchange.tooLarge(limit, true, goal.handler(), true)));
        } else {
            received = new ReceivedBody(goal.wholeBody() ? exchange.contentLength() : -1);
            deadline = timeout == null ? null : timer(timeout, () -> stop(Outcome.failed(exchange.timedOut(timeout))));
        }
        transfer.attach(() -> stop(Outcome.failed(new IOException("The caller stopped waiting for the response"))));
    }

    @Override
    public CompletionStage<Outcome<T>> getBody() {
        return outcome;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        Objects.requireNonNull(subscription, "subscription");
        if (this.subscription != null) {
            subscription.cancel();
            return;
        }
        this.subscription = subscription;
        if (stopped) {
            cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        Objects.requireNonNull(items, "items");
        if (stopped) {
            received = null;
            return;
        }
        long count = 0;
        for (ByteBuffer item : items) {
            count += item.remaining();
        }
        seen += count;
        if (decided != null) {
            drain(count);
            return;
        }
        if (received.size() + count > limit) {
            received = null;
            stop(Outcome.failed(exchange.tooLarge(limit, goal.wholeBody(), goal.handler(), false)));
            return;
        }
        received.add(items);
        if (header == null) {
            readHeader(false);
        }
        request();
    }

    @Override
    public void onError(Throwable error) {
        received = null;
        if (decided != null) {
            // The outcome was known before the connection failed; the failure only ended the drain.
            endDrain();
        } else {
            // An I/O failure (a connection reset, a body cut off) stays what it is.
            finish(Outcome.failed(error));
        }
    }

    @Override
    public void onComplete() {
        if (stopped) {
            received = null;
            return;
        }
        if (decided == null && header == null && (goal.needsHeaderFirst() || reader.options().validateDocument())) {
            // The whole body, unbounded: for the mapping, or for the document's own checks the reader's options ask for.
            readHeader(true);
        }
        if (decided != null) {
            endDrain();
            return;
        }
        ReceivedBody body = received;
        received = null;
        finish(goal.onBody(exchange, body));
    }

    private void readHeader(boolean complete) {
        try {
            header = received.header(reader, complete, goal.headerSearch());
        } catch (Throwable e) {
            // A subscriber must not throw: the caller would wait for an outcome forever.
            decide(Outcome.failed(exchange.unreadable(e, received.head(2))));
            return;
        }
        if (header != null) {
            Outcome<T> early = goal.onHeader(exchange, header);
            if (early != null) {
                decide(early);
            }
        }
    }

    /** The outcome is known before the end of the body: delivered now, and the rest drained. */
    private void decide(Outcome<T> early) {
        decided = early;
        received = null;
        complete(deadline);
        long length = exchange.contentLength();
        if (length < 0 || seen < length) {
            outcome.complete(early);
        }
        // Else the end is due at once: delivered with it, after the connection is back in the pool.
        drainTimer = timer(DRAIN_TIME, () -> {
            cancel();
            outcome.complete(early);
        });
    }

    private void drain(long count) {
        dropped += count;
        if (dropped > DRAIN_LIMIT) {
            cancel();
            endDrain();
        } else {
            request();
        }
    }

    private void endDrain() {
        complete(drainTimer);
        outcome.complete(decided);
    }

    /** The outcome at the end of the body. */
    private void finish(Outcome<T> last) {
        complete(deadline);
        outcome.complete(last);
    }

    /** Ends the transfer with this outcome, from any thread: nothing more is read or held. */
    private void stop(Outcome<T> end) {
        stopped = true;
        outcome.complete(end);
        complete(deadline);
        cancel();
    }

    private void request() {
        if (!cancelled.get()) {
            subscription.request(1);
        }
    }

    private void cancel() {
        Flow.Subscription current = subscription;
        if (current != null && cancelled.compareAndSet(false, true)) {
            current.cancel();
        }
    }

    /**
     * Runs {@code action} after {@code delay} unless the returned future is completed first.
     * The JDK's timer cancels its task when the future completes, so nothing outlives the call;
     * the action runs on the default asynchronous executor, not on the timer's single thread,
     * which every {@code orTimeout} in the JVM shares.
     */
    private static CompletableFuture<Void> timer(Duration delay, Runnable action) {
        long nanos;
        try {
            nanos = delay.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE;
        }
        CompletableFuture<Void> timer = new CompletableFuture<>();
        timer.orTimeout(Math.max(nanos, 0), TimeUnit.NANOSECONDS).whenComplete((ignored, timeout) -> {
            // Only an expiry leaves the thread it comes on: most timers end completed, by the signal that made them moot.
            if (timeout != null) {
                CompletableFuture.runAsync(action);
            }
        });
        return timer;
    }

    private static void complete(CompletableFuture<Void> timer) {
        if (timer != null) {
            timer.complete(null);
        }
    }

    /**
     * The subscriber as the public handlers return it: completes with the value, or
     * exceptionally with the failure itself.
     */
    static final class Unwrapped<T> implements BodySubscriber<T> {
        private final ComputeBodySubscriber<T> inner;
        private final CompletableFuture<T> body = new CompletableFuture<>();

        Unwrapped(ComputeBodySubscriber<T> inner) {
            this.inner = inner;
            inner.outcome.thenAccept(outcome -> outcome.completeInto(body));
        }

        @Override
        public CompletionStage<T> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            inner.onSubscribe(subscription);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            inner.onNext(items);
        }

        @Override
        public void onError(Throwable throwable) {
            inner.onError(throwable);
        }

        @Override
        public void onComplete() {
            inner.onComplete();
        }
    }
}
