package dev.nhncloud.result.engine;

import java.io.IOException;

/**
 * What a binding's library reads, bytes or characters, keeping the application's own I/O
 * failure apart from the library's complaints about the text.
 */
public interface Source {

    /**
     * The exception the application's stream or reader threw, if any.
     *
     * @return the input's own failure, or null when the input has not failed
     */
    IOException failure();

    /**
     * What has been read of the input so far, for positions in messages.
     *
     * @return the record of the input's units
     */
    Delivered delivered();

    /**
     * The fault of the input's text (bytes that are not UTF-8, a zero byte) this source found,
     * if any. A library that reads ahead may meet it before it complains about an earlier
     * problem, so core words it as it words every refusal: from the first place where the text
     * stops being JSON ({@link Locator#refusal}).
     *
     * @return the fault thrown or to be thrown to the library, or null
     */
    RuntimeException fault();

    /**
     * What the characters delivered so far prove about the length of names and numbers; to be
     * asked before the library's first read.
     *
     * @return the bound; {@link TokenBound#NONE} for a source that does not look
     */
    TokenBound tokenBound();
}
