package dev.nhncloud.result.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The binding's module-info: it exports its API, requires only core and Jackson, and provides the binding. */
class ModuleDescriptorTest {

    @Test
    void descriptor() throws Exception {
        Path classes = Path.of(JacksonHeaders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(classes).find("dev.nhncloud.result.jackson").orElseThrow().descriptor();
        assertEquals(Set.of("dev.nhncloud.result.jackson"),
                descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("java.base", "dev.nhncloud.result", "com.fasterxml.jackson.core", "com.fasterxml.jackson.databind"),
                descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertEquals(1, descriptor.provides().size());
        ModuleDescriptor.Provides provides = descriptor.provides().iterator().next();
        assertEquals("dev.nhncloud.result.spi.HeaderReaderProvider", provides.service());
        assertEquals(java.util.List.of(JacksonHeaderReaderProvider.class.getName()), provides.providers());
    }
}
