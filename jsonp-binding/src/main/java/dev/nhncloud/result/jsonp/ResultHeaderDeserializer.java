package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.ResultHeader;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * Reads a {@code ResultHeader} value for Yasson with the SDK's rules. Yasson calls it with the
 * value's first event already taken: for an object, the parser is inside it; for any other value
 * the value is consumed and nothing is left to read, which is a header that is not an object (the
 * root object's header never gets here that way: {@link ResponseWatchingParser} refuses it first,
 * and says what it was).
 */
final class ResultHeaderDeserializer implements JsonbDeserializer<ResultHeader> {

    private final HeaderBinding rules;
    /** Whether a header that reports a failure is refused as soon as it is read: a response reader's. */
    private final boolean checked;

    ResultHeaderDeserializer(HeaderBinding rules, boolean checked) {
        this.rules = rules;
        this.checked = checked;
    }

    @Override
    public ResultHeader deserialize(JsonParser parser, DeserializationContext context, Type type) {
        if (!parser.hasNext()) {
            throw HeaderBinding.notAnObject();
        }
        try {
            ResultHeader header = rules.readHeader(JsonpCursor.from(JsonParser.Event.START_OBJECT, parser));
            return checked ? header.throwIfFailed() : header;
        } catch (IOException e) {
            // The cursor hands JSON-P's exceptions to core as IOExceptions: a refusal of the
            // text is MALFORMED_JSON; a failure of the input stays JSON-P's own.
            Throwable cause = e.getCause();
            if (cause instanceof JsonParsingException) {
                throw HeaderBinding.malformed((JsonParsingException) cause);
            }
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new UncheckedIOException(e);
        }
    }
}
