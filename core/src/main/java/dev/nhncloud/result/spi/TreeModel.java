package dev.nhncloud.result.spi;

import java.util.Iterator;
import java.util.Map;

/**
 * How a JSON library's tree looks to {@link TreeCursor}: four questions about a node. A
 * binding's tree adapter implements this for its node type ({@code JsonNode},
 * {@code JsonElement}, {@code JsonValue}) and lets {@link TreeCursor} do the walking.
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
     * The text of a string node, or the literal of a number node: as written when the tree
     * kept it, else an equivalent literal that contains {@code .}, {@code e} or {@code E}
     * exactly when the number is not an integer.
     *
     * @param scalar a node whose type is {@link JsonCursor.Token#STRING} or {@link JsonCursor.Token#NUMBER}
     * @return the text
     */
    String text(N scalar);
}
