package dev.nhncloud.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {

    @Test
    void defaultsAreTheDocumentedLimits() {
        ReadOptions defaults = ReadOptions.defaults();
        assertEquals(1000, defaults.maxDepth());
        assertEquals(65_536, defaults.maxMessageLength());
        assertEquals(65_536, defaults.maxNameLength());
        assertFalse(defaults.validateDocument());
        assertEquals(defaults, ReadOptions.builder().build());
    }

    @Test
    void builderSetsEachOption() {
        ReadOptions options = ReadOptions.builder().maxDepth(2).maxMessageLength(0).maxNameLength(13).validateDocument(true).build();
        assertEquals(2, options.maxDepth());
        assertEquals(0, options.maxMessageLength());
        assertEquals(13, options.maxNameLength());
        assertTrue(options.validateDocument());
        assertEquals(options, options.toBuilder().build());
        assertNotEquals(options, ReadOptions.defaults());
        assertNotEquals(options, options.toBuilder().maxNameLength(14).build());
        assertEquals("ReadOptions{maxDepth=2, maxMessageLength=0, maxNameLength=13, validateDocument=true}", options.toString());
    }

    @Test
    void impossibleLimitsAreRefusedWithTheirName() {
        IllegalArgumentException depth = assertThrows(IllegalArgumentException.class,
                () -> ReadOptions.builder().maxDepth(1));
        assertEquals("maxDepth must be at least 2 (the header's depth), was 1", depth.getMessage());
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> ReadOptions.builder().maxMessageLength(-1));
        assertEquals("maxMessageLength must not be negative, was -1", length.getMessage());
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class,
                () -> ReadOptions.builder().maxNameLength(12));
        assertEquals("maxNameLength must be at least 13 (the header's own names), was 12", name.getMessage());
    }
}
