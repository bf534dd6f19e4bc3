package dev.nhncloud.result.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.util.Objects;

/**
 * Reads result headers with Jackson, in the three ways a Jackson application holds JSON.
 *
 * <pre>{@code
 * // A body: streams, stops at the end of the header.
 * HeaderReader reader = JacksonHeaders.reader(ReadOptions.defaults());
 * ResultHeader header = reader.read(responseBody);
 *
 * // A tree the application already parsed.
 * ResultHeader header = JacksonHeaders.read(mapper.readTree(body));
 *
 * // A response class: register the module, declare a ResultHeader field.
 * ObjectMapper mapper = new ObjectMapper().registerModule(JacksonHeaders.module());
 * record InstanceList(ResultHeader header, List<Instance> instances) {}
 * }</pre>
 *
 * <p>The streaming reader parses strict JSON whatever the factory it is made from allows
 * (comments, single quotes and other extensions are refused), and applies the SDK's limits
 * instead of the factory's own stream constraints, so that it answers exactly as the Gson and
 * JSON-P bindings do. The factory given is not changed.
 *
 * @see dev.nhncloud.result.HeaderReaders
 * @see dev.nhncloud.result.ResultHeader
 * @see dev.nhncloud.result.ComputeApiException
 * @see dev.nhncloud.result.MalformedResponseException
 * @see dev.nhncloud.result.ReadOptions
 */
public final class JacksonHeaders {

    private JacksonHeaders() {
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
        return HeaderReaders.of(new JacksonBackend(), options);
    }

    /**
     * A streaming reader built from the application's own factory, keeping its settings (such as
     * buffer recycling) but reading strict JSON with the SDK's limits (see {@link #strict}).
     * From an {@code ObjectMapper}, pass {@code mapper.getFactory()}.
     *
     * @param factory a JSON factory; not changed
     * @param options the limits and mode
     * @return a thread-safe reader
     * @throws IllegalArgumentException when the factory reads a format other than JSON
     */
    public static HeaderReader reader(JsonFactory factory, ReadOptions options) {
        return HeaderReaders.of(new JacksonBackend(strict(Objects.requireNonNull(factory, "factory"))), options);
    }

    /**
     * Reads the header from a tree, with default options.
     *
     * @param tree the document's root, as {@code ObjectMapper.readTree} returns it
     * @return the header
     * @throws dev.nhncloud.result.MalformedResponseException when the tree has no valid header
     */
    public static ResultHeader read(JsonNode tree) {
        return read(tree, ReadOptions.defaults());
    }

    /**
     * Reads the header from a tree. A tree has already merged repeated names and holds nothing
     * after its root, so duplicates and trailing data cannot be detected in this form; with
     * {@link ReadOptions#validateDocument()} the whole tree is checked against the limits.
     *
     * @param tree    the document's root; {@code null} or a missing node stands for an empty document
     * @param options the limits and mode
     * @return the header
     * @throws dev.nhncloud.result.MalformedResponseException when the tree has no valid header
     */
    public static ResultHeader read(JsonNode tree, ReadOptions options) {
        return HeaderReaders.readTree(tree, JacksonTreeModel.INSTANCE, options);
    }

    /**
     * The data-binding module, with default options: a {@code ResultHeader} property of a
     * response class is read with the SDK's rules, and written as the provider writes it.
     *
     * @return a module to register on an {@code ObjectMapper}
     */
    public static Module module() {
        return module(ReadOptions.defaults());
    }

    /**
     * The data-binding module. The rest of the document is read by the application's mapper
     * with its own settings; the header object follows the SDK's rules and limits, as strict
     * JSON whatever the mapper's read features. A response object (a class or record with a
     * {@code ResultHeader header}) fails closed: without a {@code header} member it is
     * {@code MISSING_HEADER}, with two {@code DUPLICATE_HEADER}, each a
     * {@link dev.nhncloud.result.MalformedResponseException}; a failure header binds as read, so
     * check it with {@code throwIfFailed()}, or bind with {@link #responseReader(ObjectMapper)},
     * which does.
     *
     * @param options the limits (validation of the whole document is the mapper's business)
     * @return a module to register on an {@code ObjectMapper}
     */
    public static Module module(ReadOptions options) {
        return new ResultHeaderModule(HeaderBinding.of(Objects.requireNonNull(options, "options")));
    }

    /**
     * A one-pass reader of response classes over the application's mapper, with default limits:
     * see {@link ResponseReader}.
     *
     * <pre>{@code
     * ResponseReader responses = JacksonHeaders.responseReader(mapper);
     * InstanceList list = responses.read(body, InstanceList.class);   // only if the header reports success
     * }</pre>
     *
     * @param mapper the application's mapper; not changed (a copy gets the module)
     * @return a thread-safe reader
     */
    public static ResponseReader responseReader(ObjectMapper mapper) {
        return responseReader(mapper, ReadOptions.defaults());
    }

    /**
     * A one-pass reader of response classes over the application's mapper: the mapper binds the
     * body, and the root response's header is read with these limits and checked as soon as it
     * is read. A mapper that has the module (as Spring Boot's has with the SDK's auto-configuration)
     * is used as it is, and reads nested headers with the module's options; otherwise a copy of it
     * gets the module with these options, as Gson's and JSON-B's one-pass readers use them.
     *
     * @param mapper  the application's mapper; not changed
     * @param options the root header's limits, and a nested header's when the mapper has no module
     * @return a thread-safe reader
     */
    public static ResponseReader responseReader(ObjectMapper mapper, ReadOptions options) {
        Objects.requireNonNull(mapper, "mapper");
        ObjectMapper withModule = mapper.getRegisteredModuleIds().contains(ResultHeaderModule.ID) ? mapper
                : mapper.copy().registerModule(module(options));
        return new JacksonResponseReader(withModule, HeaderBinding.of(Objects.requireNonNull(options, "options")));
    }

    /**
     * A copy of the factory that reads strict JSON, does not close the input, and leaves every
     * limit to core: the binding must answer exactly as the other bindings do.
     *
     * <p>Member names are canonicalized, as Jackson does by default, but in tables that keep only
     * a few short names between reads ({@link PooledNamesFactory}), and not interned (Jackson's intern cache is global and
     * keeps up to 180 names of any length), so that no name outlives its read. The factory's
     * buffer pool ({@code RecyclerPool}) is kept. A flood of names built
     * to collide in the table makes Jackson rehash it rather than fail the read
     * ({@code FAIL_ON_SYMBOL_HASH_OVERFLOW} is disabled): valid JSON is never refused for its names.
     */
    static PooledNamesFactory strict(JsonFactory factory) {
        if (!JsonFactory.FORMAT_NAME_JSON.equals(factory.getFormatName())) {
            throw new IllegalArgumentException("The factory reads " + factory.getFormatName() + ", not JSON");
        }
        JsonFactoryBuilder builder = new JsonFactoryBuilder(factory).recyclerPool(factory._getRecyclerPool());
        for (JsonReadFeature extension : JsonReadFeature.values()) {
            builder.disable(extension);
        }
        builder
                .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Integer.MAX_VALUE)
                        .maxNumberLength(Integer.MAX_VALUE)
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNameLength(Integer.MAX_VALUE)
                        .maxDocumentLength(-1)
                        .maxTokenCount(-1)
                        .build());
        return new PooledNamesFactory(builder);
    }
}
