package dev.nhncloud.result.httpclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.ResultHeader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.ConnectException;
import java.nio.file.Path;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module as the JVM sees it: its API, its two dependencies and nothing else, and that it works as a named module. */
class ModuleDescriptorTest {

    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static ModuleDescriptor descriptor() throws Exception {
        return ModuleFinder.of(location(RetryAdvice.class)).find("dev.nhncloud.result.httpclient").orElseThrow().descriptor();
    }

    @Test
    void exportsItsApiOnly() throws Exception {
        Set<String> exports = descriptor().exports().stream()
                .peek(export -> assertEquals(Set.of(), export.targets(), "exported to everyone"))
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("dev.nhncloud.result.httpclient"), exports);
        assertEquals(Set.of(), descriptor().uses());
        assertEquals(Set.of(), descriptor().provides());
    }

    /** Core and java.net.http, both transitive (they appear in the API); no binding, no JSON library. */
    @Test
    void needsCoreAndJavaNetHttpOnly() throws Exception {
        Set<String> requires = descriptor().requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        assertEquals(Set.of("java.base", "dev.nhncloud.result", "java.net.http"), requires);
        descriptor().requires().stream().filter(r -> !r.name().equals("java.base"))
                .forEach(r -> assertTrue(r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE), r::toString));

        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "--module-path", location(ResultHeader.class).toString(),
                "--print-module-deps", location(RetryAdvice.class).toString());
        assertEquals(0, status, out.toString());
        assertEquals("dev.nhncloud.result,java.base,java.net.http", out.toString().strip());
    }

    /** In a module layer of its own with core (no binding), the module resolves and works. */
    @Test
    void worksAsANamedModule() throws Exception {
        Configuration configuration = ModuleLayer.boot().configuration().resolve(
                ModuleFinder.of(location(RetryAdvice.class), location(ResultHeader.class)), ModuleFinder.of(),
                Set.of("dev.nhncloud.result.httpclient"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        Class<?> advice = layer.findLoader("dev.nhncloud.result.httpclient").loadClass(RetryAdvice.class.getName());
        assertEquals("dev.nhncloud.result.httpclient", advice.getModule().getName());
        Object defaults = advice.getMethod("defaults").invoke(null);
        assertEquals(true, advice.getMethod("test", Throwable.class).invoke(defaults, new ConnectException()));
        java.time.Duration delay = (java.time.Duration) advice.getMethod("delay", int.class).invoke(defaults, 3);
        assertTrue(delay.compareTo(java.time.Duration.ofSeconds(2)) >= 0 && delay.compareTo(java.time.Duration.ofSeconds(4)) <= 0, delay::toString);
    }
}
