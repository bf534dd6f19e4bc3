package dev.nhncloud.result.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.ResultCode;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * JSON output, one object per line. Besides JSON's own escapes, every character that could hide
 * or forge text on a terminal (bidirectional controls, line separators, C1 controls) is written
 * as an escape, so that piping a hostile message through {@code less} shows what it is.
 */
final class JsonOutput {

    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .characterEscapes(new TerminalSafeEscapes())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final PrintWriter out;

    JsonOutput(PrintWriter out) {
        this.out = out;
    }

    /** A line for an input whose header was read. */
    void header(String source, String binding, ResultHeader header) {
        line(json -> {
            json.writeStringField("source", source);
            json.writeStringField("binding", binding);
            json.writeObjectFieldStart("header");
            json.writeBooleanField("isSuccessful", header.isSuccessfulFlag());
            json.writeNumberField("resultCode", header.resultCode());
            json.writeStringField("resultMessage", header.resultMessage());
            json.writeEndObject();
            codeFields(json, header.code());
            json.writeStringField("detail", header.detail().orElse(null));
            json.writeBooleanField("consistent", header.isConsistent());
            json.writeBooleanField("success", header.succeeded());
            json.writeStringField("remedy", header.code().remedy().name());
            json.writeBooleanField("retryable", header.code().retryable());
        });
    }

    /** A line for an input that could not be read. */
    void error(String source, String binding, String reason, String message) {
        line(json -> {
            json.writeStringField("source", source);
            json.writeStringField("binding", binding);
            json.writeObjectFieldStart("error");
            json.writeStringField("reason", reason);
            json.writeStringField("message", message);
            json.writeEndObject();
        });
    }

    /** A line describing a code, as {@code explain --format json} prints it. */
    void code(ResultCode code, Language language) {
        line(json -> {
            json.writeNumberField("resultCode", code.value());
            codeFields(json, code);
            json.writeStringField("remedy", code.remedy().name());
            json.writeBooleanField("retryable", code.retryable());
            json.writeStringField("documentedMessage", code.kind().documentedMessage().orElse(null));
            json.writeStringField("description", code.description(language.locale));
            json.writeStringField("remedyDescription", code.remedy().description(language.locale));
        });
    }

    /** kind, api, httpStatus, documented: the fields a header line and a code line share. */
    private static void codeFields(JsonGenerator json, ResultCode code) throws IOException {
        json.writeStringField("kind", code.kind().name());
        json.writeStringField("api", code.api().map(Enum::name).orElse(null));
        json.writeFieldName("httpStatus");
        if (code.httpStatus().isPresent()) {
            json.writeNumber(code.httpStatus().getAsInt());
        } else {
            json.writeNull();
        }
        json.writeBooleanField("documented", code.documented());
    }

    /** Writes one object with the given fields, on one line. */
    void line(Fields fields) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** The fields of one object. */
    @FunctionalInterface
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        TerminalSafeEscapes() {
            ascii[0x7F] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return LogSafeText.isUnsafe((char) c) ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    }
}
