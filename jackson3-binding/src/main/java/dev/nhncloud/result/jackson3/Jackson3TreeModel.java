package dev.nhncloud.result.jackson3;

import dev.nhncloud.result.spi.JsonCursor.Token;
import dev.nhncloud.result.spi.TreeModel;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.POJONode;

/** Jackson 3's {@code JsonNode} as core's tree model. */
final class Jackson3TreeModel implements TreeModel<JsonNode> {

    static final Jackson3TreeModel INSTANCE = new Jackson3TreeModel();

    private Jackson3TreeModel() {
    }

    @Override
    public Token typeOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return Token.END_OF_INPUT;
        }
        switch (node.getNodeType()) {
            case OBJECT:
                return Token.START_OBJECT;
            case ARRAY:
                return Token.START_ARRAY;
            case NUMBER:
                return Token.NUMBER;
            case BOOLEAN:
                return node.booleanValue() ? Token.TRUE : Token.FALSE;
            case NULL:
                return Token.NULL;
            default:
                // STRING; and BINARY and POJO nodes, which hold no JSON of their own: read as strings.
                return Token.STRING;
        }
    }

    @Override
    public Iterator<Map.Entry<String, JsonNode>> members(JsonNode object) {
        return object.properties().iterator();
    }

    @Override
    public Iterator<JsonNode> elements(JsonNode array) {
        return array.values().iterator();
    }

    /** A POJO node's value as text, as Jackson 2's {@code asText()} gave it (Jackson 3's {@code asString()} refuses most). */
    @Override
    public String text(JsonNode scalar) {
        return scalar.isPojo() ? String.valueOf(((POJONode) scalar).getPojo()) : scalar.asString();
    }

    /** A parsed tree keeps {@code 1e0} and {@code 1.0} as floating-point nodes, a BigDecimal tree as decimal ones. */
    @Override
    public boolean isInteger(JsonNode number) {
        return number.isIntegralNumber();
    }
}
