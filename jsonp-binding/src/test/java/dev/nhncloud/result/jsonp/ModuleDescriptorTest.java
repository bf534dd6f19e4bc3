package dev.nhncloud.result.jsonp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The binding's module-info: it exports its API, requires only core and the JSON-P API (never
 * Parsson, which an application may replace), and provides the binding.
 */
class ModuleDescriptorTest {

    @Test
    void descriptor() throws Exception {
        Path classes = Path.of(JsonpHeaders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(classes).find("dev.nhncloud.result.jsonp").orElseThrow().descriptor();
        assertEquals(Set.of("dev.nhncloud.result.jsonp"),
                descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("java.base", "dev.nhncloud.result", "jakarta.json"),
                descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertEquals(Set.of("dev.nhncloud.result", "jakarta.json"), descriptor.requires().stream()
                .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
                .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertEquals(1, descriptor.provides().size());
        ModuleDescriptor.Provides provides = descriptor.provides().iterator().next();
        assertEquals("dev.nhncloud.result.spi.HeaderReaderProvider", provides.service());
        assertEquals(List.of(JsonpHeaderReaderProvider.class.getName()), provides.providers());
    }
}
