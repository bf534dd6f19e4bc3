package dev.nhncloud.result.gson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The binding's module-info: it exports its API, requires only core and Gson, and provides the binding. */
class ModuleDescriptorTest {

    @Test
    void descriptor() throws Exception {
        Path classes = Path.of(GsonHeaders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(classes).find("dev.nhncloud.result.gson").orElseThrow().descriptor();
        assertEquals(Set.of("dev.nhncloud.result.gson"),
                descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("java.base", "dev.nhncloud.result", "com.google.gson"),
                descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertEquals(1, descriptor.provides().size());
        ModuleDescriptor.Provides provides = descriptor.provides().iterator().next();
        assertEquals("dev.nhncloud.result.spi.HeaderReaderProvider", provides.service());
        assertEquals(List.of(GsonHeaderReaderProvider.class.getName()), provides.providers());
    }
}
