package dev.nhncloud.result.conformance;

import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.spi.JsonBackend;
import java.util.Set;

/**
 * What the conformance kit needs of a binding, supplied once by the binding's test: its backend,
 * how its library parses a tree and how the binding reads one, and how the library binds a
 * response class through the binding's data-binding hook.
 *
 * <pre>{@code
 * class GsonConformanceTest extends ConformanceSuite {
 *     protected BindingUnderTest<?> binding() {
 *         return new BindingUnderTest<JsonElement>() {
 *             public JsonBackend backend() { return new GsonBackend(); }
 *             public JsonElement parseTree(String json) { return JsonParser.parseString(json); }
 *             public ResultHeader readTree(JsonElement tree, ReadOptions o) { return GsonHeaders.read(tree, o); }
 *             public <T> T bind(String json, Class<T> type, ReadOptions o) { ... }
 *             public Set<String> libraryModules() { return Set.of("com.google.gson"); }
 *         };
 *     }
 * }
 * }</pre>
 *
 * @param <N> the library's tree node type
 */
public interface BindingUnderTest<N> {

    /**
     * The binding's backend, as {@link java.util.ServiceLoader} finds it.
     *
     * @return the backend, whose class is the one the binding registers
     */
    JsonBackend backend();

    /**
     * Parses text into the library's own tree, as an application would hold it: strict JSON
     * (no comments or other extensions), one document with nothing after it, and no depth or
     * size limit of the library's own.
     *
     * @param json a document, already decoded; any byte order mark removed
     * @return the library's root node
     * @throws Exception when the library refuses the text
     */
    N parseTree(String json) throws Exception;

    /**
     * Reads the header from a tree with the binding's tree adapter.
     *
     * @param tree    a root node from {@link #parseTree(String)}
     * @param options the options to read with
     * @return the header
     */
    ResultHeader readTree(N tree, ReadOptions options);

    /**
     * Whether the library's tree keeps the form of a number literal. A tree that holds numbers
     * as {@code BigDecimal} cannot tell {@code 1e0} from {@code 1}.
     *
     * @return true when a non-integer literal stays recognisable as one in the tree
     */
    default boolean treeKeepsNumberForm() {
        return true;
    }

    /**
     * Binds a response class through the library's data binding with the binding's hook
     * registered (the Jackson module, the Gson type adapter factory, the JSON-B deserializer),
     * configured with the library's defaults but without limits of its own on depth or size, and
     * ignoring unknown members.
     *
     * @param json    a document
     * @param type    a response class with a {@code ResultHeader header} field or component,
     *                such as {@link Responses.Pojo} or {@link Responses.Record}
     * @param options the hook's limits
     * @param <T>     the class
     * @return what the library bound, or null when it binds nothing (Gson for an empty document)
     * @throws Exception what the library or the hook threw
     */
    <T> T bind(String json, Class<T> type, ReadOptions options) throws Exception;

    /**
     * Binds as {@link #bind} does, with the library made as lenient as an application can make
     * it (comments, single quotes, unquoted names, leading zeros and the like accepted), to show
     * that the hook still reads the header as strict JSON.
     *
     * @param json    a document
     * @param type    a response class
     * @param options the hook's limits
     * @param <T>     the class
     * @return what the library bound, or null when it binds nothing
     * @throws Exception what the library or the hook threw
     */
    <T> T bindLeniently(String json, Class<T> type, ReadOptions options) throws Exception;

    /**
     * The binding's one-pass reader of response classes, over the library configured as for
     * {@link #bind} (the library's defaults without limits of its own).
     *
     * @param options the header's limits
     * @return the reader
     */
    ResponseReader responseReader(ReadOptions options);

    /**
     * The JPMS modules of the library the binding's module requires, besides {@code java.base}
     * and core ({@code dev.nhncloud.result}).
     *
     * @return for example {@code Set.of("com.google.gson")}
     */
    Set<String> libraryModules();
}
