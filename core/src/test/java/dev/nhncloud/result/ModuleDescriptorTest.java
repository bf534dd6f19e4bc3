package dev.nhncloud.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module as the JVM sees it: what it exports, what it needs, and that it works as a named module. */
class ModuleDescriptorTest {

    private static Path classes() throws URISyntaxException {
        return Path.of(Kind.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static ModuleDescriptor descriptor() throws URISyntaxException {
        return ModuleFinder.of(classes()).find("dev.nhncloud.result").orElseThrow().descriptor();
    }

    @Test
    void exportsTheApiAndTheSpiOnly() throws URISyntaxException {
        Set<String> exports = descriptor().exports().stream()
                .peek(export -> assertEquals(Set.of(), export.targets(), "exported to everyone"))
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("dev.nhncloud.result", "dev.nhncloud.result.service", "dev.nhncloud.result.spi"), exports,
                "the API, the services' catalogues, the SPI");
        assertEquals(Set.of("dev.nhncloud.result.spi.JsonBackend"), descriptor().uses());
    }

    @Test
    void needsNothingButJavaBase() throws URISyntaxException {
        Set<String> requires = descriptor().requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet());
        assertEquals(Set.of("java.base"), requires);

        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "--print-module-deps", classes().toString());
        assertEquals(0, status, out.toString());
        assertEquals("java.base", out.toString().strip());
    }

    /** The description bundles are found when core runs as a named module, not only on the class path. */
    @Test
    void describesInEveryLanguageAsANamedModule() throws Exception {
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(classes()), ModuleFinder.of(), Set.of("dev.nhncloud.result"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        Class<?> kind = layer.findLoader("dev.nhncloud.result").loadClass(Kind.class.getName());
        assertEquals("dev.nhncloud.result", kind.getModule().getName());
        Object success = kind.getMethod("valueOf", String.class).invoke(null, "SUCCESS");
        assertEquals("호출이 성공했습니다.", kind.getMethod("description", Locale.class).invoke(success, Locale.KOREAN));
        assertEquals("The call succeeded.", kind.getMethod("description", Locale.class).invoke(success, Locale.FRENCH));
    }
}
