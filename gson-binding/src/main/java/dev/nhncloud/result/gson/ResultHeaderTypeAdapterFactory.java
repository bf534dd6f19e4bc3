package dev.nhncloud.result.gson;

import com.google.gson.Gson;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;
import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.HeaderBinding.ResponseObject;
import dev.nhncloud.result.ResultHeader;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Reads and writes {@link ResultHeader} values of the application's response classes.
 *
 * <p>Two parts: an adapter for {@code ResultHeader} values, which reads the header with the
 * SDK's rules as strict JSON whatever the reader's strictness, and a wrapper around Gson's own
 * adapter of every class that declares a {@code ResultHeader} field, which keeps that object's
 * header bookkeeping while Gson binds it: a second {@code header} member of the object is
 * {@code DUPLICATE_HEADER} and none at all is {@code MISSING_HEADER}. Whether a class declares
 * such a field is read from its declared field types (no field is accessed; Gson's reflective
 * adapter binds them).
 */
final class ResultHeaderTypeAdapterFactory implements TypeAdapterFactory {

    private final HeaderBinding rules;
    /** Whether the root response of each read is checked: the factory of a {@link GsonResponseReader}. */
    private final boolean checked;
    private final HeaderAdapter headers;
    /**
     * The response objects being bound, per reader: a read has its own reader and its own stack,
     * emptied as its objects end, so nothing outlives a read.
     */
    private final Map<JsonReader, Deque<Open>> reading = new IdentityHashMap<>();

    ResultHeaderTypeAdapterFactory(HeaderBinding rules) {
        this(rules, false);
    }

    ResultHeaderTypeAdapterFactory(HeaderBinding rules, boolean checked) {
        this.rules = rules;
        this.checked = checked;
        this.headers = new HeaderAdapter();
    }

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (raw == ResultHeader.class) {
            @SuppressWarnings("unchecked") // T is ResultHeader, which is final
            TypeAdapter<T> forType = (TypeAdapter<T>) headers;
            return forType;
        }
        if (!declaresHeader(raw)) {
            return null;
        }
        return new ResponseAdapter<>(gson.getDelegateAdapter(this, type));
    }

    /**
     * Whether a class declares a {@code ResultHeader} field, read from its declared field types.
     *
     * @param type the class
     * @return true for a response class
     */
    static boolean declaresHeader(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class && !c.isInterface(); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == ResultHeader.class && !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A response object being bound, and where it is: its header is the member at {@code path + ".header"}. */
    private static final class Open {
        final ResponseObject response;
        final String headerPath;

        Open(ResponseObject response, String path) {
            this.response = response;
            this.headerPath = path + "." + ResultHeader.MEMBER_NAME;
        }
    }

    /** The response object whose {@code header} member the reader is at, or null for a header bound on its own. */
    private ResponseObject responseAt(JsonReader in) {
        Open open;
        synchronized (reading) {
            Deque<Open> objects = reading.get(in);
            open = objects == null ? null : objects.peek();
        }
        return open != null && open.headerPath.equals(in.getPath()) ? open.response : null;
    }

    /** Opens the response object at the reader; a checked factory checks the outermost one of a read. */
    private ResponseObject open(JsonReader in) {
        synchronized (reading) {
            Deque<Open> objects = reading.computeIfAbsent(in, reader -> new ArrayDeque<>());
            ResponseObject response = checked && objects.isEmpty() ? rules.openCheckedResponse() : rules.openResponse();
            objects.push(new Open(response, in.getPath()));
            return response;
        }
    }

    private void closeCurrent(JsonReader in) {
        synchronized (reading) {
            Deque<Open> objects = reading.get(in);
            objects.pop();
            if (objects.isEmpty()) {
                reading.remove(in);
            }
        }
    }

    /** Gson's adapter of a response class, with the object's header bookkeeping around it. */
    private final class ResponseAdapter<T> extends TypeAdapter<T> {
        private final TypeAdapter<T> delegate;

        ResponseAdapter(TypeAdapter<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public T read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                return delegate.read(in);
            }
            ResponseObject response = open(in);
            try {
                T bound = delegate.read(in);
                response.close();
                return bound;
            } finally {
                closeCurrent(in);
            }
        }

        @Override
        public void write(JsonWriter out, T value) throws IOException {
            delegate.write(out, value);
        }
    }

    /** Not null-safe on purpose: Gson hands {@code "header": null} to read(), where core calls it HEADER_NOT_OBJECT. */
    private final class HeaderAdapter extends TypeAdapter<ResultHeader> {

        /**
         * The header value is read as strict JSON without Gson's nesting limit, whatever the
         * application's Gson allows elsewhere (fromJson makes readers lenient by default); the
         * reader's settings are restored for the rest of the document. What Gson refuses inside
         * the header is {@code MALFORMED_JSON}.
         */
        @Override
        public ResultHeader read(JsonReader in) throws IOException {
            ResponseObject response = responseAt(in);
            Strictness strictness = in.getStrictness();
            int nestingLimit = in.getNestingLimit();
            in.setStrictness(Strictness.STRICT);
            in.setNestingLimit(Integer.MAX_VALUE);
            try {
                GsonCursor cursor = GsonCursor.at(in);
                return response != null ? response.readHeader(cursor) : rules.readHeader(cursor);
            } catch (MalformedJsonException | EOFException e) {
                // Gson's refusals of the text; any other IOException is the input's own failure.
                throw HeaderBinding.malformed(e);
            } finally {
                in.setStrictness(strictness);
                in.setNestingLimit(nestingLimit);
            }
        }

        @Override
        public void write(JsonWriter out, ResultHeader header) throws IOException {
            if (header == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            out.name(ResultHeader.IS_SUCCESSFUL).value(header.isSuccessfulFlag());
            out.name(ResultHeader.RESULT_CODE).value(header.resultCode());
            out.name(ResultHeader.RESULT_MESSAGE).value(header.resultMessage());
            out.endObject();
        }
    }
}
