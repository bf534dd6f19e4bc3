package dev.nhncloud.result.conformance;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ResultHeader;
import java.util.Objects;

/**
 * What reading a case must give: a header, a failure with a reason, or (for trees) no tree at
 * all; or, for a data-binding hook that cannot see all of a document, a refusal or at most one
 * given header.
 */
public final class Expectation {

    private final ResultHeader header;
    private final Reason reason;
    private final String noTree;
    private final boolean refusalAllowed;

    private Expectation(ResultHeader header, Reason reason, String noTree, boolean refusalAllowed) {
        this.header = header;
        this.reason = reason;
        this.noTree = noTree;
        this.refusalAllowed = refusalAllowed;
    }

    /**
     * The read gives this header.
     *
     * @param header the header
     * @return the expectation
     */
    public static Expectation header(ResultHeader header) {
        return new Expectation(Objects.requireNonNull(header), null, null, false);
    }

    /**
     * The read fails with this reason.
     *
     * @param reason the reason
     * @return the expectation
     */
    public static Expectation fails(Reason reason) {
        return new Expectation(null, Objects.requireNonNull(reason), null, false);
    }

    /**
     * For a data-binding hook: the library or the hook refuses the document, in any way, or
     * binds exactly this header. A hook sees only the header; what the library skips elsewhere
     * is the library's business (its depth, its leniency, its view of names).
     *
     * @param header the one header the hook may bind, or null for none
     * @return the expectation
     */
    public static Expectation refusedOr(ResultHeader header) {
        return new Expectation(header, null, null, true);
    }

    /**
     * The text is not one valid JSON document, so the library builds no tree; said explicitly
     * so that a tree form that cannot apply is never skipped silently.
     *
     * @param why why there is no tree
     * @return the expectation
     */
    public static Expectation noTree(String why) {
        return new Expectation(null, null, Objects.requireNonNull(why), false);
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
        if (refusalAllowed) {
            return outcome.failure() != null || header != null && header.equals(outcome.header());
        }
        if (header != null) {
            return header.equals(outcome.header());
        }
        if (reason != null) {
            return outcome.failure() instanceof MalformedResponseException
                    && ((MalformedResponseException) outcome.failure()).reason() == reason;
        }
        return false;
    }

    /**
     * Whether this expects one header or one reason, rather than allowing a refusal of any kind.
     *
     * @return true for {@link #header} and {@link #fails}
     */
    public boolean isExact() {
        return !refusalAllowed && (header != null || reason != null);
    }

    /**
     * Whether the outcome of a data-binding hook meets this expectation: as {@link #matches},
     * except that the SDK's exception may come wrapped in the library's own.
     *
     * @param outcome what the hook gave
     * @return true when it does
     */
    public boolean matchesBound(Outcome outcome) {
        if (reason != null) {
            return outcome.reason() == reason;
        }
        return matches(outcome);
    }

    @Override
    public String toString() {
        if (refusalAllowed) {
            return header == null ? "a refusal" : "a refusal or " + header;
        }
        return header != null ? header.toString() : reason != null ? reason.toString() : "no tree (" + noTree + ")";
    }
}
