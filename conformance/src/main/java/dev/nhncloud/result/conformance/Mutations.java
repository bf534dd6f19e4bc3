package dev.nhncloud.result.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic mutations of a document, for the kit's runs of {@link AnyBytes} over its own
 * cases: a byte replaced, removed or repeated, a JSON token put in, the end cut off. A seed gives
 * the same mutations on every run, so a failure is reproduced by running the test again.
 */
final class Mutations {

    private static final byte[][] TOKENS = {
        "\"header\":".getBytes(UTF_8), "{".getBytes(UTF_8), "}".getBytes(UTF_8), "[".getBytes(UTF_8), "]".getBytes(UTF_8),
        ",".getBytes(UTF_8), ":".getBytes(UTF_8), "\"".getBytes(UTF_8), "\\".getBytes(UTF_8), "null".getBytes(UTF_8),
        "\"resultCode\":".getBytes(UTF_8), "\"isSuccessful\":".getBytes(UTF_8), "4294967296".getBytes(UTF_8),
        "1e0".getBytes(UTF_8), "-0".getBytes(UTF_8), "007".getBytes(UTF_8), "/*c*/".getBytes(UTF_8), "'".getBytes(UTF_8),
        "\\ud800".getBytes(UTF_8), "\u2028".getBytes(UTF_8), {(byte) 0xFF}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    };

    private Mutations() {
    }

    /**
     * Mutations of a document.
     *
     * @param document the document
     * @param seed     chooses the mutations
     * @param count    how many
     * @return the mutated documents
     */
    static List<byte[]> of(byte[] document, long seed, int count) {
        Random random = new Random(seed);
        List<byte[]> mutated = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bytes = document;
            for (int step = 0, steps = 1 + random.nextInt(3); step < steps; step++) {
                bytes = mutate(bytes, random);
            }
            mutated.add(bytes);
        }
        return mutated;
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        switch (random.nextInt(5)) {
            case 0:
                out.write(bytes, 0, at);
                out.write(random.nextInt(256));
                out.write(bytes, Math.min(at + 1, bytes.length), bytes.length - Math.min(at + 1, bytes.length));
                break;
            case 1:
                out.write(bytes, 0, at);
                out.write(bytes, Math.min(at + 1, bytes.length), bytes.length - Math.min(at + 1, bytes.length));
                break;
            case 2:
                out.write(bytes, 0, at);
                out.writeBytes(TOKENS[random.nextInt(TOKENS.length)]);
                out.write(bytes, at, bytes.length - at);
                break;
            case 3:
                out.write(bytes, 0, at);
                break;
            default:
                int length = Math.min(bytes.length - at, 1 + random.nextInt(24));
                out.write(bytes, 0, at + length);
                out.write(bytes, at, bytes.length - at);
                break;
        }
        return out.toByteArray();
    }
}
