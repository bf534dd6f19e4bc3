package dev.nhncloud.result.spi;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;

/**
 * A binding, as {@link java.util.ServiceLoader} finds it. Each binding module registers one
 * implementation, in {@code META-INF/services} and with {@code provides} in its
 * {@code module-info.java}.
 *
 * <p>Implementations have a public no-argument constructor and are thread-safe.
 */
public interface HeaderReaderProvider {

    /**
     * The binding's name, lower case, by which applications choose it: {@code "jackson"},
     * {@code "gson"} or {@code "jsonp"} for the bindings of this project.
     *
     * @return the name
     */
    String name();

    /**
     * A reader with the binding's default configuration of its JSON library.
     *
     * @param options the limits and mode to apply
     * @return a thread-safe reader
     */
    HeaderReader create(ReadOptions options);
}
