package dev.nhncloud.result.engine;

import dev.nhncloud.result.spi.JsonCursor.Token;
import dev.nhncloud.result.spi.TreeModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tokens of a tree the application already holds, for any library through a
 * {@link TreeModel}. It walks with its own stack, never by recursion, so no tree is too deep
 * for it; core's depth limit applies to trees as to text.
 *
 * <p>A tree has already merged repeated member names and cannot hold text after its root, so
 * the rules that need the text ({@code DUPLICATE_FIELD}, {@code DUPLICATE_HEADER},
 * {@code TRAILING_DATA}, {@code MALFORMED_JSON}) cannot fire for a tree.
 *
 * @param <N> the library's node type
 */
final class TreeCursor<N> implements TokenStream {

    /** One more digit than the longest {@code int} has: enough for the rules to see a code out of range. */
    private static final int PLAIN_DIGITS = 11;

    private final TreeModel<N> model;
    private final List<Frame<N>> stack = new ArrayList<>();
    private final N root;
    private boolean started;
    private N pending;
    private N scalar;
    private String text;

    private TreeCursor(N root, TreeModel<N> model) {
        this.root = root;
        this.model = model;
    }

    /**
     * A cursor over a tree.
     *
     * @param root  the root node; the library's "no value" marker (or null, if the model says
     *              so) stands for an empty document
     * @param model how to read the library's nodes
     * @param <N>   the library's node type
     * @return a cursor at the start of the tree
     */
    static <N> TreeCursor<N> over(N root, TreeModel<N> model) {
        return new TreeCursor<>(root, Objects.requireNonNull(model, "model"));
    }

    @Override
    public Token next() {
        if (!started) {
            started = true;
            Token type = model.typeOf(root);
            return type == Token.END_OF_INPUT ? type : enter(root, type);
        }
        if (pending != null) {
            N node = pending;
            pending = null;
            return enter(node, model.typeOf(node));
        }
        Frame<N> frame = stack.get(stack.size() - 1);
        if (frame.members != null) {
            if (frame.members.hasNext()) {
                Map.Entry<String, N> member = frame.members.next();
                frame.name = member.getKey();
                text = frame.name;
                pending = member.getValue();
                return Token.NAME;
            }
            stack.remove(stack.size() - 1);
            return Token.END_OBJECT;
        }
        if (frame.elements.hasNext()) {
            frame.index++;
            N node = frame.elements.next();
            return enter(node, model.typeOf(node));
        }
        stack.remove(stack.size() - 1);
        return Token.END_ARRAY;
    }

    private Token enter(N node, Token type) {
        switch (type) {
            case START_OBJECT:
                stack.add(new Frame<>(model.members(node), null));
                break;
            case START_ARRAY:
                stack.add(new Frame<>(null, model.elements(node)));
                break;
            case STRING:
            case NUMBER:
                scalar = node;
                text = model.text(node);
                break;
            case END_OF_INPUT:
                throw new IllegalStateException("the tree model reports no value inside a container");
            default:
                break;
        }
        return type;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public int textLength() {
        return text.length();
    }

    /**
     * The tree's own answer, checked against the text: an integer is an optional minus sign and
     * digits. A tree that holds an integer as a value may print it with an exponent or a zero
     * fraction ({@code 1E+3}, {@code 1.0E+3}); its text is then made plain when it has at most
     * {@value #PLAIN_DIGITS} digits. A larger one keeps its printed form ({@code 1E+1000000000} is
     * not expanded), which the rules find out of range. Text that is no number at all (a tree
     * may hold {@code NaN}) is not an integer.
     */
    /** A tree's names and numbers are already built: measuring them costs nothing. */
    @Override
    public boolean bounded(int limit) {
        return false;
    }

    @Override
    public boolean isInteger() {
        if (!model.isInteger(scalar)) {
            return false;
        }
        if (isPlainInteger(text)) {
            return true;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return false;
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            return false;
        }
        if ((long) value.precision() - value.scale() <= PLAIN_DIGITS) {
            text = value.toBigIntegerExact().toString();
        }
        return true;
    }

    private static boolean isPlainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A tree holds nothing after its root. */
    @Override
    public boolean atEndOfInput() {
        return true;
    }

    /** A tree holds nothing after its root, so nothing is ever there. */
    @Override
    public String afterRootLocation() {
        return null;
    }

    /** The JSON Pointer (RFC 6901) of the current token. */
    @Override
    public String location() {
        StringBuilder pointer = new StringBuilder();
        for (Frame<N> frame : stack) {
            if (frame.members != null && frame.name != null) {
                pointer.append('/').append(frame.name.replace("~", "~0").replace("/", "~1"));
            } else if (frame.elements != null && frame.index >= 0) {
                pointer.append('/').append(frame.index);
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    private static final class Frame<N> {
        final Iterator<Map.Entry<String, N>> members;
        final Iterator<N> elements;
        String name;
        int index = -1;

        Frame(Iterator<Map.Entry<String, N>> members, Iterator<N> elements) {
            this.members = members;
            this.elements = elements;
        }
    }
}
