package dev.nhncloud.result.gson;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.nhncloud.result.spi.JsonCursor.Token;
import dev.nhncloud.result.spi.TreeModel;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** Gson's {@code JsonElement} as core's tree model. */
final class GsonTreeModel implements TreeModel<JsonElement> {

    static final GsonTreeModel INSTANCE = new GsonTreeModel();

    private GsonTreeModel() {
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

    @Override
    public String text(JsonElement scalar) {
        return scalar.getAsJsonPrimitive().getAsString();
    }

    /**
     * A parsed number keeps its literal ({@code LazilyParsedNumber}): an integer is written with
     * neither fraction nor exponent. A number the application created is an integer when its type
     * is an integer type; a {@code BigDecimal}, {@code Double} or {@code Float} is not, as a
     * Jackson tree's decimal node is not, whatever its value ({@code new BigDecimal("1e0")}
     * prints as {@code 1}).
     */
    @Override
    public boolean isInteger(JsonElement number) {
        Number value = number.getAsJsonPrimitive().getAsNumber();
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return false;
        }
        String literal = value.toString();
        return literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0;
    }
}
