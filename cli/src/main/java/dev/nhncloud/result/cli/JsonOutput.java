package dev.nhncloud.result.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.ResultCode;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.CodeEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * JSON output, one object per line. Every string is written as {@link LogSafeText#quote} writes
 * it, which is a JSON string literal: besides JSON's own escapes, every code point that could
 * hide or forge text on a terminal (controls, format characters such as bidirectional controls
 * and tag characters, private-use and unassigned code points, line separators, lone surrogates)
 * is an escape, in every plane, so that piping a hostile message through {@code less} shows what
 * it is; the JSON value is the text as sent. One rule, core's, for the text and JSON formats.
 */
final class JsonOutput {

    private static final JsonFactory JSON = new JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final PrintWriter out;

    JsonOutput(PrintWriter out) {
        this.out = out;
    }

    /** A line for an input whose header was read. */
    void header(String source, String binding, ResultHeader header) {
        if (!header.catalogue().isCompute()) {
            serviceHeader(source, binding, header);
            return;
        }
        line(json -> {
            string(json, "source", source);
            string(json, "binding", binding);
            json.writeObjectFieldStart(ResultHeader.MEMBER_NAME);
            json.writeBooleanField(ResultHeader.IS_SUCCESSFUL, header.isSuccessfulFlag());
            json.writeNumberField(ResultHeader.RESULT_CODE, header.resultCode());
            string(json, ResultHeader.RESULT_MESSAGE, header.resultMessage());
            json.writeEndObject();
            codeFields(json, header.code());
            string(json, "detail", header.detail().orElse(null));
            json.writeBooleanField("consistent", header.isConsistent());
            json.writeBooleanField("success", header.succeeded());
            string(json, "remedy", header.code().remedy().name());
            json.writeBooleanField("retryable", header.code().retryable());
        });
    }

    /**
     * A line for a header of a service other than Compute: the service, the code's name instead
     * of Compute's kind, family and HTTP status, and the verdict beside {@code success} (which
     * is true for a plain success only).
     */
    private void serviceHeader(String source, String binding, ResultHeader header) {
        CodeEntry meaning = header.meaning();
        line(json -> {
            string(json, "source", source);
            string(json, "binding", binding);
            string(json, "service", header.catalogue().name());
            json.writeObjectFieldStart(ResultHeader.MEMBER_NAME);
            json.writeBooleanField(ResultHeader.IS_SUCCESSFUL, header.isSuccessfulFlag());
            json.writeNumberField(ResultHeader.RESULT_CODE, header.resultCode());
            string(json, ResultHeader.RESULT_MESSAGE, header.resultMessage());
            json.writeEndObject();
            string(json, "name", meaning.name());
            json.writeBooleanField("documented", meaning.documented());
            string(json, "detail", header.detail().orElse(null));
            json.writeBooleanField("consistent", header.isConsistent());
            string(json, "verdict", header.verdict().name());
            json.writeBooleanField("success", header.succeeded());
            string(json, "remedy", meaning.remedy().name());
            json.writeBooleanField("retryable", meaning.retryable());
        });
    }

    /** A line describing a code of a service other than Compute, as {@code explain --service S --format json} prints it. */
    void serviceCode(int code, CodeEntry entry, Language language) {
        line(json -> {
            string(json, "service", entry.catalogue().name());
            json.writeNumberField(ResultHeader.RESULT_CODE, code);
            string(json, "name", entry.name());
            json.writeNumberField("firstCode", entry.firstCode());
            json.writeNumberField("lastCode", entry.lastCode());
            json.writeBooleanField("documented", entry.documented());
            json.writeFieldName(ResultHeader.IS_SUCCESSFUL);
            if (entry.documented()) {
                json.writeBoolean(entry.isSuccessfulFlag());
            } else {
                json.writeNull();
            }
            string(json, "verdict", entry.verdict().name());
            string(json, "remedy", entry.remedy().name());
            json.writeBooleanField("retryable", entry.retryable());
            string(json, "description", entry.description(language.locale));
            string(json, "remedyDescription", entry.remedy().description(language.locale));
        });
    }

    /** A line for an input that could not be read. */
    void error(String source, String binding, String reason, String message) {
        line(json -> {
            string(json, "source", source);
            string(json, "binding", binding);
            json.writeObjectFieldStart("error");
            string(json, "reason", reason);
            string(json, "message", message);
            json.writeEndObject();
        });
    }

    /** A line describing a code, as {@code explain --format json} prints it. */
    void code(ResultCode code, Language language) {
        line(json -> {
            json.writeNumberField(ResultHeader.RESULT_CODE, code.value());
            codeFields(json, code);
            string(json, "remedy", code.remedy().name());
            json.writeBooleanField("retryable", code.retryable());
            string(json, "documentedMessage", code.kind().documentedMessage().orElse(null));
            string(json, "description", code.description(language.locale));
            string(json, "remedyDescription", code.remedy().description(language.locale));
        });
    }

    /** kind, api, httpStatus, documented: the fields a header line and a code line share. */
    private static void codeFields(JsonGenerator json, ResultCode code) throws IOException {
        string(json, "kind", code.kind().name());
        string(json, "api", code.api().map(Enum::name).orElse(null));
        json.writeFieldName("httpStatus");
        if (code.httpStatus().isPresent()) {
            json.writeNumber(code.httpStatus().getAsInt());
        } else {
            json.writeNull();
        }
        json.writeBooleanField("documented", code.documented());
    }

    /** A string member, or null: the value escaped by core's one rule for text people read. */
    static void string(JsonGenerator json, String name, String value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeRawValue(LogSafeText.quote(value, value.length()));
        }
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
}
