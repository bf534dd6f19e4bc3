package dev.nhncloud.result.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nhncloud.result.conformance.ConformanceCases;
import dev.nhncloud.result.conformance.Corpus;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzz tests' seed corpus is what {@link Seeds} says: this reports, as skipped with the
 * reason, a clone without the shared corpus beside it (where the fuzz tests still run the
 * hand-made seeds, the findings and the conformance cases), and otherwise checks that the shared
 * files are really among the seeds.
 */
class SeedCorpusTest {

    @Test
    void theHandMadeSeedsTheFindingsAndEveryConformanceCaseAreSeeds() {
        assertTrue(Seeds.handMade().count() >= 10, "hand-made seeds");
        assertEquals(ConformanceCases.all().size(), Seeds.conformanceCases().count());
        assertTrue(Seeds.all().count() >= Seeds.handMade().count() + Seeds.findings().count() + ConformanceCases.all().size());
    }

    @TestFactory
    Stream<DynamicNode> theSharedCorporaAreSeedsReadInPlace() {
        return Stream.of("jsontestsuite", "nhn-compute-docs").map(part -> Corpus.files(part)
                .<DynamicNode>map(files -> {
                    long count = files.count();
                    return dynamicTest(part + " (" + count + " files)", () -> {
                        assertTrue(count > 0, part + " is empty");
                        long seeds = part.equals("jsontestsuite") ? Seeds.jsonTestSuite().count() : Seeds.providerExamples().count();
                        // JSONTestSuite files are seeds twice: as they are, and before a header.
                        assertEquals(part.equals("jsontestsuite") ? 2 * count : count, seeds);
                    });
                })
                .orElseGet(() -> Corpus.absent(part)));
    }
}
