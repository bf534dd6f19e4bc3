package dev.nhncloud.result.engine;

import dev.nhncloud.result.spi.JsonCursor;
import dev.nhncloud.result.spi.JsonCursor.Token;
import dev.nhncloud.result.spi.TreeModel;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A test-only binding: a tiny in-memory JSON tree and its {@link TreeModel}. It holds no rule;
 * {@link HeaderRulesTest} shows that core's rules work through it. Unlike a library's tree,
 * its objects are lists of members, so they can repeat a name.
 */
final class MiniTree {

    /** JSON null. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
    /** A root that stands for an empty document. */
    static final Object EMPTY = new Object();
    /** A node that fails when the walk reaches it: proof that reading stopped before it. */
    static final Object UNREACHABLE = new Object();

    static final TreeModel<Object> MODEL = new TreeModel<>() {
        @Override
        public Token typeOf(Object node) {
            if (node == UNREACHABLE) {
                throw new AssertionError("read past the header");
            }
            if (node == EMPTY) {
                return Token.END_OF_INPUT;
            }
            if (node == NULL) {
                return Token.NULL;
            }
            if (node instanceof Obj) {
                return Token.START_OBJECT;
            }
            if (node instanceof List) {
                return Token.START_ARRAY;
            }
            if (node instanceof Boolean) {
                return (Boolean) node ? Token.TRUE : Token.FALSE;
            }
            if (node instanceof Num) {
                return Token.NUMBER;
            }
            if (node instanceof String) {
                return Token.STRING;
            }
            throw new IllegalArgumentException("not a node: " + node);
        }

        @Override
        public Iterator<Map.Entry<String, Object>> members(Object object) {
            return ((Obj) object).members.iterator();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<Object> elements(Object array) {
            return ((List<Object>) array).iterator();
        }

        @Override
        public String text(Object scalar) {
            return scalar instanceof Num ? ((Num) scalar).literal : (String) scalar;
        }

        /** This tree keeps literals, as Jackson's and Gson's do. */
        @Override
        public boolean isInteger(Object number) {
            return ((Num) number).literal.matches("-?[0-9]+");
        }
    };

    private MiniTree() {
    }

    /** The tree's tokens as the rules read a tree. */
    static TokenStream tokens(Object root) {
        return TreeCursor.over(root, MODEL);
    }

    /** The tree's tokens as a library's cursor would show them, for what takes a cursor. */
    static JsonCursor cursor(Object root) {
        TokenStream tokens = tokens(root);
        return new JsonCursor() {
            @Override
            public Token next() throws java.io.IOException {
                return tokens.next();
            }

            @Override
            public String text() throws java.io.IOException {
                return tokens.text();
            }

            @Override
            public int textLength() throws java.io.IOException {
                return tokens.textLength();
            }

            @Override
            public boolean atEndOfInput() throws java.io.IOException {
                return tokens.atEndOfInput();
            }
        };
    }

    /** An object from alternating names and values; numbers may be given as Java integers. */
    static Obj obj(Object... namesAndValues) {
        List<Map.Entry<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.add(new SimpleImmutableEntry<>((String) namesAndValues[i], node(namesAndValues[i + 1])));
        }
        return new Obj(members);
    }

    static List<Object> arr(Object... values) {
        List<Object> nodes = new ArrayList<>();
        Arrays.stream(values).map(MiniTree::node).forEach(nodes::add);
        return nodes;
    }

    static Num num(String literal) {
        return new Num(literal);
    }

    /** {@code {"header": {"isSuccessful": s, "resultCode": c, "resultMessage": m}}} */
    static Obj response(boolean successful, int code, String message) {
        return obj("header", obj("isSuccessful", successful, "resultCode", code, "resultMessage", message));
    }

    /** Arrays nested {@code depth} deep: {@code [[[...]]]}. */
    static Object nested(int depth) {
        Object node = arr();
        for (int i = 1; i < depth; i++) {
            List<Object> outer = new ArrayList<>();
            outer.add(node);
            node = outer;
        }
        return node;
    }

    private static Object node(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof Integer || value instanceof Long) {
            return new Num(value.toString());
        }
        return value;
    }

    static final class Obj {
        final List<Map.Entry<String, Object>> members;

        Obj(List<Map.Entry<String, Object>> members) {
            this.members = members;
        }
    }

    static final class Num {
        final String literal;

        Num(String literal) {
            this.literal = literal;
        }
    }
}
