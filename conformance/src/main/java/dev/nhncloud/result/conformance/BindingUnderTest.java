package dev.nhncloud.result.conformance;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;

/**
 * What the conformance suite needs of a binding: its streaming reader, and a way to build the
 * library's own tree and read a header from it with the binding's tree adapter.
 */
public interface BindingUnderTest {

    /**
     * The binding's name, as its provider registers it.
     *
     * @return for example {@code "jackson"}
     */
    String name();

    /**
     * The binding's streaming reader.
     *
     * @param options the options to read with
     * @return a reader
     */
    HeaderReader streamingReader(ReadOptions options);

    /**
     * Parses text into the library's own tree, as an application would hold it: strict JSON
     * (no comments or other extensions), one document with nothing after it, and no depth or
     * size limit of the library's own.
     *
     * @param json a document, already decoded; any byte order mark removed
     * @return the library's root node
     * @throws Exception when the library refuses the text
     */
    Object parseTree(String json) throws Exception;

    /**
     * Reads the header from a tree with the binding's tree adapter.
     *
     * @param tree    a root node from {@link #parseTree(String)}
     * @param options the options to read with
     * @return the header
     */
    ResultHeader readTree(Object tree, ReadOptions options);

    /**
     * Whether the library's tree keeps the form of a number literal. A tree that holds numbers
     * as {@code BigDecimal} cannot tell {@code 1e0} from {@code 1}.
     *
     * @return true when a non-integer literal stays recognisable as one in the tree
     */
    default boolean treeKeepsNumberForm() {
        return true;
    }
}
