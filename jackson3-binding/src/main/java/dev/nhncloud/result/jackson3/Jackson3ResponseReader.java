package dev.nhncloud.result.jackson3;

import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;

/**
 * The application's mapper, with the module, binding a response in one pass and checking its
 * header as it is read ({@link ResponseReader}). The body reaches Jackson through core's checked
 * bytes or text, so its encoding and root are refused as the streaming readers refuse them; the
 * parser is the mapper's own (its features and JSON extensions, the header read strictly by the
 * module). Jackson 3 wraps a failure of the input in its unchecked {@link JacksonIOException};
 * the reader throws the input's own {@link IOException}.
 */
final class Jackson3ResponseReader implements ResponseReader {

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
     * @param mapper the mapper, with the module
     * @param rules  the root header's rules: the reader's limits, whatever the module's
     */
    Jackson3ResponseReader(ObjectMapper mapper, HeaderBinding rules) {
        this.mapper = mapper;
        this.rules = rules;
    }

    @Override
    public <T> T read(InputStream body, Class<T> type) throws IOException {
        return readStream(body, type);
    }

    @Override
    public <T> T read(InputStream body, Type type) throws IOException {
        return readStream(body, type);
    }

    private <T> T readStream(InputStream body, Type type) throws IOException {
        try {
            return bind(type, reader -> reader.createParser(HeaderBinding.checkedBytes(body)));
        } catch (JacksonIOException e) {
            if (e.getCause() != null) {
                throw e.getCause();
            }
            throw e;
        }
    }

    @Override
    public <T> T read(byte[] body, Class<T> type) {
        return bind(type, reader -> reader.createParser(HeaderBinding.checkedBytes(body)));
    }

    @Override
    public <T> T read(byte[] body, int offset, int length, Class<T> type) {
        return bind(type, reader -> reader.createParser(HeaderBinding.checkedBytes(body, offset, length)));
    }

    @Override
    public <T> T read(ByteBuffer body, Class<T> type) {
        return bind(type, reader -> reader.createParser(HeaderBinding.checkedBytes(body)));
    }

    @Override
    public <T> T read(String body, Class<T> type) {
        return bind(type, reader -> reader.createParser(HeaderBinding.checkedText(body)));
    }

    @Override
    public String binding() {
        return "jackson3";
    }

    private <T> T bind(Type type, Function<ObjectReader, JsonParser> parserOf) {
        JavaType javaType = responseType(type);
        ResultHeaderModule.CheckedRead read = new ResultHeaderModule.CheckedRead(rules);
        ObjectReader reader = mapper.readerFor(javaType).withAttribute(ResultHeaderModule.CHECKED, read);
        try (JsonParser parser = parserOf.apply(reader)) {
            T response = reader.readValue(parser);
            if (!read.opened()) {
                throw new IllegalStateException(javaType + " was bound without its header being read: is the module added?");
            }
            return response;
        } catch (StreamReadException e) {
            RuntimeException sdk = HeaderBinding.sdkFailure(e);
            throw sdk != null ? sdk : HeaderBinding.malformed(e);
        } catch (RuntimeException e) {
            // DatabindException and the rest: the SDK's own failure when the module threw it
            // (Jackson wraps it), else Jackson's (a JacksonIOException is unwrapped above).
            RuntimeException sdk = HeaderBinding.sdkFailure(e);
            if (sdk != null) {
                throw sdk;
            }
            // A refusal of the text met deep inside the body (a body cut off in a nested value)
            // may reach here wrapped in the mapper's exception: it is still malformed JSON.
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof StreamReadException) {
                    throw HeaderBinding.malformed((StreamReadException) cause);
                }
            }
            throw e;
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
        ClassIntrospector introspector = mapper.deserializationConfig().classIntrospectorInstance();
        BeanDescription description = introspector.introspectForDeserialization(javaType, introspector.introspectClassAnnotations(javaType));
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.getRawPrimaryType() == ResultHeader.class && ResultHeader.MEMBER_NAME.equals(property.getName())) {
                return Optional.of(javaType);
            }
        }
        return Optional.empty();
    }
}
