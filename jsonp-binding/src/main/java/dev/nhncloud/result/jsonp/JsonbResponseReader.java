package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.ResponseReader;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;

/**
 * Yasson, binding a response in one pass through a watched parser over core's checked text and
 * checking its header as it is read ({@link ResponseReader}).
 */
final class JsonbResponseReader implements ResponseReader {

    private final HeaderCheckingJsonb jsonb;

    JsonbResponseReader(HeaderCheckingJsonb jsonb) {
        this.jsonb = jsonb;
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
        return "jsonp";
    }

    @Override
    public boolean binds(Type type) {
        return HeaderCheckingJsonb.declaresHeader(type);
    }

    private <T> T inMemory(Reader text, Type type) {
        try {
            return bind(text, type);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("a body in memory cannot fail to read", e);
        }
    }

    private <T> T bind(Reader text, Type type) throws IOException {
        try {
            return jsonb.bindResponse(type, () -> jsonb.parsers().createParser(text));
        } catch (JsonbException | JsonException e) {
            RuntimeException sdk = HeaderBinding.sdkFailure(e);
            if (sdk != null) {
                throw sdk;
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonParsingException) {
                    throw HeaderBinding.malformed((JsonParsingException) cause);
                }
                if (cause instanceof IOException) {
                    // JSON-P wraps the input's own failure: it stays an I/O failure.
                    throw (IOException) cause;
                }
            }
            throw e;
        } catch (RuntimeException e) {
            RuntimeException sdk = HeaderBinding.sdkFailure(e);
            throw sdk != null ? sdk : e;
        }
    }
}
