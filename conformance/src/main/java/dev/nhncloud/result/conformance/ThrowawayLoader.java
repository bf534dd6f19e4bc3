package dev.nhncloud.result.conformance;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A class loader for one test, as a web application's: the SDK, the binding and its library,
 * loaded from the test's class path, with only the JDK above them. When the test drops it, nothing
 * the SDK did may keep it alive; a thread of the application server's pool, which lives on, is the
 * usual way something does (a {@code ThreadLocal} holding the loader's objects).
 */
final class ThrowawayLoader {

    /** What only the test needs: the test frameworks and this kit, which the loader does not load. */
    private static final List<String> TEST_ONLY = List.of("junit", "opentest4j", "apiguardian", "surefire", "jqwik",
            "jazzer", "conformance");

    private ThrowawayLoader() {
    }

    /**
     * A new loader of the class path, the test frameworks and the kit left out.
     *
     * @return the loader, to be dropped by the test
     * @throws MalformedURLException never, for paths of the class path
     */
    static URLClassLoader create() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String lower = entry.toLowerCase(java.util.Locale.ROOT);
            if (!entry.isEmpty() && TEST_ONLY.stream().noneMatch(lower::contains) && !lower.endsWith("test-classes")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return new URLClassLoader("throwaway", urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }
}
