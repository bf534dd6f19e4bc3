package dev.nhncloud.result.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nhncloud.result.HeaderReaders;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With every binding on the class path, ServiceLoader finds all three and asks for a choice. */
class DiscoveryTest {

    @Test
    void allThreeAreFoundAndNoneIsChosenSilently() {
        assertEquals(ThreeBindings.NAMES, List.copyOf(HeaderReaders.available()));
        IllegalStateException e = assertThrows(IllegalStateException.class, HeaderReaders::load);
        assertEquals("Several nhncloud-result bindings are on the class path: gson, jackson, jsonp. Choose one with "
                + "HeaderReaders.named(\"gson\"), or keep only one binding artifact.", e.getMessage());
        for (String name : ThreeBindings.NAMES) {
            assertEquals(name, HeaderReaders.named(name).binding());
        }
    }
}
