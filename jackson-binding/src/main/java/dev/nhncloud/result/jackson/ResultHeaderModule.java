package dev.nhncloud.result.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.HeaderBinding.ResponseObject;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;

/**
 * Reads and writes {@link ResultHeader} properties of the application's response classes.
 *
 * <p>Two parts: a deserializer for {@code ResultHeader} values, which reads the header with the
 * SDK's rules as strict JSON (the parser's lenient features are switched off while it reads),
 * and a wrapper around the deserializer of every class with a {@code ResultHeader} property
 * named {@code header}, which holds that object's header bookkeeping in the read's
 * per-call attributes: a second {@code header} member of the object is {@code DUPLICATE_HEADER}
 * and none at all is {@code MISSING_HEADER}.
 */
final class ResultHeaderModule extends SimpleModule {

    private static final long serialVersionUID = 1L;
    /** The per-call attribute holding the response object being bound. */
    private static final Object RESPONSE = ResponseObject.class;
    /** The per-call attribute a {@link JacksonResponseReader} sets: its root response is checked. */
    static final Object CHECKED = CheckedRead.class;

    /** The module's id: registering it again on a mapper that has it changes nothing. */
    static final String ID = "nhncloud-result";

    /**
     * One read of a {@link JacksonResponseReader}: its root response object is opened with the
     * reader's rules and checked; and whether it has been.
     */
    static final class CheckedRead {
        private final HeaderBinding rules;
        private boolean opened;

        CheckedRead(HeaderBinding rules) {
            this.rules = rules;
        }

        boolean opened() {
            return opened;
        }
    }

    ResultHeaderModule(HeaderBinding rules) {
        super(ID, Version.unknownVersion());
        addDeserializer(ResultHeader.class, new HeaderDeserializer(rules));
        addSerializer(ResultHeader.class, new HeaderSerializer());
        setDeserializerModifier(new ResponseClasses(rules));
    }

    /** The same for every options: a mapper has at most one of these modules, the first registered. */
    @Override
    public Object getTypeId() {
        return ID;
    }

    /** Reads a header value; counts it in the response object being bound, if any. */
    private static final class HeaderDeserializer extends StdDeserializer<ResultHeader> {
        private static final long serialVersionUID = 1L;
        private final transient HeaderBinding rules;

        HeaderDeserializer(HeaderBinding rules) {
            super(ResultHeader.class);
            this.rules = rules;
        }

        @Override
        public ResultHeader deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            ResponseObject response = responseOf(parser, context);
            return JacksonCursor.readStrictly(parser, cursor -> response != null ? response.readHeader(cursor) : rules.readHeader(cursor));
        }

        /** Jackson asks here instead of deserializing {@code "header": null}: that is a header that is not an object. */
        @Override
        public ResultHeader getNullValue(DeserializationContext context) {
            ResponseObject response = responseOf(context.getParser(), context);
            if (response != null) {
                throw response.nullHeader();
            }
            try {
                return rules.readHeader(JacksonCursor.at(context.getParser()));
            } catch (IOException e) {
                throw new IllegalStateException("reading a null token cannot fail", e);
            }
        }

        /**
         * A record (or other creator) whose header member is absent: left null here, so that the
         * response object's end reports {@code MISSING_HEADER} rather than a header of the wrong type.
         */
        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }

        /** The response object this value is the {@code header} member of, or null. */
        private static ResponseObject responseOf(JsonParser parser, DeserializationContext context) {
            Object response = context.getAttribute(RESPONSE);
            return response instanceof ResponseObject && ResultHeader.MEMBER_NAME.equals(memberName(parser))
                    ? (ResponseObject) response : null;
        }

        private static String memberName(JsonParser parser) {
            try {
                return parser.currentName();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /** Finds the classes that carry a header and watches their objects. */
    private static final class ResponseClasses extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;
        private final transient HeaderBinding rules;

        ResponseClasses(HeaderBinding rules) {
            this.rules = rules;
        }

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (property.getRawPrimaryType() == ResultHeader.class && ResultHeader.MEMBER_NAME.equals(property.getName())) {
                    return new ResponseDeserializer(deserializer, rules);
                }
            }
            return deserializer;
        }
    }

    /** Binds a response object with its header bookkeeping open, and closes it at the object's end. */
    private static final class ResponseDeserializer extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final transient HeaderBinding rules;

        ResponseDeserializer(JsonDeserializer<?> delegate, HeaderBinding rules) {
            super(delegate);
            this.rules = rules;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ResponseDeserializer(delegate, rules);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!isObject(parser)) {
                return super.deserialize(parser, context);
            }
            Object outer = context.getAttribute(RESPONSE);
            ResponseObject response = open(context);
            context.setAttribute(RESPONSE, response);
            try {
                Object bound = super.deserialize(parser, context);
                response.close();
                return bound;
            } finally {
                context.setAttribute(RESPONSE, outer);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) throws IOException {
            if (!isObject(parser)) {
                return super.deserialize(parser, context, into);
            }
            Object outer = context.getAttribute(RESPONSE);
            ResponseObject response = open(context);
            context.setAttribute(RESPONSE, response);
            try {
                @SuppressWarnings("unchecked") // the delegate is the bean deserializer of into's class
                JsonDeserializer<Object> delegate = (JsonDeserializer<Object>) _delegatee;
                Object bound = delegate.deserialize(parser, context, into);
                response.close();
                return bound;
            } finally {
                context.setAttribute(RESPONSE, outer);
            }
        }

        /** The root response of a response reader's read is checked; every other one is bookkept only. */
        private ResponseObject open(DeserializationContext context) {
            Object read = context.getAttribute(CHECKED);
            if (read instanceof CheckedRead && !((CheckedRead) read).opened) {
                ((CheckedRead) read).opened = true;
                return ((CheckedRead) read).rules.openCheckedResponse();
            }
            return rules.openResponse();
        }

        /** A bean deserializer starts at the object's brace, or at its first member when Jackson has consumed the brace. */
        private static boolean isObject(JsonParser parser) {
            return parser.hasToken(JsonToken.START_OBJECT) || parser.hasToken(JsonToken.FIELD_NAME)
                    || parser.hasToken(JsonToken.END_OBJECT);
        }
    }

    /** Writes a header as the provider does. */
    private static final class HeaderSerializer extends StdSerializer<ResultHeader> {
        private static final long serialVersionUID = 1L;

        HeaderSerializer() {
            super(ResultHeader.class);
        }

        @Override
        public void serialize(ResultHeader header, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeStartObject();
            generator.writeBooleanField(ResultHeader.IS_SUCCESSFUL, header.isSuccessfulFlag());
            generator.writeNumberField(ResultHeader.RESULT_CODE, header.resultCode());
            generator.writeStringField(ResultHeader.RESULT_MESSAGE, header.resultMessage());
            generator.writeEndObject();
        }
    }
}
