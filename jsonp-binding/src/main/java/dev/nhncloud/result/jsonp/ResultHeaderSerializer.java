package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.ResultHeader;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/** Writes a {@code ResultHeader} as the provider does. */
final class ResultHeaderSerializer implements JsonbSerializer<ResultHeader> {

    @Override
    public void serialize(ResultHeader header, JsonGenerator generator, SerializationContext context) {
        generator.writeStartObject()
                .write(ResultHeader.IS_SUCCESSFUL, header.isSuccessfulFlag())
                .write(ResultHeader.RESULT_CODE, header.resultCode())
                .write(ResultHeader.RESULT_MESSAGE, header.resultMessage())
                .writeEnd();
    }
}
