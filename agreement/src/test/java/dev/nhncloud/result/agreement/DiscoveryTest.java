package dev.nhncloud.result.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReaders;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With every binding on the class path, ServiceLoader finds them all and asks for a choice. */
class DiscoveryTest {

    @Test
    void everyBindingIsFoundAndNoneIsChosenSilently() {
        List<String> names = EveryBinding.NAMES;
        assertTrue(names.containsAll(List.of("gson", "jackson", "jsonp")), names.toString());
        IllegalStateException e = assertThrows(IllegalStateException.class, HeaderReaders::load);
        assertEquals("Several nhncloud-result bindings are on the class path: " + String.join(", ", names)
                + ". Choose one with HeaderReaders.named(\"" + names.get(0) + "\"), or keep only one binding artifact.", e.getMessage());
        for (String name : names) {
            assertEquals(name, HeaderReaders.named(name).binding());
        }
    }
}
