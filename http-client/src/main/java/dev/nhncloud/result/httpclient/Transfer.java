package dev.nhncloud.result.httpclient;

/**
 * The caller's way to stop one exchange's body: {@link ComputeApiClient} stops it when the
 * caller gives up (a cancelled future, {@code orTimeout}, an interrupted {@code send}), so that
 * the body is neither transferred nor held any longer. A stop that comes before the response
 * is applied as soon as its body subscriber is made.
 *
 * <p>Thread-safe: the caller stops from its own thread, the client attaches from its own.
 */
final class Transfer {

    private Runnable stop;
    private boolean stopped;

    /** Registers what stops the body; runs it at once when the transfer was already stopped. */
    void attach(Runnable stopBody) {
        boolean already;
        synchronized (this) {
            already = stopped;
            stop = stopBody;
        }
        if (already) {
            stopBody.run();
        }
    }

    /** Stops the body, now or as soon as it is attached. */
    void stop() {
        Runnable stopBody;
        synchronized (this) {
            stopped = true;
            stopBody = stop;
        }
        if (stopBody != null) {
            stopBody.run();
        }
    }
}
