package dev.nhncloud.result.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nhncloud.result.spi.JsonCursor.Token;
import dev.nhncloud.result.spi.TreeModel;
import java.util.Iterator;
import java.util.Map;

/** Jackson's {@code JsonNode} as core's tree model. */
final class JacksonTreeModel implements TreeModel<JsonNode> {

    static final JacksonTreeModel INSTANCE = new JacksonTreeModel();

    private JacksonTreeModel() {
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
                // STRING; and BINARY and POJO nodes, which Jackson writes as strings (base64, asText()).
                return Token.STRING;
        }
    }

    @Override
    public Iterator<Map.Entry<String, JsonNode>> members(JsonNode object) {
        return object.properties().iterator();
    }

    @Override
    public Iterator<JsonNode> elements(JsonNode array) {
        return array.elements();
    }

    @Override
    public String text(JsonNode scalar) {
        return scalar.asText();
    }

    /** A parsed tree keeps {@code 1e0} and {@code 1.0} as floating-point nodes, a BigDecimal tree as decimal ones. */
    @Override
    public boolean isInteger(JsonNode number) {
        return number.isIntegralNumber();
    }
}
