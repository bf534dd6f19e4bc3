package dev.nhncloud.result.robustness;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A binding present, by the name its backend registers: every binding ServiceLoader finds, which
 * are every binding the SDK ships, since this module depends on the command line's artifact,
 * which carries them all. The robustness tests read through the streaming readers; the trees and
 * data-binding hooks are held to the same properties by each binding's conformance kit.
 */
final class Binding {

    /** Every binding present, in name order. */
    static final List<Binding> ALL = HeaderReaders.available().stream().map(Binding::new).collect(Collectors.toUnmodifiableList());

    private final String id;

    private Binding(String id) {
        this.id = id;
    }

    /**
     * Every binding present, for {@code @MethodSource}.
     *
     * @return the bindings
     */
    static List<Binding> all() {
        return ALL;
    }

    /**
     * A binding present by name.
     *
     * @param id the name
     * @return the binding
     * @throws IllegalArgumentException when no binding of that name is present
     */
    static Binding named(String id) {
        return ALL.stream().filter(b -> b.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no binding " + id + " (present: " + HeaderReaders.available() + ")"));
    }

    /** The name the binding registers under, as {@code HeaderReaders.named} takes it. */
    String id() {
        return id;
    }

    /** The binding's streaming reader, found as an application finds it. */
    HeaderReader reader(ReadOptions options) {
        return HeaderReaders.named(id, options);
    }

    @Override
    public String toString() {
        return id;
    }
}
