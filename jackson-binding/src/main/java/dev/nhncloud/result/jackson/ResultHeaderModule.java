package dev.nhncloud.result.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.spi.HeaderRules;
import java.io.IOException;

/** Reads and writes {@link ResultHeader} properties of the application's response classes. */
final class ResultHeaderModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    ResultHeaderModule(HeaderRules rules) {
        super("nhncloud-result", Version.unknownVersion());
        addDeserializer(ResultHeader.class, new Deserializer(rules));
        addSerializer(ResultHeader.class, new Serializer());
    }

    private static final class Deserializer extends StdDeserializer<ResultHeader> {
        private static final long serialVersionUID = 1L;
        private final transient HeaderRules rules;

        Deserializer(HeaderRules rules) {
            super(ResultHeader.class);
            this.rules = rules;
        }

        @Override
        public ResultHeader deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return rules.readHeader(JacksonCursor.at(parser));
        }

        /** Jackson asks here instead of deserializing {@code "header": null}: that is a header that is not an object. */
        @Override
        public ResultHeader getNullValue(DeserializationContext context) {
            try {
                return rules.readHeader(JacksonCursor.at(context.getParser()));
            } catch (IOException e) {
                throw new IllegalStateException("reading a null token cannot fail", e);
            }
        }
    }

    private static final class Serializer extends StdSerializer<ResultHeader> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(ResultHeader.class);
        }

        @Override
        public void serialize(ResultHeader header, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeStartObject();
            generator.writeBooleanField("isSuccessful", header.isSuccessfulFlag());
            generator.writeNumberField("resultCode", header.resultCode());
            generator.writeStringField("resultMessage", header.resultMessage());
            generator.writeEndObject();
        }
    }
}
