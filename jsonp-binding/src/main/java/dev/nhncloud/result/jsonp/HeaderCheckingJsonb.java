package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.ResultHeader;
import jakarta.json.bind.Jsonb;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.function.Supplier;
import org.eclipse.yasson.YassonJsonb;

/**
 * Yasson, binding response classes through a {@link ResponseWatchingParser}; every other call is
 * Yasson's own. Whether a class is a response class is read from its declared field types (no
 * field is accessed; Yasson binds them).
 */
final class HeaderCheckingJsonb implements Jsonb {

    private final YassonJsonb yasson;
    private final JsonParserFactory parsers;
    private final HeaderBinding rules;

    HeaderCheckingJsonb(YassonJsonb yasson, JsonParserFactory parsers, HeaderBinding rules) {
        this.yasson = yasson;
        this.parsers = parsers;
        this.rules = rules;
    }

    private <T> T bind(Type type, Supplier<JsonParser> parser, Supplier<T> unwatched) {
        if (!declaresHeader(type)) {
            return unwatched.get();
        }
        try (JsonParser watched = new ResponseWatchingParser(parser.get(), rules.openResponse())) {
            return yasson.fromJson(watched, type);
        }
    }

    /**
     * Binds a response class from a parser, watched; for a {@link JsonbResponseReader}.
     *
     * @param type   the response type
     * @param parser the parser over the body
     * @param <T>    the type, as the caller declares it
     * @return the response
     * @throws IllegalArgumentException when the type declares no {@code ResultHeader}
     */
    <T> T bindResponse(Type type, Supplier<JsonParser> parser) {
        if (!declaresHeader(type)) {
            throw HeaderBinding.typeWithoutHeader(type);
        }
        return bind(type, parser, () -> {
            throw new IllegalStateException("unreachable");
        });
    }

    /**
     * The parsers response classes are bound from.
     *
     * @return the factory
     */
    JsonParserFactory parsers() {
        return parsers;
    }

    /**
     * Whether a response type's class declares a {@code ResultHeader} field, as
     * {@link #bindResponse} requires.
     *
     * @param type the response type
     * @return true when it does
     */
    static boolean declaresHeader(Type type) {
        Type raw = type instanceof ParameterizedType ? ((ParameterizedType) type).getRawType() : type;
        if (!(raw instanceof Class)) {
            return false;
        }
        for (Class<?> c = (Class<?>) raw; c != null && c != Object.class && !c.isInterface(); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == ResultHeader.class && !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public <T> T fromJson(String json, Class<T> type) {
        return bind(type, () -> parsers.createParser(new StringReader(json)), () -> yasson.fromJson(json, type));
    }

    @Override
    public <T> T fromJson(String json, Type type) {
        return bind(type, () -> parsers.createParser(new StringReader(json)), () -> yasson.fromJson(json, type));
    }

    @Override
    public <T> T fromJson(Reader json, Class<T> type) {
        return bind(type, () -> parsers.createParser(json), () -> yasson.fromJson(json, type));
    }

    @Override
    public <T> T fromJson(Reader json, Type type) {
        return bind(type, () -> parsers.createParser(json), () -> yasson.fromJson(json, type));
    }

    @Override
    public <T> T fromJson(InputStream json, Class<T> type) {
        return bind(type, () -> parsers.createParser(json), () -> yasson.fromJson(json, type));
    }

    @Override
    public <T> T fromJson(InputStream json, Type type) {
        return bind(type, () -> parsers.createParser(json), () -> yasson.fromJson(json, type));
    }

    @Override
    public String toJson(Object object) {
        return yasson.toJson(object);
    }

    @Override
    public String toJson(Object object, Type type) {
        return yasson.toJson(object, type);
    }

    @Override
    public void toJson(Object object, Writer writer) {
        yasson.toJson(object, writer);
    }

    @Override
    public void toJson(Object object, Type type, Writer writer) {
        yasson.toJson(object, type, writer);
    }

    @Override
    public void toJson(Object object, OutputStream stream) {
        yasson.toJson(object, stream);
    }

    @Override
    public void toJson(Object object, Type type, OutputStream stream) {
        yasson.toJson(object, type, stream);
    }

    @Override
    public void close() {
        try {
            yasson.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Yasson failed to close", e);
        }
    }
}
