package dev.nhncloud.result.jackson3;

import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import java.util.Objects;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads result headers with Jackson 3, in the three ways a Jackson application holds JSON.
 *
 * <pre>{@code
 * // A body: streams, stops at the end of the header.
 * HeaderReader reader = Jackson3Headers.reader(mapper, ReadOptions.defaults());
 * ResultHeader header = reader.read(responseBody);
 *
 * // A tree the application already parsed.
 * ResultHeader header = Jackson3Headers.read(mapper.readTree(body));
 *
 * // A response class: add the module, declare a ResultHeader field.
 * JsonMapper mapper = JsonMapper.builder().addModule(Jackson3Headers.module()).build();
 * record InstanceList(ResultHeader header, List<Instance> instances) {}
 * }</pre>
 *
 * <p>The streaming reader parses strict JSON whatever the factory it is made from allows
 * (comments, single quotes and other extensions are refused), and applies the SDK's limits
 * instead of the factory's own stream constraints (Jackson 3 stops at a nesting depth of 500;
 * the SDK's default is 1,000), so that it answers exactly as the other bindings do. The factory
 * given is not changed.
 *
 * <p>The module reads the header as strict JSON on any mapper that reads strict JSON. A mapper
 * that accepts JSON extensions must be built on {@link #mapperFactory(TokenStreamFactory)}:
 * Jackson 3 fixes a parser's extensions when it creates it, and only that factory's parsers can
 * be switched to strict JSON while the header is read. On another lenient mapper the module fails
 * closed: it refuses to read the header and says so.
 *
 * @see dev.nhncloud.result.HeaderReaders
 * @see dev.nhncloud.result.ResultHeader
 * @see dev.nhncloud.result.ComputeApiException
 * @see dev.nhncloud.result.MalformedResponseException
 * @see dev.nhncloud.result.ReadOptions
 */
public final class Jackson3Headers {

    private Jackson3Headers() {
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
     * A streaming reader over Jackson's default factory.
     *
     * @param options the limits and mode
     * @return a thread-safe reader
     */
    public static HeaderReader reader(ReadOptions options) {
        return HeaderReaders.of(new Jackson3Backend(), options);
    }

    /**
     * A streaming reader built from the application's own factory, keeping its settings (its
     * buffer recycler pool, input decorators and error reporting) but reading strict JSON with
     * the SDK's limits. Jackson 3 factories are immutable: the reader's factory is a copy, rebuilt.
     *
     * @param factory a JSON factory; not changed
     * @param options the limits and mode
     * @return a thread-safe reader
     * @throws IllegalArgumentException when the factory reads a format other than JSON
     */
    public static HeaderReader reader(TokenStreamFactory factory, ReadOptions options) {
        return HeaderReaders.of(new Jackson3Backend(StrictFactory.of(Objects.requireNonNull(factory, "factory"))), options);
    }

    /**
     * A streaming reader built from the application's mapper's factory, as
     * {@link #reader(TokenStreamFactory, ReadOptions)} does.
     *
     * @param mapper  the application's mapper; not changed
     * @param options the limits and mode
     * @return a thread-safe reader
     * @throws IllegalArgumentException when the mapper reads a format other than JSON
     */
    public static HeaderReader reader(ObjectMapper mapper, ReadOptions options) {
        return reader(Objects.requireNonNull(mapper, "mapper").tokenStreamFactory(), options);
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
        return HeaderReaders.readTree(tree, Jackson3TreeModel.INSTANCE, options);
    }

    /**
     * The data-binding module, with default options: a {@code ResultHeader} property of a
     * response class is read with the SDK's rules, and written as the provider writes it.
     *
     * @return a module to add to a mapper's builder
     */
    public static JacksonModule module() {
        return module(ReadOptions.defaults());
    }

    /**
     * The data-binding module. The rest of the document is read by the application's mapper
     * with its own settings; the header object follows the SDK's rules and limits, as strict
     * JSON (a mapper that accepts JSON extensions must be built on {@link #mapperFactory}). A
     * response object (a class or record with a {@code ResultHeader header}) fails closed:
     * without a {@code header} member it is {@code MISSING_HEADER}, with two
     * {@code DUPLICATE_HEADER}, each a {@link dev.nhncloud.result.MalformedResponseException}; a
     * failure header binds as read, so check it with {@code throwIfFailed()}, or bind with
     * {@link #responseReader(ObjectMapper)}, which does.
     *
     * @param options the limits (validation of the whole document is the mapper's business)
     * @return a module to add to a mapper's builder
     */
    public static JacksonModule module(ReadOptions options) {
        return new ResultHeaderModule(HeaderBinding.of(Objects.requireNonNull(options, "options")));
    }

    /**
     * A one-pass reader of response classes over the application's mapper, with default limits:
     * see {@link ResponseReader}.
     *
     * <pre>{@code
     * ResponseReader responses = Jackson3Headers.responseReader(mapper);
     * InstanceList list = responses.read(body, InstanceList.class);   // only if the header reports success
     * }</pre>
     *
     * @param mapper the application's mapper; not changed (a rebuilt copy gets the module)
     * @return a thread-safe reader
     */
    public static ResponseReader responseReader(ObjectMapper mapper) {
        return responseReader(mapper, ReadOptions.defaults());
    }

    /**
     * A one-pass reader of response classes over the application's mapper: the mapper binds the
     * body, and the root response's header is read with these limits and checked as soon as it
     * is read. A mapper that has the module is used as it is, and reads nested headers with these
     * options too; otherwise a copy of it, rebuilt, gets the module with these options. A mapper that accepts JSON extensions must be built on
     * {@link #mapperFactory}, as for the module.
     *
     * @param mapper  the application's mapper; not changed
     * @param options the limits of every header of a read
     * @return a thread-safe reader
     */
    public static ResponseReader responseReader(ObjectMapper mapper, ReadOptions options) {
        Objects.requireNonNull(mapper, "mapper");
        boolean hasModule = mapper.registeredModules().stream().anyMatch(m -> ResultHeaderModule.ID.equals(m.getRegistrationId()));
        ObjectMapper withModule = hasModule ? mapper : mapper.rebuild().addModule(module(options)).build();
        return new Jackson3ResponseReader(withModule, HeaderBinding.of(Objects.requireNonNull(options, "options")));
    }

    /**
     * A copy of the application's factory, every setting kept, for a mapper that accepts JSON
     * extensions (comments, single quotes and the like) outside the header: the module switches
     * its parsers to strict JSON from the header's first token to its last. Its parsers read
     * bytes as characters (Jackson's charset detection kept).
     *
     * <pre>{@code
     * JsonMapper mapper = JsonMapper.builder(Jackson3Headers.mapperFactory(new JsonFactory()))
     *         .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
     *         .addModule(Jackson3Headers.module())
     *         .build();
     * }</pre>
     *
     * @param factory a JSON factory; not changed
     * @return the factory to build the mapper on
     * @throws IllegalArgumentException when the factory reads a format other than JSON
     */
    public static JsonFactory mapperFactory(TokenStreamFactory factory) {
        return StrictHeaderFactory.of(Objects.requireNonNull(factory, "factory"));
    }
}
