package dev.nhncloud.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.spi.JsonBackend;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery through ServiceLoader, with providers registered for each test in a class loader of its own. */
class HeaderReadersTest {

    @TempDir
    Path services;

    /** Runs {@code action} with the thread's context class loader seeing exactly these providers. */
    private <T> T withProviders(Callable<T> action, Class<?>... providers) throws Exception {
        Path file = services.resolve("META-INF/services/" + JsonBackend.class.getName());
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(java.util.Arrays.stream(providers).map(Class::getName).toArray(String[]::new)));
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            return action.call();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    @Test
    void noBindingNamesTheArtifactsToAdd() throws Exception {
        IllegalStateException e = withProviders(() -> assertThrows(IllegalStateException.class, HeaderReaders::load));
        assertEquals("No nhncloud-result binding is on the class path. Add one of "
                + "dev.nhncloud.result:nhncloud-result-jackson (Jackson 2), dev.nhncloud.result:nhncloud-result-jackson3 "
                + "(Jackson 3), dev.nhncloud.result:nhncloud-result-gson or dev.nhncloud.result:nhncloud-result-jsonp "
                + "(Jakarta JSON-P), with its version from nhncloud-result-bom.", e.getMessage());
        assertEquals(Set.of(), withProviders(HeaderReaders::available));
    }

    @Test
    void theOnlyBindingIsLoaded() throws Exception {
        HeaderReader reader = withProviders(HeaderReaders::load, Alpha.class);
        assertEquals("alpha", reader.binding());
        assertEquals(ReadOptions.defaults(), reader.options());
        ReadOptions validating = ReadOptions.builder().validateDocument(true).build();
        assertEquals(validating, withProviders(() -> HeaderReaders.load(validating), Alpha.class).options());
    }

    @Test
    void severalBindingsNeedAChoice() throws Exception {
        IllegalStateException e = withProviders(() -> assertThrows(IllegalStateException.class, HeaderReaders::load),
                Beta.class, Alpha.class);
        assertEquals("Several nhncloud-result bindings are on the class path: alpha, beta. Choose one with "
                + "HeaderReaders.named(\"alpha\"), or keep only one binding artifact.", e.getMessage());
        assertEquals("beta", withProviders(() -> HeaderReaders.named("beta"), Alpha.class, Beta.class).binding());
        assertEquals("beta", withProviders(() -> HeaderReaders.named("BETA"), Alpha.class, Beta.class).binding());
        assertEquals(List.of("alpha", "beta"), List.copyOf(withProviders(HeaderReaders::available, Beta.class, Alpha.class)));
    }

    @Test
    void anUnknownNameSaysWhatIsPresent() throws Exception {
        IllegalArgumentException e = withProviders(
                () -> assertThrows(IllegalArgumentException.class, () -> HeaderReaders.named("gson")), Alpha.class);
        assertTrue(e.getMessage().startsWith("No nhncloud-result binding named \"gson\" is on the class path (present: alpha)."),
                e.getMessage());
        assertTrue(e.getMessage().contains("dev.nhncloud.result:nhncloud-result-gson"), e.getMessage());
    }

    @Test
    void twoBindingsWithOneNameAreRefused() throws Exception {
        IllegalStateException e = withProviders(() -> assertThrows(IllegalStateException.class, HeaderReaders::available),
                Alpha.class, OtherAlpha.class);
        assertTrue(e.getMessage().startsWith("Two nhncloud-result bindings are named \"alpha\""), e.getMessage());
    }

    /** A binding whose readers refuse every document: discovery is what is tested here. */
    public static class Alpha implements JsonBackend {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public JsonCursor open(Reader text) throws IOException {
            throw new IOException("not a parser");
        }
    }

    /** A second binding. */
    public static class Beta extends Alpha {
        @Override
        public String name() {
            return "beta";
        }
    }

    /** A second binding claiming the first one's name. */
    public static class OtherAlpha extends Alpha {
    }
}
