package dev.nhncloud.result.gson;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapterFactory;
import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads result headers with Gson, in the three ways a Gson application holds JSON.
 *
 * <pre>{@code
 * // A body: streams, stops at the end of the header.
 * HeaderReader reader = GsonHeaders.reader(ReadOptions.defaults());
 * ResultHeader header = reader.read(responseBody);
 *
 * // A tree the application already parsed.
 * ResultHeader header = GsonHeaders.read(JsonParser.parseString(body));
 *
 * // A response class: register the factory, declare a ResultHeader field.
 * Gson gson = new GsonBuilder().registerTypeAdapterFactory(GsonHeaders.typeAdapterFactory()).create();
 * record InstanceList(ResultHeader header, List<Instance> instances) {}
 * }</pre>
 *
 * <p>The streaming reader parses strict JSON (RFC 8259) whatever the {@code Gson} it is made
 * from allows, and applies the SDK's limits instead of Gson's nesting limit, so that it answers
 * exactly as the Jackson and JSON-P bindings do. The {@code Gson} given is not changed.
 *
 * @see dev.nhncloud.result.HeaderReaders
 * @see dev.nhncloud.result.ResultHeader
 * @see dev.nhncloud.result.ComputeApiException
 * @see dev.nhncloud.result.MalformedResponseException
 * @see dev.nhncloud.result.ReadOptions
 */
public final class GsonHeaders {

    private GsonHeaders() {
    }

    /**
     * A streaming reader with default options.
     *
     * @return a thread-safe reader
     */
    public static HeaderReader reader() {
        return reader(ReadOptions.defaults());
    }

    /**
     * A streaming reader.
     *
     * @param options the limits and mode
     * @return a thread-safe reader
     */
    public static HeaderReader reader(ReadOptions options) {
        return HeaderReaders.of(new GsonBackend(), options);
    }

    /**
     * A streaming reader whose {@code JsonReader}s the application's {@code Gson} creates
     * ({@link Gson#newJsonReader(Reader)}), but which reads strict JSON with the SDK's limits
     * even when that {@code Gson} is lenient.
     *
     * @param gson    the application's Gson; not changed
     * @param options the limits and mode
     * @return a thread-safe reader
     */
    public static HeaderReader reader(Gson gson, ReadOptions options) {
        Objects.requireNonNull(gson, "gson");
        return HeaderReaders.of(new GsonBackend(gson::newJsonReader), options);
    }

    /**
     * Reads the header from a tree, with default options.
     *
     * @param tree the document's root, as {@code JsonParser.parseString} returns it
     * @return the header
     * @throws dev.nhncloud.result.MalformedResponseException when the tree has no valid header
     */
    public static ResultHeader read(JsonElement tree) {
        return read(tree, ReadOptions.defaults());
    }

    /**
     * Reads the header from a tree. A tree has already merged repeated names and holds nothing
     * after its root, so duplicates and trailing data cannot be detected in this form; with
     * {@link ReadOptions#validateDocument()} the whole tree is checked against the limits.
     *
     * <p>Gson parses an empty document into {@code JsonNull}, which cannot be told from the
     * document {@code null}; it is read as a root that is not an object.
     *
     * @param tree    the document's root; {@code null} stands for an empty document
     * @param options the limits and mode
     * @return the header
     * @throws dev.nhncloud.result.MalformedResponseException when the tree has no valid header
     */
    public static ResultHeader read(JsonElement tree, ReadOptions options) {
        return HeaderReaders.readTree(tree, GsonTreeModel.INSTANCE, options);
    }

    /**
     * A one-pass reader of response classes over the application's {@code Gson}, with default
     * limits: see {@link ResponseReader}.
     *
     * <pre>{@code
     * ResponseReader responses = GsonHeaders.responseReader(gson);
     * InstanceList list = responses.read(body, InstanceList.class);   // only if the header reports success
     * }</pre>
     *
     * @param gson the application's Gson; not changed
     * @return a thread-safe reader
     */
    public static ResponseReader responseReader(Gson gson) {
        return responseReader(gson, ReadOptions.defaults());
    }

    /**
     * A one-pass reader of response classes over the application's {@code Gson}: a copy of it
     * with a checking factory binds the body, and the root response's header is checked as soon
     * as it is read. The document's nesting is limited to {@link ReadOptions#maxDepth()}, where
     * Gson's own limit is 255.
     *
     * @param gson    the application's Gson; not changed
     * @param options the header's limits, and the document's depth
     * @return a thread-safe reader
     */
    public static ResponseReader responseReader(Gson gson, ReadOptions options) {
        Objects.requireNonNull(gson, "gson");
        ResultHeaderTypeAdapterFactory checking = new ResultHeaderTypeAdapterFactory(
                HeaderBinding.of(Objects.requireNonNull(options, "options")), true);
        return new GsonResponseReader(gson.newBuilder().registerTypeAdapterFactory(checking).create(), options.maxDepth());
    }

    /**
     * The data-binding factory, with default options: a {@code ResultHeader} field of a response
     * class is read with the SDK's rules, and written as the provider writes it.
     *
     * @return a factory to register with {@code GsonBuilder.registerTypeAdapterFactory}
     */
    public static TypeAdapterFactory typeAdapterFactory() {
        return typeAdapterFactory(ReadOptions.defaults());
    }

    /**
     * The data-binding factory. The rest of the document is read by the application's
     * {@code Gson} with its own settings; the header value is read as strict JSON with the SDK's
     * rules and limits. A rule broken, JSON that is not strict inside the header included, is a
     * {@link dev.nhncloud.result.MalformedResponseException}. A response object (a class or
     * record with a {@code ResultHeader header} field) fails closed: without a {@code header}
     * member it is {@code MISSING_HEADER}, with two {@code DUPLICATE_HEADER}, and
     * {@code "header": null} is a header that is not an object; a failure header binds as read,
     * so check it with {@code throwIfFailed()}, or bind with {@link #responseReader(Gson)},
     * which does.
     *
     * @param options the limits (validation of the whole document is the application's business)
     * @return a factory to register with {@code GsonBuilder.registerTypeAdapterFactory}
     */
    public static TypeAdapterFactory typeAdapterFactory(ReadOptions options) {
        return new ResultHeaderTypeAdapterFactory(HeaderBinding.of(Objects.requireNonNull(options, "options")));
    }
}
