package dev.nhncloud.result.gson;

import com.google.gson.Gson;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.spi.HeaderRules;
import java.io.IOException;

/** Reads and writes {@link ResultHeader} values of the application's response classes. */
final class ResultHeaderTypeAdapterFactory implements TypeAdapterFactory {

    private final HeaderAdapter adapter;

    ResultHeaderTypeAdapterFactory(HeaderRules rules) {
        this.adapter = new HeaderAdapter(rules);
    }

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() != ResultHeader.class) {
            return null;
        }
        @SuppressWarnings("unchecked") // T is ResultHeader, which is final
        TypeAdapter<T> forType = (TypeAdapter<T>) adapter;
        return forType;
    }

    /** Not null-safe on purpose: Gson hands {@code "header": null} to read(), where core calls it HEADER_NOT_OBJECT. */
    private static final class HeaderAdapter extends TypeAdapter<ResultHeader> {
        private final HeaderRules rules;

        HeaderAdapter(HeaderRules rules) {
            this.rules = rules;
        }

        /**
         * The header value is read as strict JSON without Gson's nesting limit, whatever the
         * application's Gson allows elsewhere (fromJson makes readers lenient by default); the
         * reader's settings are restored for the rest of the document.
         */
        @Override
        public ResultHeader read(JsonReader in) throws IOException {
            Strictness strictness = in.getStrictness();
            int nestingLimit = in.getNestingLimit();
            in.setStrictness(Strictness.STRICT);
            in.setNestingLimit(Integer.MAX_VALUE);
            try {
                return rules.readHeader(GsonCursor.at(in));
            } finally {
                in.setStrictness(strictness);
                in.setNestingLimit(nestingLimit);
            }
        }

        @Override
        public void write(JsonWriter out, ResultHeader header) throws IOException {
            if (header == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            out.name("isSuccessful").value(header.isSuccessfulFlag());
            out.name("resultCode").value(header.resultCode());
            out.name("resultMessage").value(header.resultMessage());
            out.endObject();
        }
    }
}
