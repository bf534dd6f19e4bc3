package dev.nhncloud.result.robustness;

import static org.junit.jupiter.api.Named.named;

import dev.nhncloud.result.conformance.ConformanceCases;
import dev.nhncloud.result.conformance.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The seed corpus of the fuzz tests: the hand-made seeds in {@code seeds/}, every finding kept in
 * any fuzz test's inputs directory ({@code *FuzzTestInputs/}, so that every fuzz test also runs
 * the others' findings), every conformance case, and the shared corpora read in place from
 * {@code ../shared/corpus} (never copied into the project): each JSONTestSuite file as it is and
 * placed as a member before a header, and each of the provider's examples.
 *
 * <p>In regression mode ({@code ./mvnw verify}) each seed is one run of the fuzz test; in
 * fuzzing mode Jazzer starts its mutations from them.
 */
final class Seeds {

    private Seeds() {
    }

    /** For {@code @MethodSource}: every seed, named by where it comes from. */
    static Stream<Arguments> all() {
        return Stream.of(handMade(), findings(), conformanceCases(), jsonTestSuite(), providerExamples()).flatMap(s -> s);
    }

    /** The hand-made seeds: hostile shapes the other sources lack. */
    static Stream<Arguments> handMade() {
        return resourceFiles("seeds").map(file -> Arguments.of(named("seed: " + file.getFileName(), read(file))));
    }

    /** Every input any fuzz test found and keeps as a regression input. */
    static Stream<Arguments> findings() {
        return resourceFiles("").filter(dir -> dir.getFileName().toString().endsWith("FuzzTestInputs"))
                .flatMap(dir -> walk(dir)).filter(Files::isRegularFile)
                .map(file -> Arguments.of(named("finding: " + file.getParent().getParent().getFileName() + "/"
                        + file.getFileName(), read(file))));
    }

    /** The entries of a test resource directory of this package, in name order. */
    private static Stream<Path> resourceFiles(String directory) {
        java.net.URL url = Seeds.class.getResource(directory.isEmpty() ? "." : directory);
        if (url == null) {
            return Stream.empty();
        }
        try (Stream<Path> listing = Files.list(Path.of(url.toURI()))) {
            return listing.sorted().collect(java.util.stream.Collectors.toList()).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().collect(java.util.stream.Collectors.toList()).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> conformanceCases() {
        return ConformanceCases.all().stream().map(c -> Arguments.of(named("case: " + c.name(), c.bytes())));
    }

    static Stream<Arguments> jsonTestSuite() {
        return Corpus.files("jsontestsuite").orElseGet(Stream::empty).flatMap(file -> {
            byte[] content = read(file);
            String name = file.getFileName().toString();
            return Stream.of(
                    Arguments.of(named("jsontestsuite: " + name, content)),
                    Arguments.of(named("jsontestsuite before header: " + name, Corpus.asMemberBeforeHeader(content))));
        });
    }

    static Stream<Arguments> providerExamples() {
        return Corpus.files("nhn-compute-docs").orElseGet(Stream::empty)
                .map(file -> Arguments.of(named("nhn-compute-docs: " + file.getFileName(), read(file))));
    }

    /** How many files the shared corpora hold here: none where they are absent. */
    static long sharedFileCount() {
        return Corpus.files("jsontestsuite").map(Stream::count).orElse(0L)
                + Corpus.files("nhn-compute-docs").map(Stream::count).orElse(0L);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
