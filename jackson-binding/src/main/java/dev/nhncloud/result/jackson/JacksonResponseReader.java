package dev.nhncloud.result.jackson;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's {@code ObjectMapper}, with the module, binding a response in one pass and
 * checking its header as it is read ({@link ResponseReader}). The body reaches Jackson through
 * core's checked bytes, so its encoding and root are refused as the streaming readers refuse them.
 */
final class JacksonResponseReader implements ResponseReader {

    /** The most response types whose check is remembered; others are checked on every read. */
    static final int CHECKED_TYPES = 256;

    private final ObjectMapper mapper;
    private final HeaderBinding rules;
    /**
     * The types already checked: as the mapper constructed them when they have a header, empty
     * when they have none. Introspecting a class costs far more than binding a small body. Held
     * by this reader, as the mapper holds its deserializers, and bounded, so nothing grows with
     * the types an application reads.
     */
    private final Map<Type, Optional<JavaType>> checkedTypes = new ConcurrentHashMap<>();

    /**
     * A reader over a mapper that has the module.
     *
     * @param mapper the mapper, with the module registered
     * @param rules  the root header's rules: the reader's limits, whatever the module's
     */
    JacksonResponseReader(ObjectMapper mapper, HeaderBinding rules) {
        this.mapper = mapper;
        this.rules = rules;
    }

    @Override
    public <T> T read(InputStream body, Class<T> type) throws IOException {
        JavaType javaType = responseType(type);
        return bind(mapper.getFactory().createParser(HeaderBinding.checkedBytes(body)), javaType);
    }

    @Override
    public <T> T read(InputStream body, Type type) throws IOException {
        JavaType javaType = responseType(type);
        return bind(mapper.getFactory().createParser(HeaderBinding.checkedBytes(body)), javaType);
    }

    @Override
    public <T> T read(byte[] body, Class<T> type) {
        JavaType javaType = responseType(type);
        return inMemory(HeaderBinding.checkedBytes(body), javaType);
    }

    @Override
    public <T> T read(byte[] body, int offset, int length, Class<T> type) {
        JavaType javaType = responseType(type);
        return inMemory(HeaderBinding.checkedBytes(body, offset, length), javaType);
    }

    @Override
    public <T> T read(ByteBuffer body, Class<T> type) {
        JavaType javaType = responseType(type);
        return inMemory(HeaderBinding.checkedBytes(body), javaType);
    }

    @Override
    public <T> T read(String body, Class<T> type) {
        JavaType javaType = responseType(type);
        try {
            return bind(mapper.getFactory().createParser(HeaderBinding.checkedText(body)), javaType);
        } catch (IOException e) {
            // Text in memory cannot fail to be read; this is the mapper's own refusal (a class it
            // cannot bind), which the caller of a method without IOException gets unchecked.
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    @Override
    public String binding() {
        return "jackson";
    }

    /** Bytes in memory, as core's checked bytes over a view of them: the same path for every form. */
    private <T> T inMemory(InputStream checked, JavaType type) {
        try {
            return bind(mapper.getFactory().createParser(checked), type);
        } catch (IOException e) {
            // As for text: bytes in memory cannot fail to be read, so this is the mapper's own refusal.
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private <T> T bind(com.fasterxml.jackson.core.JsonParser parser, JavaType type) throws IOException {
        ResultHeaderModule.CheckedRead read = new ResultHeaderModule.CheckedRead(rules);
        ObjectReader reader = mapper.readerFor(type).withAttribute(ResultHeaderModule.CHECKED, read);
        try (parser) {
            T response = reader.readValue(parser);
            if (!read.opened()) {
                throw new IllegalStateException(type + " was bound without its header being read: is the module registered?");
            }
            return response;
        } catch (StreamReadException e) {
            RuntimeException sdk = HeaderBinding.sdkFailure(e);
            throw sdk != null ? sdk : HeaderBinding.malformed(e);
        } catch (DatabindException e) {
            RuntimeException sdk = HeaderBinding.sdkFailure(e);
            if (sdk != null) {
                throw sdk;
            }
            // A refusal of the text met deep inside the body (a body cut off in a nested value)
            // reaches here wrapped in the mapper's exception: it is still malformed JSON.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof StreamReadException) {
                    throw HeaderBinding.malformed((StreamReadException) cause);
                }
            }
            throw e;
        } catch (RuntimeException e) {
            RuntimeException sdk = HeaderBinding.sdkFailure(e);
            throw sdk != null ? sdk : e;
        }
    }

    @Override
    public boolean binds(Type type) {
        return headerType(type).isPresent();
    }

    /** A type without a header cannot be checked: refused before anything is read. */
    private JavaType responseType(Type type) {
        Optional<JavaType> checked = headerType(type);
        if (checked.isEmpty()) {
            throw HeaderBinding.typeWithoutHeader(type);
        }
        return checked.get();
    }

    /** The type as the mapper constructs it, when it has a header property; remembered either way. */
    private Optional<JavaType> headerType(Type type) {
        Optional<JavaType> checked = checkedTypes.get(type);
        if (checked != null) {
            return checked;
        }
        Optional<JavaType> found = withHeader(type);
        if (checkedTypes.size() < CHECKED_TYPES) {
            checkedTypes.putIfAbsent(type, found);
        }
        return found;
    }

    private Optional<JavaType> withHeader(Type type) {
        JavaType javaType = mapper.constructType(type);
        BeanDescription description = mapper.getDeserializationConfig().introspect(javaType);
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.getRawPrimaryType() == ResultHeader.class && ResultHeader.MEMBER_NAME.equals(property.getName())) {
                return Optional.of(javaType);
            }
        }
        return Optional.empty();
    }
}
