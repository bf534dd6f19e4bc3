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
}
