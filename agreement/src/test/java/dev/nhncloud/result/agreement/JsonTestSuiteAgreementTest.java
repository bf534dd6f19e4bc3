package dev.nhncloud.result.agreement;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nhncloud.result.conformance.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every JSONTestSuite file, including the implementation-defined {@code i_} ones, gives the same
 * answer in all three bindings: as the body and as a member before a header, in both modes.
 */
class JsonTestSuiteAgreementTest {

    private static final EveryBinding BINDINGS = new EveryBinding();

    @TestFactory
    Stream<DynamicNode> everyFileReadsAlikeInEveryBinding() {
        return Corpus.files("jsontestsuite").map(files -> files.flatMap(JsonTestSuiteAgreementTest::tests))
                .orElseGet(() -> Stream.of(Corpus.absent("jsontestsuite")));
    }

    private static Stream<DynamicNode> tests(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(false, true).flatMap(validate -> Stream.of(
                dynamicTest(name + " as the body" + (validate ? ", validating" : ""), () ->
                        EveryBinding.assertAgree(name, BINDINGS.read(Files.readAllBytes(file), validate))),
                dynamicTest(name + " as a member" + (validate ? ", validating" : ""), () ->
                        EveryBinding.assertAgree(name + " as a member",
                                BINDINGS.read(Corpus.asMemberBeforeHeader(Files.readAllBytes(file)), validate)))));
    }
}
