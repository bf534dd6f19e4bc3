package dev.nhncloud.result;

import dev.nhncloud.result.engine.HeaderRules;
import dev.nhncloud.result.engine.StreamingHeaderReader;
import dev.nhncloud.result.spi.JsonBackend;
import dev.nhncloud.result.spi.TreeModel;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where readers come from: the bindings on the class path (or module path), found with
 * {@link ServiceLoader}, or a backend a binding hands over.
 *
 * <pre>{@code
 * HeaderReader reader = HeaderReaders.load();             // the one binding present
 * HeaderReader gson   = HeaderReaders.named("gson");      // a chosen binding
 * HeaderReader strict = HeaderReaders.load(ReadOptions.builder().validateDocument(true).build());
 * }</pre>
 *
 * <p>Discovery uses the thread's context class loader, as application servers expect, or the
 * class loader of this SDK when there is none. Readers are thread-safe; make one and keep it.
 *
 * <p>A binding builds its readers with {@link #of(JsonBackend, ReadOptions)} and reads its
 * library's trees with {@link #readTree(Object, TreeModel, ReadOptions)}: the header rules, the
 * input forms and the limits are core's, the same for every binding.
 */
public final class HeaderReaders {

    private static final String ARTIFACTS = "dev.nhncloud.result:nhncloud-result-jackson (Jackson 2), "
            + "dev.nhncloud.result:nhncloud-result-jackson3 (Jackson 3), dev.nhncloud.result:nhncloud-result-gson "
            + "or dev.nhncloud.result:nhncloud-result-jsonp (Jakarta JSON-P)";

    private HeaderReaders() {
    }

    /**
     * A reader with default options from the only binding present.
     *
     * @return a thread-safe reader
     * @throws IllegalStateException when no binding, or more than one, is present; the message
     *                               says which artifact to add or how to choose
     */
    public static HeaderReader load() {
        return load(ReadOptions.defaults());
    }

    /**
     * A reader with the given options from the only binding present.
     *
     * @param options the limits and mode to apply
     * @return a thread-safe reader
     * @throws IllegalStateException when no binding, or more than one, is present; the message
     *                               says which artifact to add or how to choose
     */
    public static HeaderReader load(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        Map<String, JsonBackend> providers = backends();
        if (providers.isEmpty()) {
            throw new IllegalStateException("No nhncloud-result binding is on the class path. Add one of "
                    + ARTIFACTS + ", with its version from nhncloud-result-bom.");
        }
        if (providers.size() > 1) {
            String first = providers.keySet().iterator().next();
            throw new IllegalStateException("Several nhncloud-result bindings are on the class path: "
                    + String.join(", ", providers.keySet()) + ". Choose one with HeaderReaders.named(\""
                    + first + "\"), or keep only one binding artifact.");
        }
        return of(providers.values().iterator().next(), options);
    }

    /**
     * A reader with default options from the binding of that name.
     *
     * @param binding {@code "jackson"}, {@code "jackson3"}, {@code "gson"}, {@code "jsonp"}, or the name of another binding present
     * @return a thread-safe reader
     * @throws IllegalArgumentException when no binding of that name is present; the message
     *                                  names the artifact to add and the bindings present
     */
    public static HeaderReader named(String binding) {
        return named(binding, ReadOptions.defaults());
    }

    /**
     * A reader with the given options from the binding of that name.
     *
     * @param binding {@code "jackson"}, {@code "jackson3"}, {@code "gson"}, {@code "jsonp"}, or the name of another binding present
     * @param options the limits and mode to apply
     * @return a thread-safe reader
     * @throws IllegalArgumentException when no binding of that name is present; the message
     *                                  names the artifact to add and the bindings present
     */
    public static HeaderReader named(String binding, ReadOptions options) {
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(options, "options");
        Map<String, JsonBackend> providers = backends();
        JsonBackend provider = providers.get(binding.toLowerCase(Locale.ROOT));
        if (provider == null) {
            throw new IllegalArgumentException("No nhncloud-result binding named \"" + binding + "\" is on the class path"
                    + " (present: " + (providers.isEmpty() ? "none" : String.join(", ", providers.keySet())) + "). "
                    + "The bindings of this project are the artifacts " + ARTIFACTS + ".");
        }
        return of(provider, options);
    }

    /**
     * The names of the bindings present, in alphabetical order.
     *
     * @return the names, possibly none
     * @throws IllegalStateException when two bindings present have the same name
     */
    public static Set<String> available() {
        return Collections.unmodifiableSet(backends().keySet());
    }

    /**
     * A streaming reader over a backend: how a binding makes its readers. Every input form
     * reaches the backend as core's checked text or bytes, and every rule is core's.
     *
     * <pre>{@code
     * public static HeaderReader reader(ReadOptions options) {
     *     return HeaderReaders.of(new GsonBackend(), options);
     * }
     * }</pre>
     *
     * @param backend the binding's backend
     * @param options the limits and mode to apply
     * @return a thread-safe reader, named after the backend
     */
    public static HeaderReader of(JsonBackend backend, ReadOptions options) {
        return new StreamingHeaderReader(backend, options);
    }

    /**
     * Reads the header of a tree the application already holds: how a binding's tree adapter
     * reads. A tree has already merged repeated member names and holds nothing after its root, so
     * duplicates and trailing data cannot be detected in this form; with
     * {@link ReadOptions#validateDocument()} the whole tree is checked against the limits.
     *
     * @param root    the tree's root; the library's "no value" marker (as the model says) stands
     *                for an empty document
     * @param model   how to read the library's nodes
     * @param options the limits and mode
     * @param <N>     the library's node type
     * @return the header
     * @throws MalformedResponseException when the tree has no valid header
     */
    public static <N> ResultHeader readTree(N root, TreeModel<N> model, ReadOptions options) {
        return HeaderRules.of(options).readTree(root, Objects.requireNonNull(model, "model"));
    }

    private static Map<String, JsonBackend> backends() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ServiceLoader<JsonBackend> found = loader == null
                ? ServiceLoader.load(JsonBackend.class, HeaderReaders.class.getClassLoader())
                : ServiceLoader.load(JsonBackend.class, loader);
        Map<String, JsonBackend> byName = new TreeMap<>();
        for (JsonBackend provider : found) {
            JsonBackend other = byName.putIfAbsent(provider.name(), provider);
            if (other != null) {
                throw new IllegalStateException("Two nhncloud-result bindings are named \"" + provider.name() + "\": "
                        + other.getClass().getName() + " and " + provider.getClass().getName()
                        + ". Keep only one of their artifacts on the class path.");
            }
        }
        return byName;
    }
}
