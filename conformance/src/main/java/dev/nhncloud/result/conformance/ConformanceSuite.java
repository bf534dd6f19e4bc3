package dev.nhncloud.result.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The conformance suite, written once: a binding's test class extends it and says how to reach
 * the binding. Every case of {@link ConformanceCases} runs in every input form (byte[], a
 * stream handing out 7 bytes at a time, Reader, String), in both modes (early exit and
 * document validation), and in tree form; then JSONTestSuite and the provider's examples.
 *
 * <p>A form that cannot apply to a case is not skipped silently: bytes that are not UTF-8 have
 * no text form, and a test says so and checks it; text that is not one JSON document has no
 * tree, and the tree test checks that the library refuses it.
 */
public abstract class ConformanceSuite {

    /** The forms in which text reaches a streaming reader. */
    enum Form { BYTES, STREAM, READER, STRING }

    /**
     * The binding under test.
     *
     * @return the binding
     */
    protected abstract BindingUnderTest binding();

    /**
     * Every conformance case, in every form and mode.
     *
     * @return one container per case
     */
    @TestFactory
    Stream<DynamicNode> conformance() {
        return ConformanceCases.all().stream().map(this::testsOf);
    }

    private DynamicNode testsOf(Case c) {
        List<DynamicNode> tests = new ArrayList<>();
        for (boolean validate : new boolean[] {false, true}) {
            for (Form form : Form.values()) {
                String name = form + (validate ? " validating" : " early exit");
                tests.add(dynamicTest(name, () -> checkStream(c, form, validate)));
            }
        }
        tests.add(dynamicTest("TREE", () -> checkTree(c)));
        return dynamicContainer(c.name(), tests);
    }

    private void checkStream(Case c, Form form, boolean validate) {
        Expectation expected = c.expected(validate);
        Optional<String> text = c.text();
        if ((form == Form.READER || form == Form.STRING) && text.isEmpty()) {
            // Said, not skipped: no text can carry bytes that are not UTF-8; converting them
            // the usual way would replace them, which is exactly what a reader must not do.
            assertTrue(new String(c.bytes(), UTF_8).contains("\uFFFD"), "these bytes have no text form");
            return;
        }
        HeaderReader reader = binding().streamingReader(c.options(validate));
        Outcome outcome = Outcome.of(() -> read(reader, form, c.bytes(), text.orElse(null)));
        assertMeets(expected, outcome, c + " [" + form + (validate ? ", validating]" : ", early exit]"));
    }

    private static ResultHeader read(HeaderReader reader, Form form, byte[] bytes, String text) throws IOException {
        switch (form) {
            case BYTES:
                return reader.read(bytes);
            case STREAM:
                return reader.read(new ChunkedInputStream(bytes, 7));
            case READER:
                return reader.read(new StringReader(text));
            default:
                return reader.read(text);
        }
    }

    private void checkTree(Case c) {
        BindingUnderTest binding = binding();
        Expectation expected = c.expectedOfTree(binding);
        Optional<String> text = c.text().map(ConformanceSuite::withoutByteOrderMark);
        Object tree = null;
        Exception refusal = null;
        if (text.isPresent()) {
            try {
                tree = Objects.requireNonNull(binding.parseTree(text.get()), "parseTree returned null");
            } catch (Exception e) {
                refusal = e;
            }
        }
        if (expected.noTree() != null || tree == null) {
            // The library refusing the text is the tree's MALFORMED_JSON.
            boolean refusalExpected = expected.noTree() != null || expected.reason() == Reason.MALFORMED_JSON;
            String actual = tree == null ? "the library refused the text: " + refusal : "the library built a tree";
            assertTrue(refusalExpected && tree == null, () -> c + " [TREE]: expected " + expected + ", but " + actual);
            return;
        }
        Object built = tree;
        assertMeets(expected, Outcome.of(() -> binding.readTree(built, c.options(true))), c + " [TREE]");
    }

    /**
     * Fails unless the outcome meets the expectation, with the unexpected exception as cause.
     *
     * @param expected what the read must give
     * @param outcome  what it gave
     * @param what     the case and form, for the message
     */
    static void assertMeets(Expectation expected, Outcome outcome, String what) {
        if (!expected.matches(outcome)) {
            throw new AssertionFailedError(what + ": expected " + expected + " but was " + outcome,
                    expected.toString(), outcome.toString(), outcome.failure());
        }
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Early exit: a header first in an endless body is read, and only the start of the body is consumed. */
    @Test
    void earlyExitReadsOnlyTheStartOfAnEndlessBody() throws IOException {
        EndlessInstanceList body = new EndlessInstanceList("{" + ConformanceCases.HEADER + ",\"instances\":[");
        ResultHeader header = binding().streamingReader(ReadOptions.defaults()).read(body);
        assertEquals(ConformanceCases.SUCCESS, header);
        assertTrue(body.consumed() <= 64 * 1024, "consumed " + body.consumed() + " bytes");
    }

    /** Validation reads a body to its end. */
    @Test
    void validationReadsToTheEnd() throws IOException {
        byte[] body = ("{" + ConformanceCases.HEADER + ",\"instances\":[" + "{\"id\":\"x\"},".repeat(50_000) + "{}]}")
                .getBytes(UTF_8);
        CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(body));
        ReadOptions validate = ReadOptions.builder().validateDocument(true).build();
        assertEquals(ConformanceCases.SUCCESS, binding().streamingReader(validate).read(in));
        assertEquals(body.length, in.consumed());
    }

    /** The reader reports its binding and options. */
    @Test
    void readerReportsItsBindingAndOptions() {
        ReadOptions options = ReadOptions.builder().maxDepth(7).build();
        HeaderReader reader = binding().streamingReader(options);
        assertEquals(binding().name(), reader.binding());
        assertEquals(options, reader.options());
    }

    /**
     * JSONTestSuite: every file as the whole body and as a member before a header.
     *
     * @return one container per file
     */
    @TestFactory
    Stream<DynamicNode> jsonTestSuite() {
        return Corpus.files("jsontestsuite").map(files -> files.map(this::jsonTestSuiteFile))
                .orElseGet(() -> Stream.of(Corpus.absent("jsontestsuite")));
    }

    private DynamicNode jsonTestSuiteFile(Path file) {
        String name = file.getFileName().toString();
        List<DynamicTest> tests = new ArrayList<>();
        for (boolean validate : new boolean[] {false, true}) {
            String mode = validate ? " validating" : " early exit";
            tests.add(dynamicTest("as the body" + mode, () -> checkSuiteFile(name, Files.readAllBytes(file), false, validate)));
            tests.add(dynamicTest("as a member before the header" + mode,
                    () -> checkSuiteFile(name, Files.readAllBytes(file), true, validate)));
        }
        return dynamicContainer(name, tests);
    }

    private void checkSuiteFile(String name, byte[] content, boolean asMember, boolean validate) {
        byte[] body = asMember ? Corpus.asMemberBeforeHeader(content) : content;
        HeaderReader reader = binding().streamingReader(ReadOptions.builder().validateDocument(validate).build());
        Outcome outcome = Outcome.of(() -> reader.read(new ChunkedInputStream(body, 7)));
        String what = name + (asMember ? " as a member" : " as the body");
        assertTrue(outcome.isAllowed(), () -> what + ": only a header or a MalformedResponseException may come out, was " + outcome);
        Reason reason = outcome.failure() == null ? null : ((MalformedResponseException) outcome.failure()).reason();
        if (name.startsWith("y_")) {
            if (asMember) {
                assertEquals(ConformanceCases.SUCCESS, outcome.header(), what + " must be read past: " + outcome);
            } else {
                assertTrue(EnumSet.of(Reason.NOT_AN_OBJECT, Reason.MISSING_HEADER).contains(reason), what + ": " + outcome);
            }
        } else if (name.startsWith("n_")) {
            // Refused, for the first problem met: {"a":"b"}/**/ as the body ends without a header
            // before its trailing comment is reached.
            assertTrue(reason != null, what + " must be refused: " + outcome);
        }
    }

    /**
     * The provider's own documented responses: every one is a success, in every form and mode and as a tree.
     *
     * @return one container per example
     */
    @TestFactory
    Stream<DynamicNode> providerExamples() {
        return Corpus.files("nhn-compute-docs").map(files -> files.map(this::providerExample))
                .orElseGet(() -> Stream.of(Corpus.absent("nhn-compute-docs")));
    }

    private DynamicNode providerExample(Path file) {
        List<DynamicTest> tests = new ArrayList<>();
        for (boolean validate : new boolean[] {false, true}) {
            for (Form form : Form.values()) {
                tests.add(dynamicTest(form + (validate ? " validating" : " early exit"), () -> {
                    byte[] bytes = Files.readAllBytes(file);
                    HeaderReader reader = binding().streamingReader(ReadOptions.builder().validateDocument(validate).build());
                    assertMeets(Expectation.header(ConformanceCases.SUCCESS),
                            Outcome.of(() -> read(reader, form, bytes, new String(bytes, UTF_8))), file.getFileName().toString());
                }));
            }
        }
        tests.add(dynamicTest("TREE", () -> {
            Object tree = binding().parseTree(withoutByteOrderMark(Files.readString(file)));
            assertMeets(Expectation.header(ConformanceCases.SUCCESS),
                    Outcome.of(() -> binding().readTree(tree, ReadOptions.defaults())), file.getFileName() + " [TREE]");
        }));
        return dynamicContainer(file.getFileName().toString(), tests);
    }
}
