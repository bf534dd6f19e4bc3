package dev.nhncloud.result.gson;

import com.google.gson.Gson;
import com.google.gson.stream.JsonReader;
import dev.nhncloud.result.spi.JsonBackend;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.Reader;
import java.util.Objects;
import java.util.function.Function;

/**
 * Gson as core's backend, registered as {@code "gson"}: Gson's {@code JsonReader} in strict mode
 * over core's text, behind a {@link StrictTextGuard}.
 */
public final class GsonBackend implements JsonBackend {

    private final Function<Reader, JsonReader> newReader;

    /** The backend with plain {@code JsonReader}s; {@link java.util.ServiceLoader} calls this. */
    public GsonBackend() {
        this(JsonReader::new);
    }

    /** A backend whose readers the application's {@code Gson} creates ({@link Gson#newJsonReader(Reader)}). */
    GsonBackend(Function<Reader, JsonReader> newReader) {
        this.newReader = Objects.requireNonNull(newReader, "newReader");
    }

    @Override
    public String name() {
        return "gson";
    }

    @Override
    public JsonCursor open(Reader text) {
        return GsonCursor.over(text, newReader);
    }
}
