package dev.nhncloud.result;

import dev.nhncloud.result.spi.HeaderReaderProvider;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the bindings on the class path (or module path) with {@link ServiceLoader} and makes
 * readers from them.
 *
 * <pre>{@code
 * HeaderReader reader = HeaderReaders.load();             // the one binding present
 * HeaderReader gson   = HeaderReaders.named("gson");      // a chosen binding
 * HeaderReader strict = HeaderReaders.load(ReadOptions.builder().validateDocument(true).build());
 * }</pre>
 *
 * <p>Discovery uses the thread's context class loader, as application servers expect, or the
 * class loader of this SDK when there is none. Readers are thread-safe; make one and keep it.
 */
public final class HeaderReaders {

    private static final String ARTIFACTS = "dev.nhncloud.result:nhncloud-result-jackson, "
            + "dev.nhncloud.result:nhncloud-result-gson or dev.nhncloud.result:nhncloud-result-jsonp";

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
        Map<String, HeaderReaderProvider> providers = providers();
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
        return providers.values().iterator().next().create(options);
    }

    /**
     * A reader with default options from the binding of that name.
     *
     * @param binding {@code "jackson"}, {@code "gson"}, {@code "jsonp"}, or the name of another binding present
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
     * @param binding {@code "jackson"}, {@code "gson"}, {@code "jsonp"}, or the name of another binding present
     * @param options the limits and mode to apply
     * @return a thread-safe reader
     * @throws IllegalArgumentException when no binding of that name is present; the message
     *                                  names the artifact to add and the bindings present
     */
    public static HeaderReader named(String binding, ReadOptions options) {
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(options, "options");
        Map<String, HeaderReaderProvider> providers = providers();
        HeaderReaderProvider provider = providers.get(binding.toLowerCase(Locale.ROOT));
        if (provider == null) {
            throw new IllegalArgumentException("No nhncloud-result binding named \"" + binding + "\" is on the class path"
                    + " (present: " + (providers.isEmpty() ? "none" : String.join(", ", providers.keySet())) + "). "
                    + "The bindings of this project are the artifacts " + ARTIFACTS + ".");
        }
        return provider.create(options);
    }

    /**
     * The names of the bindings present, in alphabetical order.
     *
     * @return the names, possibly none
     * @throws IllegalStateException when two bindings present have the same name
     */
    public static Set<String> available() {
        return Collections.unmodifiableSet(providers().keySet());
    }

    private static Map<String, HeaderReaderProvider> providers() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ServiceLoader<HeaderReaderProvider> found = loader == null
                ? ServiceLoader.load(HeaderReaderProvider.class, HeaderReaders.class.getClassLoader())
                : ServiceLoader.load(HeaderReaderProvider.class, loader);
        Map<String, HeaderReaderProvider> byName = new TreeMap<>();
        for (HeaderReaderProvider provider : found) {
            HeaderReaderProvider other = byName.putIfAbsent(provider.name(), provider);
            if (other != null) {
                throw new IllegalStateException("Two nhncloud-result bindings are named \"" + provider.name() + "\": "
                        + other.getClass().getName() + " and " + provider.getClass().getName()
                        + ". Keep only one of their artifacts on the class path.");
            }
        }
        return byName;
    }
}
