package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads result headers with Jakarta JSON Processing, in the three ways a JSON-P application
 * holds JSON.
 *
 * <pre>{@code
 * // A body: streams, stops at the end of the header.
 * HeaderReader reader = JsonpHeaders.reader(ReadOptions.defaults());
 * ResultHeader header = reader.read(responseBody);
 *
 * // A tree the application already parsed.
 * ResultHeader header = JsonpHeaders.read(Json.createReader(body).readValue());
 *
 * // The application's own parser, in the middle of a response.
 * while (parser.hasNext()) {
 *     if (parser.next() == JsonParser.Event.KEY_NAME && parser.getString().equals("header")) {
 *         header = JsonpHeaders.read(parser, ReadOptions.defaults());
 *     }
 * }
 * }</pre>
 *
 * <p>The streaming reader applies the SDK's limits instead of the provider's own: it asks the
 * provider for a parser factory with Parsson's depth and document-size limits lifted, so that it
 * answers exactly as the Jackson and Gson bindings do. Providers ignore settings they do not know.
 *
 * @see dev.nhncloud.result.HeaderReaders
 * @see dev.nhncloud.result.ResultHeader
 * @see dev.nhncloud.result.ComputeApiException
 * @see dev.nhncloud.result.MalformedResponseException
 * @see dev.nhncloud.result.ReadOptions
 */
public final class JsonpHeaders {

    private JsonpHeaders() {
    }

    /**
     * A streaming reader with default options, over the provider {@link JsonProvider#provider()}
     * finds.
     *
     * @return a thread-safe reader
     * @throws IllegalStateException when no JSON-P provider is present; the message says which artifact to add
     */
    public static HeaderReader reader() {
        return reader(ReadOptions.defaults());
    }

    /**
     * A streaming reader over the provider {@link JsonProvider#provider()} finds (Eclipse
     * Parsson, unless the application chose another).
     *
     * @param options the limits and mode
     * @return a thread-safe reader
     * @throws IllegalStateException when no JSON-P provider is present; the message says which artifact to add
     */
    public static HeaderReader reader(ReadOptions options) {
        return HeaderReaders.of(new JsonpBackend(defaultProvider()), options);
    }

    /**
     * The provider JSON-P finds. Parsson is a run-time dependency an application may exclude;
     * without any provider, say what to add rather than pass on JSON-P's bare "not found".
     */
    static JsonProvider defaultProvider() {
        try {
            return JsonProvider.provider();
        } catch (JsonException e) {
            throw new IllegalStateException("The jsonp binding of nhncloud-result found no Jakarta JSON-P provider. "
                    + "Add org.eclipse.parsson:parsson (the default, versioned in nhncloud-result-bom) "
                    + "or another Jakarta JSON Processing 2.1 provider at run time.", e);
        }
    }

    /**
     * A streaming reader over the application's own provider, reading with the SDK's limits.
     *
     * @param provider a JSON-P provider
     * @param options  the limits and mode
     * @return a thread-safe reader
     */
    public static HeaderReader reader(JsonProvider provider, ReadOptions options) {
        return HeaderReaders.of(new JsonpBackend(provider), options);
    }

    /**
     * Reads the header from a tree, with default options.
     *
     * @param tree the document's root, as {@code JsonReader.readValue()} returns it
     * @return the header
     * @throws dev.nhncloud.result.MalformedResponseException when the tree has no valid header
     */
    public static ResultHeader read(JsonValue tree) {
        return read(tree, ReadOptions.defaults());
    }

    /**
     * Reads the header from a tree. A tree has already merged repeated names and holds nothing
     * after its root, so duplicates and trailing data cannot be detected in this form; with
     * {@link ReadOptions#validateDocument()} the whole tree is checked against the limits. A
     * JSON-P tree keeps numbers as values, not as written: {@code 1e0} is the integer 1 there.
     *
     * @param tree    the document's root; {@code null} stands for an empty document
     * @param options the limits and mode
     * @return the header
     * @throws dev.nhncloud.result.MalformedResponseException when the tree has no valid header
     */
    public static ResultHeader read(JsonValue tree, ReadOptions options) {
        return HeaderReaders.readTree(tree, JsonpTreeModel.INSTANCE, options);
    }

    /**
     * Reads a header value from the application's parser in the middle of a document: JSON-P's
     * counterpart of a data-binding hook. Call it when the parser has just returned the
     * {@code KEY_NAME} event of the {@code header} member. It reads exactly the header value,
     * leaving the parser on its closing brace; it neither closes the parser nor reads past the
     * value. The rest of the document, and its validation, are the application's business.
     *
     * <p>What the parser refuses reaches the caller as the parser throws it
     * ({@link jakarta.json.stream.JsonParsingException}, or a {@link jakarta.json.JsonException}
     * for a failure of the input), exactly as if the application had read on itself; what the
     * header rules refuse is a {@link dev.nhncloud.result.MalformedResponseException}. The
     * parser's own limits still apply to what it reads.
     *
     * @param parser  the application's parser, just after the name {@code header}
     * @param options the limits ({@link ReadOptions#validateDocument()} does not apply here)
     * @return the header
     * @throws dev.nhncloud.result.MalformedResponseException when the header breaks a rule, for
     *         instance {@code HEADER_NOT_OBJECT} for {@code "header": null}
     */
    public static ResultHeader read(JsonParser parser, ReadOptions options) {
        HeaderBinding rules = HeaderBinding.of(options);
        try {
            return rules.readHeader(JsonpCursor.at(Objects.requireNonNull(parser, "parser")));
        } catch (IOException e) {
            // The cursor wraps JSON-P's unchecked exceptions for core; the application's own
            // parser should fail here as it fails anywhere else.
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new UncheckedIOException(e);
        }
    }
}
