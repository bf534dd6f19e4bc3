package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.spi.JsonCursor.Token;
import dev.nhncloud.result.spi.TreeModel;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Iterator;
import java.util.Map;

/** JSON-P's {@code JsonValue} as core's tree model. */
final class JsonpTreeModel implements TreeModel<JsonValue> {

    static final JsonpTreeModel INSTANCE = new JsonpTreeModel();

    private JsonpTreeModel() {
    }

    /** JSON-P has no "missing" value: a null root stands for an empty document. */
    @Override
    public Token typeOf(JsonValue node) {
        if (node == null) {
            return Token.END_OF_INPUT;
        }
        switch (node.getValueType()) {
            case OBJECT:
                return Token.START_OBJECT;
            case ARRAY:
                return Token.START_ARRAY;
            case STRING:
                return Token.STRING;
            case NUMBER:
                return Token.NUMBER;
            case TRUE:
                return Token.TRUE;
            case FALSE:
                return Token.FALSE;
            case NULL:
                return Token.NULL;
            default:
                throw new IllegalArgumentException("JSON-P value type " + node.getValueType() + " is not part of JSON-P 2.1");
        }
    }

    /** A JSON-P object is a map in document order. */
    @Override
    public Iterator<Map.Entry<String, JsonValue>> members(JsonValue object) {
        return ((JsonObject) object).entrySet().iterator();
    }

    @Override
    public Iterator<JsonValue> elements(JsonValue array) {
        return ((JsonArray) array).iterator();
    }

    @Override
    public String text(JsonValue scalar) {
        return scalar instanceof JsonString ? ((JsonString) scalar).getString() : scalar.toString();
    }

    /**
     * A JSON-P tree keeps numbers as values ({@code BigDecimal}), not as written: {@code 1e0}
     * and {@code 1.0} are the integer 1 there.
     */
    @Override
    public boolean isInteger(JsonValue number) {
        return ((JsonNumber) number).isIntegral();
    }
}
