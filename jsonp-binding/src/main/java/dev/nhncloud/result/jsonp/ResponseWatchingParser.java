package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.HeaderBinding.ResponseObject;
import dev.nhncloud.result.ResultHeader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The parser Yasson binds a response class from: the application's JSON-P parser, watched at the
 * root object's members. JSON-B has no hook at the start and end of an object, so the root
 * object's header bookkeeping ({@code MISSING_HEADER}, {@code DUPLICATE_HEADER},
 * {@code HEADER_NOT_OBJECT}) is kept here, on the events as Yasson pulls them; the header's own
 * value is read by {@link ResultHeaderDeserializer}.
 *
 * <p>Yasson skips members it does not bind through {@link #skipObject()} and
 * {@link #skipArray()}; they are walked here event by event (Parsson's own skips loop forever on
 * a truncated document), so the depth stays known.
 */
final class ResponseWatchingParser implements JsonParser {

    private final JsonParser parser;
    private final ResponseObject response;
    private int depth;
    private boolean atHeaderName;
    private Event current;

    ResponseWatchingParser(JsonParser parser, ResponseObject response) {
        this.parser = parser;
        this.response = response;
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        if (current == null && event != Event.START_OBJECT) {
            throw HeaderBinding.rootNotAnObject();
        }
        current = event;
        boolean headerValue = atHeaderName;
        atHeaderName = false;
        switch (event) {
            case START_OBJECT:
            case START_ARRAY:
                depth++;
                break;
            case END_OBJECT:
            case END_ARRAY:
                depth--;
                if (depth == 0) {
                    response.close();
                }
                break;
            case KEY_NAME:
                atHeaderName = depth == 1 && ResultHeader.MEMBER_NAME.equals(parser.getString());
                break;
            default:
                break;
        }
        if (headerValue) {
            if (event == Event.START_OBJECT) {
                response.member();
            } else {
                refuseHeaderValue(event);
            }
        }
        return event;
    }

    /** A root header whose value is not an object: core reads and refuses it, counting it first. */
    private void refuseHeaderValue(Event event) {
        if (event == Event.START_ARRAY) {
            depth--;
        }
        try {
            response.readHeader(JsonpCursor.from(event, parser));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("core read a header from " + event);
    }

    /** Skips the rest of the current object, walking it so that the depth stays right. */
    @Override
    public void skipObject() {
        skipTo(Event.END_OBJECT);
    }

    /** Skips the rest of the current array, walking it so that the depth stays right. */
    @Override
    public void skipArray() {
        skipTo(Event.END_ARRAY);
    }

    private void skipTo(Event end) {
        int target = depth - 1;
        while (depth > target) {
            next();
        }
        if (current != end) {
            throw new IllegalStateException("skipped to " + current + ", not " + end);
        }
    }

    @Override
    public Event currentEvent() {
        return current;
    }

    @Override
    public String getString() {
        return parser.getString();
    }

    @Override
    public boolean isIntegralNumber() {
        return parser.isIntegralNumber();
    }

    @Override
    public int getInt() {
        return parser.getInt();
    }

    @Override
    public long getLong() {
        return parser.getLong();
    }

    @Override
    public BigDecimal getBigDecimal() {
        return parser.getBigDecimal();
    }

    @Override
    public JsonLocation getLocation() {
        return parser.getLocation();
    }

    /** The whole value is consumed by the parser: its start was counted, its end is not seen. */
    @Override
    public JsonObject getObject() {
        JsonObject object = parser.getObject();
        depth--;
        return object;
    }

    @Override
    public JsonArray getArray() {
        JsonArray array = parser.getArray();
        depth--;
        return array;
    }

    @Override
    public JsonValue getValue() {
        boolean container = current == Event.START_OBJECT || current == Event.START_ARRAY;
        JsonValue value = parser.getValue();
        if (container) {
            depth--;
        }
        return value;
    }

    @Override
    public Stream<JsonValue> getArrayStream() {
        throw new UnsupportedOperationException("streams of a watched parser are not supported");
    }

    @Override
    public Stream<Map.Entry<String, JsonValue>> getObjectStream() {
        throw new UnsupportedOperationException("streams of a watched parser are not supported");
    }

    @Override
    public Stream<JsonValue> getValueStream() {
        throw new UnsupportedOperationException("streams of a watched parser are not supported");
    }

    @Override
    public void close() {
        parser.close();
    }
}
