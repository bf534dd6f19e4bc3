package dev.nhncloud.result.httpclient;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResultHeader;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * The body subscriber behind {@link ComputeBodyHandlers}: reads the header as the body arrives
 * and completes with the header, or with the application's mapping of the whole body, or
 * exceptionally.
 *
 * <p>It never blocks: it reads the header from the bytes received so far
 * ({@link ReceivedBody}), on whatever thread the client delivers them, so it is correct with
 * {@code send} and {@code sendAsync} and with any executor, even one thread shared by many
 * exchanges. It asks for one buffer at a time, so the client reads no further ahead than needed.
 *
 * <p>When the outcome is known before the end of the body (the header, when only the header is
 * wanted; a failed header; a status other than 200), the rest of the body is read and dropped,
 * up to {@link #DRAIN_LIMIT} bytes, and the subscription is cancelled past that. Cancelling may
 * close the connection (the {@code BodySubscriber} contract says so): reading the small rest of
 * a small body lets the client reuse the connection, and the limit keeps a large instance list
 * from being transferred for nothing. The outcome is delivered when the drain ends: the client
 * returns a connection to its pool before it signals the end of the body, so a caller that sends
 * its next request at once finds the connection free.
 *
 * <p>Flow signals come one at a time, so the fields need no locks; only the future is shared
 * with other threads.
 */
final class ComputeBodySubscriber<T> implements BodySubscriber<T> {

    /** How many bytes after an early outcome are read, to keep the connection, before cancelling. */
    static final long DRAIN_LIMIT = 64 * 1024;

    private final CompletableFuture<T> outcome = new CompletableFuture<>();
    private final Exchange exchange;
    private final HeaderReader reader;
    /** Makes the outcome from the header alone; null when the whole body is wanted. */
    private final Function<ResultHeader, T> fromHeader;
    /** Maps the whole body after a successful header; null when only the header is wanted. */
    private final BodyMapper<T> mapper;

    private Flow.Subscription subscription;
    /** The body so far, until the outcome is decided. */
    private ReceivedBody received = new ReceivedBody();
    private ResultHeader header;
    /** An outcome decided before the end of the body, delivered when the drain ends. */
    private boolean decided;
    private T value;
    private Throwable failure;
    private long dropped;

    private ComputeBodySubscriber(Exchange exchange, HeaderReader reader, Function<ResultHeader, T> fromHeader,
                                  BodyMapper<T> mapper) {
        this.exchange = exchange;
        this.reader = reader;
        this.fromHeader = fromHeader;
        this.mapper = mapper;
        if (!exchange.fromTheApi()) {
            decide(null, exchange.notFromTheApi());
        }
    }

    /** Completes with the header, once it has been read. */
    static BodySubscriber<ResultHeader> header(Exchange exchange, HeaderReader reader) {
        return new ComputeBodySubscriber<>(exchange, reader, Function.identity(), null);
    }

    /** Completes with the mapped body after a successful header, and fails once the header has failed. */
    static <T> BodySubscriber<T> body(Exchange exchange, HeaderReader reader, BodyMapper<T> mapper) {
        return new ComputeBodySubscriber<>(exchange, reader, null, mapper);
    }

    @Override
    public CompletionStage<T> getBody() {
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
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        Objects.requireNonNull(items, "items");
        if (decided) {
            drop(items);
            return;
        }
        received.add(items);
        if (header == null) {
            try {
                header = received.header(reader, false);
            } catch (Throwable e) {
                // A subscriber must not throw: the caller would wait for an outcome forever.
                decide(null, exchange.unreadable(e));
            }
            if (header != null) {
                onHeader();
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        received = null;
        if (decided) {
            // The outcome was known before the connection failed; the failure only ended the drain.
            deliver();
        } else {
            // An I/O failure (a connection reset, a body cut off) stays what it is.
            outcome.completeExceptionally(error);
        }
    }

    @Override
    public void onComplete() {
        if (!decided && header == null) {
            try {
                header = received.header(reader, true);
            } catch (Throwable e) {
                decide(null, exchange.unreadable(e));
            }
            if (header != null) {
                onHeader();
            }
        }
        if (decided) {
            deliver();
            return;
        }
        byte[] body = received.toArray();
        received = null;
        try {
            outcome.complete(mapper.map(body));
        } catch (Throwable e) {
            // The application's mapping failed: what it threw (a Jackson IOException, say) is the outcome.
            outcome.completeExceptionally(e);
        }
    }

    /** The header has been read: the outcome is decided, unless the whole body is wanted after a success. */
    private void onHeader() {
        if (fromHeader != null) {
            decide(fromHeader.apply(header), null);
        } else if (!header.succeeded()) {
            decide(null, exchange.failed(header));
        }
    }

    private void decide(T value, Throwable failure) {
        this.decided = true;
        this.value = value;
        this.failure = failure;
        this.received = null;
    }

    private void deliver() {
        if (failure != null) {
            outcome.completeExceptionally(failure);
        } else {
            outcome.complete(value);
        }
    }

    private void drop(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            dropped += item.remaining();
        }
        if (dropped > DRAIN_LIMIT) {
            subscription.cancel();
            deliver();
        } else {
            subscription.request(1);
        }
    }
}
