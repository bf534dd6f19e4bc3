package dev.nhncloud.result.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;

/**
 * The external test data beside the project, read in place: {@code ../shared/corpus}. The
 * build passes its location as the system property {@code nhncloud.corpus}; where it is
 * absent (a clone elsewhere), the tests that need it report themselves skipped, saying where
 * they looked.
 */
public final class Corpus {

    private Corpus() {
    }

    /**
     * The corpus directory.
     *
     * @return its path, or empty when it is not there
     */
    public static Optional<Path> root() {
        String configured = System.getProperty("nhncloud.corpus");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured).normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The JSON files of one part of the corpus, by name.
     *
     * @param part {@code "jsontestsuite"} or {@code "nhn-compute-docs"}
     * @return the files in name order, or empty when the corpus is absent
     */
    public static Optional<Stream<Path>> files(String part) {
        return root().map(root -> root.resolve(part)).filter(Files::isDirectory).map(dir -> {
            try (Stream<Path> listing = Files.list(dir)) {
                List<Path> files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                        .collect(Collectors.toList());
                return files.stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * A test standing for a missing part of the corpus: skipped, with where it was looked for.
     *
     * @param part the missing part
     * @return the test
     */
    public static DynamicNode absent(String part) {
        return dynamicTest(part + " (corpus absent)", () -> Assumptions.abort("../shared/corpus/" + part
                + " was not found (system property nhncloud.corpus=" + System.getProperty("nhncloud.corpus")
                + ", working directory " + Path.of("").toAbsolutePath() + "); these tests need the shared corpus beside the project"));
    }

    /**
     * A JSONTestSuite file placed as a member before a success header:
     * {@code {"x":<content>,"header":{...}}}.
     *
     * @param content the file's bytes, unchanged
     * @return the document
     */
    public static byte[] asMemberBeforeHeader(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"x\":".getBytes(UTF_8));
        out.writeBytes(content);
        out.writeBytes(("," + ConformanceCases.HEADER + "}").getBytes(UTF_8));
        return out.toByteArray();
    }
}
