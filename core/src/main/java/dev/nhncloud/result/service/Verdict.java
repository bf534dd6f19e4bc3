package dev.nhncloud.result.service;

/**
 * What a header says about the call, under its service's catalogue: the SDK's verdict, decided
 * without the caller comparing numbers.
 *
 * <pre>{@code
 * if (header.verdict() == Verdict.PARTIAL_SUCCESS) {
 *     resendToTheRecipientsThatFailed(body);
 * }
 * }</pre>
 *
 * <p>Fail closed: a header is a {@link #SUCCESS} or a {@link #PARTIAL_SUCCESS} only when its
 * code is one the catalogue documents as such <em>and</em> its {@code isSuccessful} flag is
 * true. A code the service never documented, or a flag that disagrees with the code, is a
 * {@link #FAILURE}.
 */
public enum Verdict {
    /** The call did what was asked: {@code isSuccessful} true and code 0. */
    SUCCESS,
    /**
     * Part of the call succeeded and part did not: {@code isSuccessful} true with a non-zero
     * code the service documents as a partial success (Email's {@code 1000}, "some of your
     * requests are successful"). Neither a success nor a failure: the body says which parts
     * failed.
     */
    PARTIAL_SUCCESS,
    /** The call failed, or its header cannot be trusted to say it succeeded. */
    FAILURE
}
