package dev.nhncloud.result.robustness;

/** Rethrows what a read threw, unchanged, so that the fuzzer files it under its own stack trace. */
final class Finding {

    private Finding() {
    }

    /**
     * Throws {@code failure} itself (checked or not): a fuzzer groups findings by the stack
     * trace of what the target threw, and distinct bugs must not share the checker's frames.
     *
     * @return never returns; declared so that callers can write {@code throw Finding.unexpected(...)}
     */
    static RuntimeException unexpected(String form, Throwable failure) {
        failure.addSuppressed(new AssertionError("thrown by the read in form " + form
                + "; only a ResultHeader or a MalformedResponseException may come out of a read"));
        throw Finding.<RuntimeException>sneaky(failure);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable failure) throws T {
        throw (T) failure;
    }
}
