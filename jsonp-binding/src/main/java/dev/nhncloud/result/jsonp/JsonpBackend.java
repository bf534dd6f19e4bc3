package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.spi.JsonBackend;
import dev.nhncloud.result.spi.JsonCursor;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.Objects;

/**
 * Jakarta JSON Processing as core's backend, registered as {@code "jsonp"}: a provider's
 * {@code JsonParser} over core's text, with the provider's own limits lifted.
 */
public final class JsonpBackend implements JsonBackend {

    /**
     * Parsson's limits, lifted. Its depth limit (1000 by default) would refuse documents that
     * core's configurable limit allows. Its parsing limit (15,000,000 by default) counts every
     * character the tokenizer consumes, skipped ones included, in an {@code int} compared with
     * {@code >}, so no smaller value is safe for large bodies; {@link Integer#MAX_VALUE} can never
     * be exceeded, even once the count wraps around on an endless stream. Keys are spelled out:
     * the binding compiles against the API only, and providers ignore keys they do not know.
     */
    private static final Map<String, Object> WITHOUT_LIBRARY_LIMITS = Map.of(
            "org.eclipse.parsson.maxDepth", Integer.MAX_VALUE,
            "org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE);

    private final JsonProvider provider;
    /** Made on first use: discovery must not fail for an application without a JSON-P provider that never reads with it. */
    private volatile JsonParserFactory factory;

    /**
     * The backend over the provider {@link JsonProvider#provider()} finds when it first reads
     * (Eclipse Parsson unless the application chose another); {@link java.util.ServiceLoader}
     * calls this.
     */
    public JsonpBackend() {
        this.provider = null;
    }

    /** The backend over the application's provider. */
    JsonpBackend(JsonProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.factory = provider.createParserFactory(WITHOUT_LIBRARY_LIMITS);
    }

    /**
     * The parser factory, made once: two threads racing here make two equal factories, and one wins.
     *
     * @throws IllegalStateException when no JSON-P provider is present; the message says which artifact to add
     */
    private JsonParserFactory factory() {
        JsonParserFactory made = factory;
        if (made == null) {
            made = (provider != null ? provider : JsonpHeaders.defaultProvider()).createParserFactory(WITHOUT_LIBRARY_LIMITS);
            factory = made;
        }
        return made;
    }

    @Override
    public String name() {
        return "jsonp";
    }

    @Override
    public JsonCursor open(Reader text) throws IOException {
        return JsonpCursor.open(factory(), text);
    }
}
