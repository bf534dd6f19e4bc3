package dev.nhncloud.result.spi;

import java.util.Iterator;
import java.util.Map;

/**
 * How a JSON library's tree looks to core: five questions about a node. A binding's tree adapter
 * implements this for its node type ({@code JsonNode}, {@code JsonElement}, {@code JsonValue})
 * and hands the tree to {@link dev.nhncloud.result.HeaderReaders#readTree}; core walks it.
 *
 * <pre>{@code
 * public static ResultHeader read(JsonElement tree, ReadOptions options) {
 *     return HeaderReaders.readTree(tree, JsonElementModel.INSTANCE, options);
 * }
 * }</pre>
 *
 * <p>Implementations are stateless and thread-safe.
 *
 * @param <N> the library's node type
 */
public interface TreeModel<N> {

    /**
     * The token a node starts with.
     *
     * @param node a node of the tree; for the root, possibly the library's "no value" marker
     * @return {@link JsonCursor.Token#START_OBJECT}, {@link JsonCursor.Token#START_ARRAY},
     *         {@link JsonCursor.Token#STRING}, {@link JsonCursor.Token#NUMBER},
     *         {@link JsonCursor.Token#TRUE}, {@link JsonCursor.Token#FALSE} or
     *         {@link JsonCursor.Token#NULL}; {@link JsonCursor.Token#END_OF_INPUT} for a root
     *         that stands for an empty document
     */
    JsonCursor.Token typeOf(N node);

    /**
     * The members of an object node, in document order.
     *
     * @param object a node whose type is {@link JsonCursor.Token#START_OBJECT}
     * @return its members
     */
    Iterator<Map.Entry<String, N>> members(N object);

    /**
     * The elements of an array node, in order.
     *
     * @param array a node whose type is {@link JsonCursor.Token#START_ARRAY}
     * @return its elements
     */
    Iterator<N> elements(N array);

    /**
     * The text of a string node, or a number node's literal as the tree keeps it (as written, or
     * as the library prints the value, exponent included).
     *
     * @param scalar a node whose type is {@link JsonCursor.Token#STRING} or {@link JsonCursor.Token#NUMBER}
     * @return the text
     */
    String text(N scalar);

    /**
     * Whether a number node is an integer: written with neither fraction nor exponent, for a tree
     * that keeps literals; an integral value, for a tree that keeps only values (there
     * {@code 1e0} is the integer 1, as a JSON-P tree holds it).
     *
     * @param number a node whose type is {@link JsonCursor.Token#NUMBER}
     * @return true for an integer
     */
    boolean isInteger(N number);
}
