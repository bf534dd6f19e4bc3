package dev.nhncloud.result.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.Verdict;
import dev.nhncloud.result.spi.JsonBackend;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * The conformance kit, written once: a binding's test class extends it and supplies its
 * {@link BindingUnderTest}. Every case of {@link ConformanceCases} runs
 * <ul>
 * <li>through the backend's streaming reader, in every input form ({@code byte[]}, a stream
 *     handing out 7 bytes and one byte at a time, a slice of a larger array, a heap, a direct and
 *     a read-only {@code ByteBuffer} ({@link BytesInMemory}), a {@code Reader} whole and one
 *     character at a time, a {@code String}) and in both modes (early exit and document
 *     validation): every byte form gives the same outcome and the same message, and every text
 *     form the same as the others;</li>
 * <li>through the binding's tree adapter, on the library's own tree;</li>
 * <li>through the binding's data-binding hook, into a plain class and a record, and on a
 *     lenient mapper; and through its one-pass reader, which gives from a slice and from every
 *     kind of buffer exactly what it gives from the array;</li>
 * </ul>
 * then JSONTestSuite and the provider's examples; and the kit checks the backend's registration
 * with {@link ServiceLoader}, its module descriptor, that an early exit neither reads far nor
 * waits for bytes after the header, and that a read of bytes in memory (a slice, a buffer) copies
 * none of them.
 *
 * <p>A form that cannot apply to a case is not skipped silently: bytes that are not UTF-8 have
 * no text form, and a test says so and checks it; text that is not one JSON document has no
 * tree, and the tree test checks that the library refuses it.
 */
public abstract class ConformanceSuite {

    /** The forms in which a document reaches a streaming reader. */
    enum Form {
        BYTES, STREAM, STREAM_BYTE_BY_BYTE, SLICE, HEAP_BUFFER, DIRECT_BUFFER, READ_ONLY_BUFFER,
        READER, READER_CHAR_BY_CHAR, STRING;

        boolean isText() {
            return this == READER || this == READER_CHAR_BY_CHAR || this == STRING;
        }

        /** The forms of bytes the application holds in memory, which a one-pass reader reads too. */
        boolean isInMemoryBytes() {
            return this == BYTES || this == SLICE || this == HEAP_BUFFER || this == DIRECT_BUFFER || this == READ_ONLY_BUFFER;
        }
    }

    /**
     * How a data-binding hook is reached: the response class and the mapper's leniency, or the
     * binding's one-pass {@link dev.nhncloud.result.ResponseReader}.
     */
    enum Bound {
        POJO, RECORD, LENIENT_POJO, ONE_PASS
    }

    /** For a binding's conformance test, which extends this class. */
    protected ConformanceSuite() {
    }

    /**
     * The binding under test.
     *
     * @return the binding
     */
    protected abstract BindingUnderTest<?> binding();

    /**
     * Every conformance case, in every form and mode.
     *
     * @return one container per case
     */
    @TestFactory
    Stream<DynamicNode> conformance() {
        BindingUnderTest<?> binding = binding();
        return ConformanceCases.all().stream().map(c -> testsOf(binding, c));
    }

    private DynamicNode testsOf(BindingUnderTest<?> binding, Case c) {
        List<DynamicNode> tests = new ArrayList<>();
        for (boolean validate : new boolean[] {false, true}) {
            for (Form form : Form.values()) {
                String name = form + (validate ? " validating" : " early exit");
                tests.add(dynamicTest(name, () -> checkStream(binding, c, form, validate)));
            }
        }
        for (boolean validate : new boolean[] {false, true}) {
            tests.add(dynamicTest("MESSAGES" + (validate ? " validating" : " early exit"), () -> checkMessages(binding, c, validate)));
        }
        tests.add(dynamicTest("TREE", () -> checkTree(binding, c)));
        for (Bound bound : Bound.values()) {
            tests.add(dynamicTest("BOUND " + bound, () -> checkBound(binding, c, bound)));
        }
        tests.add(dynamicTest("BOUND ONE_PASS from bytes in memory", () -> checkOnePassFromBytesInMemory(binding, c)));
        return dynamicContainer(c.name(), tests);
    }

    private static HeaderReader reader(BindingUnderTest<?> binding, ReadOptions options) {
        return HeaderReaders.of(binding.backend(), options);
    }

    private static void checkStream(BindingUnderTest<?> binding, Case c, Form form, boolean validate) {
        Expectation expected = c.expected(validate);
        Optional<String> text = c.text();
        if (form.isText() && text.isEmpty()) {
            assertHasNoText(c);
            return;
        }
        HeaderReader reader = reader(binding, c.options(validate));
        Outcome outcome = Outcome.of(() -> read(reader, form, c.bytes(), text.orElse(null)));
        assertMeets(expected, outcome, c + " [" + form + (validate ? ", validating]" : ", early exit]"));
    }

    /**
     * Core writes every message: whatever the chunks the input comes in, and whatever memory holds
     * it (a whole array, a slice, a buffer of any kind), the byte forms give one outcome with one
     * message, with positions in bytes counted from the body's first byte, and the text forms
     * one, with positions in characters.
     */
    private static void checkMessages(BindingUnderTest<?> binding, Case c, boolean validate) {
        HeaderReader reader = reader(binding, c.options(validate));
        Optional<String> text = c.text();
        List<String> bytes = new ArrayList<>();
        List<String> chars = new ArrayList<>();
        for (Form form : Form.values()) {
            if (form.isText() && text.isEmpty()) {
                continue;
            }
            Outcome outcome = Outcome.of(() -> read(reader, form, c.bytes(), text.orElse(null)));
            // The header, or the exception's type and message.
            (form.isText() ? chars : bytes).add(form + ": " + outcome);
        }
        for (List<String> messages : List.of(bytes, chars)) {
            if (messages.stream().map(m -> m.substring(m.indexOf(": ") + 2)).distinct().count() > 1) {
                throw new AssertionFailedError(c + ": the forms give different messages:\n  " + String.join("\n  ", messages));
            }
        }
        assertTrue(bytes.stream().noneMatch(m -> m.contains("character offset")), () -> c + ": " + bytes);
        assertTrue(chars.stream().noneMatch(m -> m.contains("byte offset")), () -> c + ": " + chars);
    }

    /** Said, not skipped: no text can carry bytes that are not UTF-8; converting them would replace them. */
    private static void assertHasNoText(Case c) {
        assertTrue(new String(c.bytes(), UTF_8).contains("\uFFFD"), "these bytes have no text form");
    }

    private static ResultHeader read(HeaderReader reader, Form form, byte[] bytes, String text) throws IOException {
        switch (form) {
            case BYTES:
                return reader.read(bytes);
            case STREAM:
                return reader.read(new ChunkedInputStream(bytes, 7));
            case STREAM_BYTE_BY_BYTE:
                return reader.read(new ChunkedInputStream(bytes, 1));
            case SLICE:
                byte[] array = BytesInMemory.surrounded(bytes);
                return BytesInMemory.leftAsItWas(array, () -> reader.read(array, BytesInMemory.OFFSET, bytes.length));
            case HEAP_BUFFER:
                return BytesInMemory.leftAsItWas(BytesInMemory.heap(bytes), reader::read);
            case DIRECT_BUFFER:
                return BytesInMemory.leftAsItWas(BytesInMemory.direct(bytes), reader::read);
            case READ_ONLY_BUFFER:
                return BytesInMemory.leftAsItWas(BytesInMemory.readOnly(bytes), reader::read);
            case READER:
                return reader.read(new StringReader(text));
            case READER_CHAR_BY_CHAR:
                return reader.read(new OneCharAtATimeReader(text));
            default:
                return reader.read(text);
        }
    }

    private static <N> void checkTree(BindingUnderTest<N> binding, Case c) {
        Expectation expected = c.expectedOfTree(binding);
        Optional<String> text = c.text().map(ConformanceSuite::withoutByteOrderMark);
        N tree = null;
        Exception refusal = null;
        if (text.isPresent()) {
            try {
                tree = Objects.requireNonNull(binding.parseTree(text.get()), "parseTree returned null");
            } catch (Exception e) {
                refusal = e;
            }
        }
        if (expected.noTree() != null || tree == null) {
            // The library refusing the text is the tree's MALFORMED_JSON, or a limit of its own
            // (Gson cannot hold a number literal of 1,024 characters).
            boolean refusalExpected = expected.noTree() != null || expected.reason() == Reason.MALFORMED_JSON
                    || expected.reason() == Reason.TOO_LONG;
            String actual = tree == null ? "the library refused the text: " + refusal : "the library built a tree";
            assertTrue(refusalExpected && tree == null, () -> c + " [TREE]: expected " + expected + ", but " + actual);
            return;
        }
        N built = tree;
        assertMeets(expected, Outcome.of(() -> binding.readTree(built, c.options(true))), c + " [TREE]");
    }

    private static void checkBound(BindingUnderTest<?> binding, Case c, Bound bound) {
        Optional<String> text = c.text().map(ConformanceSuite::withoutByteOrderMark);
        if (text.isEmpty()) {
            assertHasNoText(c);
            return;
        }
        ResultHeader withoutDepthLimit = readWithoutDepthLimit(binding, c);
        Expectation expected = bound == Bound.ONE_PASS ? c.expectedOfOnePass(withoutDepthLimit) : c.expectedOfBound(withoutDepthLimit);
        if (bound == Bound.LENIENT_POJO) {
            if (c.isStrictInsideHeader()) {
                expected = Expectation.fails(Reason.MALFORMED_JSON);
            } else if (!expected.isExact()) {
                // Said, not skipped: what a lenient mapper accepts outside the header is the
                // application's choice; the hook's strictness inside it is what is checked here.
                assertFalse(c.isStrictInsideHeader());
                return;
            }
        }
        ReadOptions options = c.options(false);
        String json = text.get();
        Outcome outcome = Outcome.of(bindingRead(binding, bound, json, options));
        if (!expected.matchesBound(outcome)) {
            throw new AssertionFailedError(c + " [BOUND " + bound + "]: expected " + expected + " but was " + outcome,
                    expected.toString(), outcome.toString(), outcome.failure());
        }
    }

    private static Callable<ResultHeader> bindingRead(BindingUnderTest<?> binding, Bound bound, String json, ReadOptions options) {
        return () -> {
            switch (bound) {
                case POJO:
                    return headerOf(binding.bind(json, Responses.Pojo.class, options), r -> r.header);
                case RECORD:
                    return headerOf(binding.bind(json, Responses.Record.class, options), Responses.Record::header);
                case LENIENT_POJO:
                    return headerOf(binding.bindLeniently(json, Responses.Pojo.class, options), r -> r.header);
                default:
                    return onePass(binding, json, options);
            }
        };
    }

    /**
     * The one-pass reader's outcome as a header: the header of the response it hands over, which
     * must be a success or a partial success, or the header of the failure it refused.
     */
    private static ResultHeader onePass(BindingUnderTest<?> binding, String json, ReadOptions options) {
        return onePass(() -> binding.responseReader(options).read(json, Responses.Record.class));
    }

    private static ResultHeader onePass(Supplier<Responses.Record> read) {
        Responses.Record response;
        try {
            response = read.get();
        } catch (ComputeApiException e) {
            return e.header();
        }
        ResultHeader header = headerOf(response, Responses.Record::header);
        if (header.verdict() == Verdict.FAILURE) {
            throw new AssertionFailedError("the one-pass reader handed over the body of a failed call: " + header);
        }
        return header;
    }

    /**
     * The one-pass reader reads a slice and every kind of buffer as it reads the array: the same
     * response, or the same refusal with the same message, whatever the bytes (those that are not
     * UTF-8 included); and from the array it gives what it gives from the text.
     */
    private static void checkOnePassFromBytesInMemory(BindingUnderTest<?> binding, Case c) {
        ResponseReader reader = binding.responseReader(c.options(false));
        Outcome fromArray = null;
        List<String> outcomes = new ArrayList<>();
        for (Form form : Form.values()) {
            if (form.isInMemoryBytes()) {
                Outcome outcome = Outcome.of(() -> onePass(() -> readResponse(reader, form, c.bytes())));
                fromArray = fromArray == null ? outcome : fromArray;
                outcomes.add(form + ": " + outcome);
            }
        }
        if (outcomes.stream().map(o -> o.substring(o.indexOf(": ") + 2)).distinct().count() > 1) {
            throw new AssertionFailedError(c + ": the one-pass reader's forms give different outcomes:\n  " + String.join("\n  ", outcomes));
        }
        if (c.text().isPresent()) {
            Expectation expected = c.expectedOfOnePass(readWithoutDepthLimit(binding, c));
            if (!expected.matchesBound(fromArray)) {
                throw new AssertionFailedError(c + " [BOUND ONE_PASS from byte[]]: expected " + expected + " but was " + fromArray,
                        expected.toString(), fromArray.toString(), fromArray.failure());
            }
        }
    }

    private static Responses.Record readResponse(ResponseReader reader, Form form, byte[] bytes) {
        switch (form) {
            case BYTES:
                return reader.read(bytes, Responses.Record.class);
            case SLICE:
                byte[] array = BytesInMemory.surrounded(bytes);
                return BytesInMemory.leftAsItWas(array, () -> reader.read(array, BytesInMemory.OFFSET, bytes.length, Responses.Record.class));
            case HEAP_BUFFER:
                return BytesInMemory.leftAsItWas(BytesInMemory.heap(bytes), b -> reader.read(b, Responses.Record.class));
            case DIRECT_BUFFER:
                return BytesInMemory.leftAsItWas(BytesInMemory.direct(bytes), b -> reader.read(b, Responses.Record.class));
            case READ_ONLY_BUFFER:
                return BytesInMemory.leftAsItWas(BytesInMemory.readOnly(bytes), b -> reader.read(b, Responses.Record.class));
            default:
                throw new IllegalArgumentException(form + " is not bytes in memory");
        }
    }

    private static <T> ResultHeader headerOf(T response, java.util.function.Function<T, ResultHeader> header) {
        if (response == null) {
            throw new NothingBound();
        }
        // A hook that lets a document without a valid header bind is the failure this checks for.
        return Objects.requireNonNull(header.apply(response), "the hook bound a response without a header and raised nothing");
    }

    /** The library bound nothing at all (Gson, for an empty document): a refusal, not a header. */
    static final class NothingBound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NothingBound() {
            super("the library bound no value");
        }
    }

    private static ResultHeader readWithoutDepthLimit(BindingUnderTest<?> binding, Case c) {
        ReadOptions unlimited = c.options(true).toBuilder().maxDepth(Integer.MAX_VALUE).build();
        return Outcome.of(() -> reader(binding, unlimited).read(c.bytes())).header();
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

    /**
     * {@link AnyBytes} over every case and mutations of the short ones: the tree and the hook
     * agree with the stream, and never misread a failure, whatever the bytes.
     *
     * @return one test per case
     */
    @TestFactory
    Stream<DynamicNode> anyBytes() {
        BindingUnderTest<?> binding = binding();
        List<Case> cases = ConformanceCases.all();
        List<DynamicNode> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<byte[]> inputs = new ArrayList<>();
            inputs.add(c.bytes());
            if (c.bytes().length <= 4096) {
                inputs.addAll(Mutations.of(c.bytes(), i, 6));
            }
            tests.add(dynamicTest(c.name() + " and " + (inputs.size() - 1) + " mutations", () -> {
                for (byte[] input : inputs) {
                    AnyBytes.treeAndHookAgreeWithTheStream(binding, input);
                }
            }));
        }
        for (Path finding : KitFindings.files()) {
            tests.add(dynamicTest("finding " + finding.getFileName(),
                    () -> AnyBytes.treeAndHookAgreeWithTheStream(binding, Files.readAllBytes(finding))));
        }
        return tests.stream().map(DynamicNode.class::cast);
    }

    /**
     * A tree's location in a message is built from member names, which are input: escaped and cut
     * like any quoted input, in every plane.
     */
    @Test
    void treeLocationsBuiltFromHostileNamesAreSafeToLog() throws Exception {
        checkTreeLocations(binding());
    }

    private static <N> void checkTreeLocations(BindingUnderTest<N> binding) throws Exception {
        List<String> names = List.of("a\r\n2026-12-01 INFO forged line", "\u202Eevil\u202C", "tag\uDB40\uDC41\uDB40\uDC7F",
                "\uDBFF\uDFFF\uE000", ("\u0007\u2028\u200B\uD83D\uDE00" + "x".repeat(30)).repeat(8));
        for (String name : names) {
            String member = LogSafeText.quote(name, Integer.MAX_VALUE);
            N tree = binding.parseTree("{" + member + ":{" + member + ":[[[[1]]]]}," + ConformanceCases.HEADER + "}");
            MalformedResponseException e = org.junit.jupiter.api.Assertions.assertThrows(MalformedResponseException.class,
                    () -> binding.readTree(tree, ReadOptions.builder().maxDepth(4).build()));
            assertEquals(Reason.TOO_DEEP, e.reason());
            String message = e.getMessage();
            for (int i = 0; i < message.length(); i += Character.charCount(message.codePointAt(i))) {
                int codePoint = message.codePointAt(i);
                assertFalse(LogSafeText.isUnsafe(codePoint), () -> String.format("raw U+%04X in %s", codePoint, message));
            }
            assertTrue(message.length() < 100 * 12 + 200, () -> "the location is cut: " + message.length() + " characters");
        }
    }

    /** Early exit: a header first in an endless body is read, and only the start of the body is consumed. */
    @Test
    void earlyExitReadsOnlyTheStartOfAnEndlessBody() throws IOException {
        EndlessInstanceList body = new EndlessInstanceList("{" + ConformanceCases.HEADER + ",\"instances\":[");
        ResultHeader header = reader(binding(), ReadOptions.defaults()).read(body);
        assertEquals(ConformanceCases.SUCCESS, header);
        assertTrue(body.consumed() <= 64 * 1024, "consumed " + body.consumed() + " bytes");
    }

    /**
     * Early exit never waits: once the header's closing brace has arrived, the read returns
     * without asking the stream for more, also after a long string that made the library's
     * buffer grow. The stream fails the test if asked for bytes it does not have.
     *
     * @return one test per body and form
     */
    @TestFactory
    Stream<DynamicNode> earlyExitNeverWaitsForBytesAfterTheHeader() {
        BindingUnderTest<?> binding = binding();
        List<String> starts = List.of(
                "{" + ConformanceCases.HEADER,
                "{\"s\":\"" + "x".repeat(20_000) + "\"," + ConformanceCases.HEADER,
                "{\"a\":[" + "{\"id\":\"0f3c9a\",\"ram\":4096},".repeat(2_000) + "0]," + ConformanceCases.HEADER);
        List<DynamicNode> tests = new ArrayList<>();
        for (String start : starts) {
            String name = start.length() + " characters before the body stalls";
            tests.add(dynamicTest("stream, " + name, () -> assertEquals(ConformanceCases.SUCCESS,
                    reader(binding, ReadOptions.defaults()).read(StallingInput.stream(start)))));
            tests.add(dynamicTest("reader, " + name, () -> assertEquals(ConformanceCases.SUCCESS,
                    reader(binding, ReadOptions.defaults()).read(StallingInput.reader(start)))));
        }
        return tests.stream().map(DynamicNode.class::cast);
    }

    /**
     * The one-pass reader refuses a failed header that comes first after reading the header
     * only, and hands over a successful response from a stream; a class without a header is
     * refused before anything is read.
     */
    @Test
    void onePassRefusesAFailedHeaderBeforeTheBody() throws IOException {
        BindingUnderTest<?> binding = binding();
        dev.nhncloud.result.ResponseReader reader = binding.responseReader(ReadOptions.defaults());
        EndlessInstanceList endless = new EndlessInstanceList(
                "{" + ConformanceCases.header("false", "-3", "\"Permission denied\"") + ",\"instances\":[");
        ComputeApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ComputeApiException.class,
                () -> reader.read(endless, Responses.Record.class));
        assertEquals(ResultHeader.of(false, -3, "Permission denied"), refused.header());
        assertTrue(endless.consumed() <= 64 * 1024, "consumed " + endless.consumed() + " bytes");
        byte[] body = ("{" + ConformanceCases.HEADER + ",\"instances\":[{\"id\":\"a\"},{\"id\":\"b\"}]}").getBytes(UTF_8);
        Responses.Pojo pojo = reader.read(new ChunkedInputStream(body, 3), Responses.Pojo.class);
        assertEquals(ConformanceCases.SUCCESS, pojo.header);
        assertEquals(2, pojo.instances.size());
        assertEquals(binding.backend().name(), reader.binding());
        CountingInputStream untouched = new CountingInputStream(new ByteArrayInputStream(body));
        IllegalArgumentException noHeader = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> reader.read(untouched, String.class));
        assertEquals(0, untouched.consumed(), "a class without a header is refused before the body is read");
        assertEquals("java.lang.String has no ResultHeader property named \"header\": a response reader checks a header",
                noHeader.getMessage(), "worded by core, as in every binding");
        assertTrue(reader.binds(Responses.Record.class) && reader.binds(Responses.Pojo.class), "response classes are bound");
        assertFalse(reader.binds(String.class) || reader.binds(Object.class), "classes without a header are not");
    }

    /**
     * A read of bytes in memory copies none of them: a header-first read of a 16 MB slice, heap,
     * direct or read-only buffer allocates on its thread less than {@value #NO_COPY_BOUND} bytes
     * (the reader's own objects and the library's buffers), and so does the one-pass reader
     * refusing a failed header that comes first, where copying the input would allocate 16 MB.
     * The measure sees a copy: reading a copy of the slice is seen to allocate its size. Each
     * figure is the least of a few reads after a warm-up, so that it does not depend on the JIT.
     */
    @Test
    void aHeaderFirstReadCopiesNoneOfTheBytesInMemory() {
        int size = 16 << 20;
        byte[] success = BytesInMemory.surrounded(EndlessInstanceList.ofSize("{" + ConformanceCases.HEADER + ",\"instances\":[", size));
        byte[] failure = BytesInMemory.surrounded(EndlessInstanceList.ofSize(
                "{" + ConformanceCases.header("false", "-3", "\"Permission denied\"") + ",\"instances\":[", size));
        ByteBuffer heap = ByteBuffer.wrap(success, BytesInMemory.OFFSET, size);
        ByteBuffer direct = ByteBuffer.allocateDirect(size).put(heap.duplicate()).flip();
        ByteBuffer failureDirect = ByteBuffer.allocateDirect(size).put(ByteBuffer.wrap(failure, BytesInMemory.OFFSET, size)).flip();
        HeaderReader reader = reader(binding(), ReadOptions.defaults());
        ResponseReader responses = binding().responseReader(ReadOptions.defaults());
        Map<String, Supplier<?>> reads = new LinkedHashMap<>();
        reads.put("a 16 MB slice", () -> reader.read(success, BytesInMemory.OFFSET, size));
        reads.put("a 16 MB heap buffer", () -> reader.read(heap));
        reads.put("a 16 MB direct buffer", () -> reader.read(direct));
        reads.put("a 16 MB read-only buffer", () -> reader.read(heap.asReadOnlyBuffer()));
        reads.put("a one-pass refusal of a 16 MB slice", () -> refusal(() -> responses.read(failure, BytesInMemory.OFFSET, size, Responses.Record.class)));
        reads.put("a one-pass refusal of a 16 MB direct buffer", () -> refusal(() -> responses.read(failureDirect, Responses.Record.class)));
        for (Map.Entry<String, Supplier<?>> read : reads.entrySet()) {
            long allocated = leastAllocatedBy(read.getValue());
            assertTrue(allocated < NO_COPY_BOUND, () -> read.getKey() + " allocated " + allocated + " bytes");
        }
        long before = threadMemory().getCurrentThreadAllocatedBytes();
        reader.read(java.util.Arrays.copyOfRange(success, BytesInMemory.OFFSET, BytesInMemory.OFFSET + size));
        long copied = threadMemory().getCurrentThreadAllocatedBytes() - before;
        assertTrue(copied >= size, () -> "reading a copy allocated only " + copied + " bytes: the measure does not see a copy");
        assertEquals(ConformanceCases.SUCCESS, reader.read(direct));
        assertEquals(ResultHeader.of(false, -3, "Permission denied"), refusal(() -> responses.read(failureDirect, Responses.Record.class)));
    }

    /**
     * A slice that does not lie within its array, or no body at all, is refused before anything
     * is read, by the streaming and the one-pass reader alike, naming what is wrong.
     */
    @Test
    void badSlicesAndMissingBodiesAreRefusedNamingThem() {
        HeaderReader reader = reader(binding(), ReadOptions.defaults());
        ResponseReader responses = binding().responseReader(ReadOptions.defaults());
        byte[] body = ConformanceCases.DOCUMENT.getBytes(UTF_8);
        for (int[] slice : new int[][] {{-1, 1}, {0, -1}, {1, body.length}, {body.length + 1, 0}, {Integer.MAX_VALUE, 2}}) {
            String expected = "offset " + slice[0] + " and length " + slice[1] + " do not lie within the body's " + body.length + " bytes";
            assertEquals(expected, org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                    () -> reader.read(body, slice[0], slice[1])).getMessage());
            assertEquals(expected, org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                    () -> responses.read(body, slice[0], slice[1], Responses.Record.class)).getMessage());
        }
        List<org.junit.jupiter.api.function.Executable> missing = List.of(
                () -> reader.read((byte[]) null, 0, 0),
                () -> reader.read((ByteBuffer) null),
                () -> responses.read((byte[]) null, 0, 0, Responses.Record.class),
                () -> responses.read((ByteBuffer) null, Responses.Record.class));
        for (org.junit.jupiter.api.function.Executable read : missing) {
            assertEquals("body", org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, read).getMessage());
        }
        assertEquals(ConformanceCases.SUCCESS, reader.read(body, 0, body.length));
        assertEquals(ConformanceCases.SUCCESS, responses.read(ByteBuffer.wrap(body), Responses.Record.class).header());
    }

    /**
     * Positions in messages count from the first byte of the slice or of the buffer's remaining
     * bytes, whatever lies before them: the message for a slice or a buffer is the message for a
     * copy of its bytes ({@code Arrays.copyOfRange}), and names the offset of the problem within
     * them. So for a fault in the JSON, for bytes that are not UTF-8, after a byte order mark
     * (which the offset counts, as for an array), and past the first 65,536 bytes (the whole
     * slice is kept for positions, as an array is); through the streaming and the one-pass reader.
     */
    @Test
    void positionsCountFromTheFirstByteOfTheSliceOrBuffer() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String literal = "{\"header\":{\"isSuccessful\":tru}}";
        String far = "{\"s\":\"" + "x".repeat(100_000) + "\",\"header\":{\"isSuccessful\":tru}}";
        byte[] notUtf8 = join(("{" + ConformanceCases.header("true", "0", "\"SUCC")).getBytes(UTF_8),
                new byte[] {(byte) 0xC3, '('}, "ESS\"}}".getBytes(UTF_8));
        Map<byte[], Integer> faults = new LinkedHashMap<>();
        faults.put(literal.getBytes(UTF_8), literal.indexOf("tru}") + 3);
        faults.put(join(bom, literal.getBytes(UTF_8)), bom.length + literal.indexOf("tru}") + 3);
        faults.put(far.getBytes(UTF_8), far.indexOf("tru}") + 3);
        faults.put(notUtf8, notUtf8.length - "(ESS\"}}".length() - 1);
        HeaderReader reader = reader(binding(), ReadOptions.defaults());
        ResponseReader responses = binding().responseReader(ReadOptions.defaults());
        for (Map.Entry<byte[], Integer> fault : faults.entrySet()) {
            byte[] array = BytesInMemory.surrounded(fault.getKey());
            int length = fault.getKey().length;
            byte[] copy = java.util.Arrays.copyOfRange(array, BytesInMemory.OFFSET, BytesInMemory.OFFSET + length);
            String expected = messageOf(() -> reader.read(copy));
            assertTrue(expected.contains("(byte offset " + fault.getValue() + ")"), () -> "not at byte " + fault.getValue() + ": " + expected);
            Map<String, Callable<?>> forms = new LinkedHashMap<>();
            forms.put("a slice", () -> reader.read(array, BytesInMemory.OFFSET, length));
            forms.put("a heap buffer", () -> reader.read(ByteBuffer.wrap(array, BytesInMemory.OFFSET, length)));
            forms.put("a direct buffer", () -> reader.read(BytesInMemory.direct(copy)));
            forms.put("a read-only buffer", () -> reader.read(BytesInMemory.readOnly(copy)));
            String expectedOnePass = messageOf(() -> responses.read(copy, Responses.Record.class));
            forms.put("a one-pass slice", () -> responses.read(array, BytesInMemory.OFFSET, length, Responses.Record.class));
            forms.put("a one-pass heap buffer", () -> responses.read(ByteBuffer.wrap(array, BytesInMemory.OFFSET, length), Responses.Record.class));
            forms.put("a one-pass direct buffer", () -> responses.read(BytesInMemory.direct(copy), Responses.Record.class));
            forms.put("a one-pass read-only buffer", () -> responses.read(BytesInMemory.readOnly(copy), Responses.Record.class));
            for (Map.Entry<String, Callable<?>> form : forms.entrySet()) {
                assertEquals(form.getKey().startsWith("a one-pass") ? expectedOnePass : expected, messageOf(form.getValue()), form.getKey());
            }
        }
    }

    /** The message of the {@link MalformedResponseException} a read throws, failing if it throws none. */
    private static String messageOf(Callable<?> read) {
        try {
            throw new AssertionFailedError("read, not refused: " + read.call());
        } catch (MalformedResponseException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionFailedError("refused with " + e + ", not a MalformedResponseException", e);
        }
    }

    private static byte[] join(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    /** The most a read of bytes in memory may allocate. */
    private static final long NO_COPY_BOUND = 64 * 1024;

    /** The header a one-pass read refused, failing if it handed over a body instead. */
    private static ResultHeader refusal(Supplier<Responses.Record> read) {
        try {
            throw new AssertionFailedError("the one-pass reader handed over the body of a failed call: " + read.get());
        } catch (ComputeApiException e) {
            return e.header();
        }
    }

    /** The fewest bytes a read allocates on this thread, of five after fifty to warm up. */
    private static long leastAllocatedBy(Supplier<?> read) {
        com.sun.management.ThreadMXBean threads = threadMemory();
        for (int i = 0; i < 50; i++) {
            read.get();
        }
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            read.get();
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        return least;
    }

    private static com.sun.management.ThreadMXBean threadMemory() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM does not measure the memory a thread allocates");
        return threads;
    }

    /**
     * A one-pass reader reads a header inside the body with its own options too, whether or not
     * the application's mapper already had the hook: a nested message past the reader's limit is
     * refused, not bound.
     */
    @Test
    void onePassReadsNestedHeadersWithItsOptions() {
        BindingUnderTest<?> binding = binding();
        ReadOptions shortMessages = ReadOptions.builder().maxMessageLength(8).build();
        String json = "{" + ConformanceCases.HEADER + ",\"inner\":{"
                + ConformanceCases.header("true", "0", "\"longer than eight\"") + "}}";
        Responses.Nested read = binding.responseReader(ReadOptions.defaults()).read(json, Responses.Nested.class);
        assertEquals("longer than eight", read.inner().header().resultMessage());
        MalformedResponseException refused = org.junit.jupiter.api.Assertions.assertThrows(MalformedResponseException.class,
                () -> binding.responseReader(shortMessages).read(json, Responses.Nested.class));
        assertEquals(Reason.TOO_LONG, refused.reason());
    }

    /**
     * A body cut off deep inside, after a good header, is malformed JSON in every binding, not
     * the mapper's own exception: the application catches one type for a broken response.
     */
    @Test
    void onePassRefusesABodyCutOffInsideANestedValue() {
        BindingUnderTest<?> binding = binding();
        String json = "{" + ConformanceCases.HEADER + ",\"instances\":[{\"id\":\"a\",\"tags\":[\"x\"";
        MalformedResponseException refused = org.junit.jupiter.api.Assertions.assertThrows(MalformedResponseException.class,
                () -> binding.responseReader(ReadOptions.defaults()).read(json, Responses.Pojo.class));
        assertEquals(Reason.MALFORMED_JSON, refused.reason());
    }

    /**
     * Nothing a read leaves behind keeps the application's class loader alive: the binding and its
     * library are loaded in a throwaway loader, read on a thread that lives on (as an application
     * server's pool does), and once the loader is dropped it is collected. A {@code ThreadLocal} of
     * the SDK's, or of the library's that the SDK fills, would keep it.
     */
    @Test
    void nothingOutlivesAReadOnAPooledThread() throws Exception {
        String name = binding().backend().name();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.lang.ref.WeakReference<ClassLoader> dropped = readInThrowawayLoader(name, pool);
            for (int i = 0; i < 100 && dropped.get() != null; i++) {
                System.gc();
                Thread.sleep(20);
            }
            assertTrue(dropped.get() == null, "the throwaway class loader is still reachable after the reads on a pooled thread");
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.lang.ref.WeakReference<ClassLoader> readInThrowawayLoader(String name,
            java.util.concurrent.ExecutorService pool) throws Exception {
        java.net.URLClassLoader loader = ThrowawayLoader.create();
        String header = pool.submit(() -> {
            Thread thread = Thread.currentThread();
            thread.setContextClassLoader(loader);
            try {
                Object reader = loader.loadClass(HeaderReaders.class.getName()).getMethod("named", String.class).invoke(null, name);
                java.lang.reflect.Method bytes = loader.loadClass(HeaderReader.class.getName()).getMethod("read", byte[].class);
                java.lang.reflect.Method text = loader.loadClass(HeaderReader.class.getName()).getMethod("read", String.class);
                String last = "{\"instances\":[" + "{\"id\":\"x\"},".repeat(5_000) + "{}]," + ConformanceCases.HEADER + "}";
                bytes.invoke(reader, (Object) last.getBytes(UTF_8));
                text.invoke(reader, last);
                text.invoke(reader, ConformanceCases.DOCUMENT);
                return String.valueOf(bytes.invoke(reader, (Object) ConformanceCases.DOCUMENT.getBytes(UTF_8)));
            } finally {
                thread.setContextClassLoader(null);
            }
        }).get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(ConformanceCases.SUCCESS.toString(), header);
        loader.close();
        return new java.lang.ref.WeakReference<>(loader);
    }

    /** Validation reads a body to its end. */
    @Test
    void validationReadsToTheEnd() throws IOException {
        byte[] body = ("{" + ConformanceCases.HEADER + ",\"instances\":[" + "{\"id\":\"x\"},".repeat(50_000) + "{}]}")
                .getBytes(UTF_8);
        CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(body));
        ReadOptions validate = ReadOptions.builder().validateDocument(true).build();
        assertEquals(ConformanceCases.SUCCESS, reader(binding(), validate).read(in));
        assertEquals(body.length, in.consumed());
    }

    /** The reader reports its binding and options. */
    @Test
    void readerReportsItsBindingAndOptions() {
        ReadOptions options = ReadOptions.builder().maxDepth(7).build();
        HeaderReader reader = reader(binding(), options);
        assertEquals(binding().backend().name(), reader.binding());
        assertEquals(options, reader.options());
    }

    /** Applications find the backend with ServiceLoader, by its name. */
    @Test
    void serviceLoaderFindsTheBackend() {
        JsonBackend backend = binding().backend();
        String name = backend.name();
        assertEquals(name.toLowerCase(java.util.Locale.ROOT), name, "names are lower case");
        assertTrue(ServiceLoader.load(JsonBackend.class).stream().anyMatch(p -> p.type() == backend.getClass()),
                () -> backend.getClass().getName() + " is not registered in META-INF/services/" + JsonBackend.class.getName());
        assertTrue(HeaderReaders.available().contains(name), () -> "available: " + HeaderReaders.available());
        assertEquals(name, HeaderReaders.named(name).binding());
        assertEquals(ReadOptions.builder().validateDocument(true).build(),
                HeaderReaders.named(name, ReadOptions.builder().validateDocument(true).build()).options());
    }

    /**
     * The binding's module descriptor: it requires core and its library only, exports its own
     * packages (never core's), and provides the backend.
     */
    @Test
    void moduleDescriptorProvidesTheBackend() throws URISyntaxException {
        JsonBackend backend = binding().backend();
        Path classes = Path.of(backend.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<ModuleReference> found = ModuleFinder.of(classes).findAll();
        assertEquals(1, found.size(), () -> classes + " holds " + found);
        ModuleDescriptor descriptor = found.iterator().next().descriptor();
        assertFalse(descriptor.isAutomatic(), () -> classes + " has no module-info.class");
        Set<String> requires = descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
        Set<String> allowed = new HashSet<>(binding().libraryModules());
        allowed.add("java.base");
        allowed.add("dev.nhncloud.result");
        assertTrue(requires.contains("dev.nhncloud.result"), () -> "requires " + requires);
        assertTrue(allowed.containsAll(requires), () -> "requires " + requires + ", allowed " + allowed);
        for (ModuleDescriptor.Exports export : descriptor.exports()) {
            assertTrue(export.source().startsWith(descriptor.name()), () -> "exports " + export.source());
            assertFalse(export.isQualified(), () -> "exports " + export + " to some modules only");
        }
        List<ModuleDescriptor.Provides> provides = descriptor.provides().stream()
                .filter(p -> p.service().equals(JsonBackend.class.getName())).collect(Collectors.toList());
        assertEquals(1, provides.size(), () -> "provides " + descriptor.provides());
        assertEquals(List.of(backend.getClass().getName()), provides.get(0).providers());
    }

    /**
     * JSONTestSuite: every file as the whole body and as a member before a header.
     *
     * @return one container per file
     */
    @TestFactory
    Stream<DynamicNode> jsonTestSuite() {
        BindingUnderTest<?> binding = binding();
        return Corpus.files("jsontestsuite").map(files -> files.map(file -> jsonTestSuiteFile(binding, file)))
                .orElseGet(() -> Stream.of(Corpus.absent("jsontestsuite")));
    }

    private static DynamicNode jsonTestSuiteFile(BindingUnderTest<?> binding, Path file) {
        String name = file.getFileName().toString();
        List<DynamicTest> tests = new ArrayList<>();
        for (boolean validate : new boolean[] {false, true}) {
            String mode = validate ? " validating" : " early exit";
            tests.add(dynamicTest("as the body" + mode,
                    () -> checkSuiteFile(binding, name, Files.readAllBytes(file), false, validate)));
            tests.add(dynamicTest("as a member before the header" + mode,
                    () -> checkSuiteFile(binding, name, Files.readAllBytes(file), true, validate)));
        }
        return dynamicContainer(name, tests);
    }

    private static void checkSuiteFile(BindingUnderTest<?> binding, String name, byte[] content, boolean asMember, boolean validate) {
        byte[] body = asMember ? Corpus.asMemberBeforeHeader(content) : content;
        HeaderReader reader = reader(binding, ReadOptions.builder().validateDocument(validate).build());
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
     * The provider's own documented responses: every one is a success, in every form and mode,
     * as a tree and through the data-binding hook.
     *
     * @return one container per example
     */
    @TestFactory
    Stream<DynamicNode> providerExamples() {
        BindingUnderTest<?> binding = binding();
        return Corpus.files("nhn-compute-docs").map(files -> files.map(file -> providerExample(binding, file)))
                .orElseGet(() -> Stream.of(Corpus.absent("nhn-compute-docs")));
    }

    private static <N> DynamicNode providerExample(BindingUnderTest<N> binding, Path file) {
        List<DynamicTest> tests = new ArrayList<>();
        String name = file.getFileName().toString();
        for (boolean validate : new boolean[] {false, true}) {
            for (Form form : Form.values()) {
                tests.add(dynamicTest(form + (validate ? " validating" : " early exit"), () -> {
                    byte[] bytes = Files.readAllBytes(file);
                    HeaderReader reader = reader(binding, ReadOptions.builder().validateDocument(validate).build());
                    assertMeets(Expectation.header(ConformanceCases.SUCCESS),
                            Outcome.of(() -> read(reader, form, bytes, new String(bytes, UTF_8))), name);
                }));
            }
        }
        tests.add(dynamicTest("TREE", () -> {
            N tree = binding.parseTree(withoutByteOrderMark(Files.readString(file)));
            assertMeets(Expectation.header(ConformanceCases.SUCCESS),
                    Outcome.of(() -> binding.readTree(tree, ReadOptions.defaults())), name + " [TREE]");
        }));
        for (Bound bound : Bound.values()) {
            tests.add(dynamicTest("BOUND " + bound, () -> {
                String json = withoutByteOrderMark(Files.readString(file));
                Outcome outcome = Outcome.of(bindingRead(binding, bound, json, ReadOptions.defaults()));
                assertMeets(Expectation.header(ConformanceCases.SUCCESS), outcome, name + " [BOUND " + bound + "]");
            }));
        }
        return dynamicContainer(name, tests);
    }
}
