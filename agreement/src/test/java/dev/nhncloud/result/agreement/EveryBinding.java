package dev.nhncloud.result.agreement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.conformance.BytesInMemory;
import dev.nhncloud.result.conformance.ChunkedInputStream;
import dev.nhncloud.result.conformance.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every binding present side by side: the same bytes, every binding, every byte form, one mode.
 * The bindings are the ones ServiceLoader finds, which are every binding the SDK ships: this
 * module depends on the command line's artifact, which carries them all.
 */
final class EveryBinding {

    /** The bindings present, in name order. */
    static final List<String> NAMES = List.copyOf(HeaderReaders.available());

    private final Map<String, HeaderReader> early = new LinkedHashMap<>();
    private final Map<String, HeaderReader> validating = new LinkedHashMap<>();

    EveryBinding() {
        ReadOptions validate = ReadOptions.builder().validateDocument(true).build();
        for (String name : NAMES) {
            early.put(name, HeaderReaders.named(name));
            validating.put(name, HeaderReaders.named(name, validate));
        }
    }

    /**
     * Every binding's outcome for the bytes, from a byte array, from a stream handing out 5 bytes
     * at a time, from a slice of a larger array, and from a heap, a direct and a read-only buffer.
     */
    Map<String, Outcome> read(byte[] body, boolean validate) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        byte[] surrounded = BytesInMemory.surrounded(body);
        (validate ? validating : early).forEach((name, reader) -> {
            outcomes.put(name + " byte[]", Outcome.of(() -> reader.read(body)));
            outcomes.put(name + " stream", Outcome.of(() -> reader.read(new ChunkedInputStream(body, 5))));
            outcomes.put(name + " slice", Outcome.of(() -> reader.read(surrounded, BytesInMemory.OFFSET, body.length)));
            outcomes.put(name + " heap buffer", Outcome.of(() -> reader.read(BytesInMemory.heap(body))));
            outcomes.put(name + " direct buffer", Outcome.of(() -> reader.read(BytesInMemory.direct(body))));
            outcomes.put(name + " read-only buffer", Outcome.of(() -> reader.read(BytesInMemory.readOnly(body))));
        });
        return outcomes;
    }

    /**
     * Fails unless every outcome is allowed (a header or a reasoned refusal) and all are equal:
     * the same header, or the same reason with the same message, position included (core writes
     * every message; every form here is bytes).
     */
    static void assertAgree(String what, Map<String, Outcome> outcomes) {
        for (Map.Entry<String, Outcome> outcome : outcomes.entrySet()) {
            assertTrue(outcome.getValue().isAllowed(), () -> what + ": " + outcome.getKey() + " gave " + outcome.getValue());
        }
        assertTrue(outcomes.values().stream().map(Outcome::toString).distinct().count() == 1, () -> what + ": the bindings disagree:\n"
                + outcomes.entrySet().stream().map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
    }
}
