package dev.nhncloud.result.conformance;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ResultHeader;
import java.util.Objects;

/** What reading a case must give: a header, a failure with a reason, or (for trees) no tree at all. */
public final class Expectation {

    private final ResultHeader header;
    private final Reason reason;
    private final String noTree;

    private Expectation(ResultHeader header, Reason reason, String noTree) {
        this.header = header;
        this.reason = reason;
        this.noTree = noTree;
    }

    /**
     * The read gives this header.
     *
     * @param header the header
     * @return the expectation
     */
    public static Expectation header(ResultHeader header) {
        return new Expectation(Objects.requireNonNull(header), null, null);
    }

    /**
     * The read fails with this reason.
     *
     * @param reason the reason
     * @return the expectation
     */
    public static Expectation fails(Reason reason) {
        return new Expectation(null, Objects.requireNonNull(reason), null);
    }

    /**
     * The text is not one valid JSON document, so the library builds no tree; said explicitly
     * so that a tree form that cannot apply is never skipped silently.
     *
     * @param why why there is no tree
     * @return the expectation
     */
    public static Expectation noTree(String why) {
        return new Expectation(null, null, Objects.requireNonNull(why));
    }

    /**
     * The header expected, or null.
     *
     * @return the header
     */
    public ResultHeader header() {
        return header;
    }

    /**
     * The reason expected, or null.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Why no tree can be built, or null.
     *
     * @return the explanation
     */
    public String noTree() {
        return noTree;
    }

    /**
     * Whether an outcome meets this expectation.
     *
     * @param outcome what the read gave
     * @return true when it does
     */
    public boolean matches(Outcome outcome) {
        if (header != null) {
            return header.equals(outcome.header());
        }
        if (reason != null) {
            return outcome.failure() instanceof MalformedResponseException
                    && ((MalformedResponseException) outcome.failure()).reason() == reason;
        }
        return false;
    }

    @Override
    public String toString() {
        return header != null ? header.toString() : reason != null ? reason.toString() : "no tree (" + noTree + ")";
    }
}
