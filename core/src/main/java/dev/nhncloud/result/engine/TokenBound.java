package dev.nhncloud.result.engine;

/**
 * A bound on the length of every member name and number literal in the characters a text source
 * has delivered so far, found in one pass over them as they are delivered. It lets the header
 * rules pass a name or a number without the library building it as a string: Gson and JSON-P
 * cannot measure one otherwise, so a read to the end of a large body would allocate in
 * proportion to its members.
 *
 * <p>While no backslash and no surrogate has been delivered, a name is exactly the characters
 * between two quotes and a number literal holds no quote, so neither is longer than the longest
 * run of characters without a quote, and no name holds an unpaired surrogate. The bound proves
 * nothing once a backslash (an escape may stand for any character, a quote or a surrogate
 * included), a surrogate (paired or not: telling which is the rules' work) or a run longer than
 * {@link HeaderRules#MAX_NUMBER_LENGTH} has been delivered: the rules then measure and check
 * every name and number, as they do for bytes and trees, and the pass stops.
 *
 * <p>A library may return a name before it has read it (Gson peeks at its opening quote only),
 * so the bound covers a name only once its closing quote has been delivered: without a
 * backslash, quotes open and close strings in turn, and the k-th string the library returns (a
 * name or a string value) is the k-th string of the text. So that a name cut by the end of a read
 * is covered all the same, the text source holds such a string back for the next read
 * ({@link TextSource#read}). A number is returned only after the
 * character that ends it has been read. Characters a library reads ahead of its tokens are
 * counted too, which can only make the bound weaker. One instance serves one read.
 */
public final class TokenBound {

    /** The bound of a source that does not look at its characters: it proves nothing. */
    static final TokenBound NONE = new TokenBound(true);

    /** The characters since the last quote. */
    private int run;
    /** The quotes delivered: every second one closes a string. */
    private long quotes;
    /** The longest run closed by a quote. */
    private int longest;
    private boolean broken;

    private TokenBound(boolean broken) {
        this.broken = broken;
    }

    /**
     * A bound for one read, before any character.
     *
     * @return the bound
     */
    static TokenBound ofText() {
        return new TokenBound(false);
    }

    /**
     * Takes in characters as the source delivers them. A tight loop with the state in locals: it
     * runs over every character of a read to the end.
     *
     * @param chars the buffer
     * @param from  the first character delivered
     * @param to    after the last one
     * @return the index of the quote that opens a string still open after {@code chars[to - 1]},
     *         when that quote lies within {@code [from, to)} and the bound still proves; else -1
     */
    int scan(char[] chars, int from, int to) {
        if (broken) {
            return -1;
        }
        int run = this.run;
        int longest = this.longest;
        long quotes = this.quotes;
        int lastQuote = -1;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '"') {
                longest = Math.max(longest, run);
                run = 0;
                quotes++;
                lastQuote = i;
            } else if (c == '\\' || Character.isSurrogate(c) || ++run > HeaderRules.MAX_NUMBER_LENGTH) {
                broken = true;
                return -1;
            }
        }
        this.run = run;
        this.longest = longest;
        this.quotes = quotes;
        return quotes % 2 == 1 ? lastQuote : -1;
    }

    /**
     * Whether the library's tokens so far, the current one included, are proven within the
     * limit: every name and number literal at most {@code limit} characters long and every name
     * free of surrogates.
     *
     * @param limit   the length allowed
     * @param strings the names and string values the library has returned, the current one included
     * @return true when that is proven; false when the current token must be measured
     */
    boolean proves(int limit, long strings) {
        return !broken && Math.max(longest, run) <= limit && quotes / 2 >= strings;
    }
}
