package dev.nhncloud.result.gson;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.ResponseReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;

/**
 * The application's {@code Gson}, with a checking factory, binding a response in one pass and
 * checking its header as it is read ({@link ResponseReader}). The body reaches Gson through
 * core's checked text, so its encoding and root are refused as the streaming readers refuse them;
 * the document's nesting is limited to the SDK's {@code maxDepth} instead of Gson's 255.
 */
final class GsonResponseReader implements ResponseReader {

    private final Gson gson;
    private final int maxDepth;

    GsonResponseReader(Gson gson, int maxDepth) {
        this.gson = gson;
        this.maxDepth = maxDepth;
    }

    @Override
    public <T> T read(InputStream body, Class<T> type) throws IOException {
        return bind(HeaderBinding.checkedText(body), type);
    }

    @Override
    public <T> T read(InputStream body, Type type) throws IOException {
        return bind(HeaderBinding.checkedText(body), type);
    }

    @Override
    public <T> T read(byte[] body, Class<T> type) {
        return inMemory(HeaderBinding.checkedText(body), type);
    }

    @Override
    public <T> T read(byte[] body, int offset, int length, Class<T> type) {
        return inMemory(HeaderBinding.checkedText(body, offset, length), type);
    }

    @Override
    public <T> T read(ByteBuffer body, Class<T> type) {
        return inMemory(HeaderBinding.checkedText(body), type);
    }

    @Override
    public <T> T read(String body, Class<T> type) {
        return inMemory(HeaderBinding.checkedText(body), type);
    }

    @Override
    public String binding() {
        return "gson";
    }

    private <T> T inMemory(Reader text, Type type) {
        try {
            return bind(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("a body in memory cannot fail to read", e);
        }
    }

    @Override
    public boolean binds(Type type) {
        Type raw = type instanceof ParameterizedType ? ((ParameterizedType) type).getRawType() : type;
        return raw instanceof Class && ResultHeaderTypeAdapterFactory.declaresHeader((Class<?>) raw);
    }

    private <T> T bind(Reader text, Type type) throws IOException {
        if (!binds(type)) {
            throw HeaderBinding.typeWithoutHeader(type);
        }
        JsonReader reader = gson.newJsonReader(text);
        reader.setNestingLimit(maxDepth);
        try {
            @SuppressWarnings("unchecked") // as the caller declares it, like Gson.fromJson(String, Type)
            T response = (T) gson.fromJson(reader, TypeToken.get(type));
            if (response == null) {
                // Core's text refuses an empty body first; Gson gives null for a JSON null or nothing.
                throw HeaderBinding.rootNotAnObject();
            }
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw HeaderBinding.malformed(new MalformedJsonException("data after the root value"));
            }
            return response;
        } catch (JsonIOException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw e;
        } catch (JsonParseException e) {
            RuntimeException sdk = HeaderBinding.sdkFailure(e);
            if (sdk != null) {
                throw sdk;
            }
            if (e.getCause() instanceof MalformedJsonException || e.getCause() instanceof EOFException) {
                throw HeaderBinding.malformed(e);
            }
            if (e.getCause() instanceof IOException) {
                // Gson wraps the input's own failure in its syntax exception: it stays an I/O failure.
                throw (IOException) e.getCause();
            }
            throw e;
        } catch (MalformedJsonException | EOFException e) {
            throw HeaderBinding.malformed(e);
        } catch (RuntimeException e) {
            RuntimeException sdk = HeaderBinding.sdkFailure(e);
            throw sdk != null ? sdk : e;
        }
    }
}
