package dev.nhncloud.result.gson;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.nhncloud.result.spi.JsonCursor.Token;
import dev.nhncloud.result.spi.TreeModel;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** Gson's {@code JsonElement} as core's tree model. */
final class JsonElementModel implements TreeModel<JsonElement> {

    static final JsonElementModel INSTANCE = new JsonElementModel();

    private JsonElementModel() {
    }

    /** A null reference stands for an empty document; {@code JsonNull} is the JSON literal null. */
    @Override
    public Token typeOf(JsonElement node) {
        if (node == null) {
            return Token.END_OF_INPUT;
        }
        if (node.isJsonObject()) {
            return Token.START_OBJECT;
        }
        if (node.isJsonArray()) {
            return Token.START_ARRAY;
        }
        if (node.isJsonNull()) {
            return Token.NULL;
        }
        JsonPrimitive primitive = node.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean() ? Token.TRUE : Token.FALSE;
        }
        return primitive.isNumber() ? Token.NUMBER : Token.STRING;
    }

    @Override
    public Iterator<Map.Entry<String, JsonElement>> members(JsonElement object) {
        return object.getAsJsonObject().entrySet().iterator();
    }

    @Override
    public Iterator<JsonElement> elements(JsonElement array) {
        return array.getAsJsonArray().iterator();
    }

    /**
     * A parsed number keeps its literal ({@code LazilyParsedNumber}); a number the application
     * created keeps whatever its type writes, and a {@code BigDecimal} writes {@code 1e0} as
     * {@code 1}: that one is kept recognisable as a non-integer literal.
     */
    @Override
    public String text(JsonElement scalar) {
        JsonPrimitive primitive = scalar.getAsJsonPrimitive();
        String text = primitive.getAsString();
        if (primitive.isNumber() && primitive.getAsNumber() instanceof BigDecimal && !looksFloating(text)) {
            return text + ".0";
        }
        return text;
    }

    private static boolean looksFloating(String literal) {
        return literal.indexOf('.') >= 0 || literal.indexOf('e') >= 0 || literal.indexOf('E') >= 0;
    }
}
