package dev.nhncloud.result.jackson3;

import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.HeaderBinding.ResponseObject;
import dev.nhncloud.result.ResultHeader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Reads and writes {@link ResultHeader} properties of the application's response classes.
 *
 * <p>Two parts: a deserializer for {@code ResultHeader} values, which reads the header with the
 * SDK's rules as strict JSON (see {@link StrictHeaderFactory}), and a wrapper around the
 * deserializer of every class with a {@code ResultHeader} property named {@code header}, which
 * holds that object's header bookkeeping in the read's per-call attributes: a second
 * {@code header} member of the object is {@code DUPLICATE_HEADER} and none at all is
 * {@code MISSING_HEADER}.
 */
final class ResultHeaderModule extends SimpleModule {

    private static final long serialVersionUID = 1L;
    /** The per-call attribute holding the response object being bound. */
    private static final Object RESPONSE = ResponseObject.class;
    /** The per-call attribute a {@link Jackson3ResponseReader} sets: its root response is checked. */
    static final Object CHECKED = CheckedRead.class;

    /** The module's id: adding it again to a mapper that has it changes nothing. */
    static final String ID = "nhncloud-result";

    /**
     * One read of a {@link Jackson3ResponseReader}: its root response object is opened with the
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

    /** The same for every options: a mapper has at most one of these modules, the first added. */
    @Override
    public Object getRegistrationId() {
        return ID;
    }

    /**
     * The rules of this read: a response reader's own, so that every header of its read has its
     * options whatever options the mapper's module was added with; else the module's.
     */
    private static HeaderBinding rulesOf(DeserializationContext context, HeaderBinding module) {
        Object read = context.getAttribute(CHECKED);
        return read instanceof CheckedRead ? ((CheckedRead) read).rules : module;
    }

    /** Reads a header value; counts it in the response object being bound, if any. */
    private static final class HeaderDeserializer extends StdDeserializer<ResultHeader> {
        private final HeaderBinding rules;

        HeaderDeserializer(HeaderBinding rules) {
            super(ResultHeader.class);
            this.rules = rules;
        }

        @Override
        public ResultHeader deserialize(JsonParser parser, DeserializationContext context) {
            ResponseObject response = responseOf(parser, context);
            return Jackson3Cursor.readStrictly(parser, cursor -> response != null ? response.readHeader(cursor) : rulesOf(context, rules).readHeader(cursor));
        }

        /** Jackson asks here instead of deserializing {@code "header": null}: that is a header that is not an object. */
        @Override
        public Object getNullValue(DeserializationContext context) {
            ResponseObject response = responseOf(context.getParser(), context);
            if (response != null) {
                throw response.nullHeader();
            }
            try {
                return rulesOf(context, rules).readHeader(Jackson3Cursor.at(context.getParser()));
            } catch (java.io.IOException e) {
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
                return parser == null ? null : parser.currentName();
            } catch (JacksonException e) {
                return null;
            }
        }
    }

    /** Finds the classes that carry a header and watches their objects. */
    private static final class ResponseClasses extends ValueDeserializerModifier {
        private static final long serialVersionUID = 1L;
        private final transient HeaderBinding rules;

        ResponseClasses(HeaderBinding rules) {
            this.rules = rules;
        }

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            for (BeanPropertyDefinition property : description.get().findProperties()) {
                if (property.getRawPrimaryType() == ResultHeader.class && ResultHeader.MEMBER_NAME.equals(property.getName())) {
                    return new ResponseDeserializer(deserializer, rules);
                }
            }
            return deserializer;
        }
    }

    /** Binds a response object with its header bookkeeping open, and closes it at the object's end. */
    private static final class ResponseDeserializer extends DelegatingDeserializer {
        private final HeaderBinding rules;

        ResponseDeserializer(ValueDeserializer<?> delegate, HeaderBinding rules) {
            super(delegate);
            this.rules = rules;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new ResponseDeserializer(delegate, rules);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
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
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) {
            if (!isObject(parser)) {
                return super.deserialize(parser, context, into);
            }
            Object outer = context.getAttribute(RESPONSE);
            ResponseObject response = open(context);
            context.setAttribute(RESPONSE, response);
            try {
                Object bound = super.deserialize(parser, context, into);
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
            return rulesOf(context, rules).openResponse();
        }

        /** A bean deserializer starts at the object's brace, or at its first member when Jackson has consumed the brace. */
        private static boolean isObject(JsonParser parser) {
            return parser.hasToken(JsonToken.START_OBJECT) || parser.hasToken(JsonToken.PROPERTY_NAME)
                    || parser.hasToken(JsonToken.END_OBJECT);
        }
    }

    /** Writes a header as the provider does. */
    private static final class HeaderSerializer extends StdSerializer<ResultHeader> {

        HeaderSerializer() {
            super(ResultHeader.class);
        }

        @Override
        public void serialize(ResultHeader header, JsonGenerator generator, SerializationContext context) {
            generator.writeStartObject();
            generator.writeBooleanProperty(ResultHeader.IS_SUCCESSFUL, header.isSuccessfulFlag());
            generator.writeNumberProperty(ResultHeader.RESULT_CODE, header.resultCode());
            generator.writeStringProperty(ResultHeader.RESULT_MESSAGE, header.resultMessage());
            generator.writeEndObject();
        }
    }
}
