package dev.nhncloud.result.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.conformance.ChunkedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fuzz targets: what must hold for any bytes at all. The {@code @FuzzTest}s call these, and
 * so do ordinary tests over the shared corpora and the conformance cases.
 *
 * <p>For any input, in every input form ({@code byte[]}, an {@code InputStream} whole or a byte
 * at a time, and, for text, a {@code String} and a {@code Reader} whole or a character at a
 * time), in both modes (early exit, document validation), with the default limits and with
 * small ones:
 * <ul>
 * <li>a read gives a header or throws {@link MalformedResponseException}; anything else (another
 *     exception, an {@link Error}, a hang) is a finding;</li>
 * <li>every form gives the same answer (the same header, or the same reason);</li>
 * <li>early exit and validation agree on the part both read: a header validation accepts is the
 *     one early exit returns, and a document early exit refuses, validation refuses for the same
 *     reason (the first problem in reading order);</li>
 * <li>the message of every refusal, the {@code toString()} of every header and the message of
 *     its {@link ComputeApiException} are safe to log, and a message quotes at most 100
 *     characters of input.</li>
 * </ul>
 * The differential target feeds the same bytes to every binding present and requires one answer.
 * The libraries' trees and data-binding hooks are held to the stream's answer by each binding's
 * conformance kit ({@code dev.nhncloud.result.conformance}), which has the binding's fixture.
 */
final class FuzzTargets {

    /** The defaults, and limits small enough for short inputs to reach them. */
    static final List<ReadOptions> LIMITS = List.of(
            ReadOptions.defaults(),
            ReadOptions.builder().maxDepth(4).maxMessageLength(8).build());

    private static final Map<Binding, List<HeaderReader[]>> READERS = new LinkedHashMap<>();

    static {
        for (Binding binding : Binding.ALL) {
            List<HeaderReader[]> byLimits = new ArrayList<>();
            for (ReadOptions limits : LIMITS) {
                byLimits.add(new HeaderReader[] {
                    binding.reader(limits.toBuilder().validateDocument(false).build()),
                    binding.reader(limits.toBuilder().validateDocument(true).build())});
            }
            READERS.put(binding, byLimits);
        }
    }

    private FuzzTargets() {
    }

    /** Everything one binding must do right with these bytes. */
    static void binding(Binding binding, byte[] data) {
        Input input = new Input(data);
        for (int limits = 0; limits < LIMITS.size(); limits++) {
            HeaderReader[] readers = READERS.get(binding).get(limits);
            Read early = readAllForms(readers[0], input);
            Read validated = readAllForms(readers[1], input);
            checkModesAgree(binding + " " + readers[0].options(), early, validated, input);
        }
    }

    /** The same bytes, every binding, the same answer. */
    static void agreement(byte[] data) {
        Input input = new Input(data);
        for (int limits = 0; limits < LIMITS.size(); limits++) {
            for (int mode = 0; mode < 2; mode++) {
                List<Read> reads = new ArrayList<>();
                for (Binding binding : Binding.ALL) {
                    HeaderReader reader = READERS.get(binding).get(limits)[mode];
                    reads.add(Read.of(binding + " byte[]", () -> reader.read(data)));
                    reads.add(Read.of(binding + " stream/1", () -> reader.read(new ChunkedInputStream(data, 1))));
                    if (input.text != null) {
                        reads.add(Read.of(binding + " String", () -> reader.read(input.text)));
                    }
                }
                check(input, reads, "the bindings disagree (" + READERS.get(Binding.ALL.get(0)).get(limits)[mode].options() + ")");
            }
        }
    }

    /** Reads in every form, checks each outcome and that all agree, and returns the byte[] outcome. */
    private static Read readAllForms(HeaderReader reader, Input input) {
        List<Read> reads = new ArrayList<>();
        byte[] data = input.bytes;
        reads.add(Read.of("byte[]", () -> reader.read(data)));
        reads.add(Read.of("stream", () -> reader.read(new ByteArrayInputStream(data))));
        reads.add(Read.of("stream/1", () -> reader.read(new ChunkedInputStream(data, 1))));
        if (input.text != null) {
            reads.add(Read.of("String", () -> reader.read(input.text)));
            reads.add(Read.of("Reader", () -> reader.read(new StringReader(input.text))));
            reads.add(Read.of("Reader/1", () -> reader.read(new OneCharReader(input.text))));
            check(input, reads, reader.binding() + " " + reader.options() + ": the input forms disagree");
        } else {
            check(input, reads, reader.binding() + " " + reader.options() + ": the byte forms disagree");
            // Not UTF-8: the text forms read what a lenient decoder made of it, and must agree with each other.
            String replaced = new String(data, UTF_8);
            check(input, List.of(
                    Read.of("String (replaced)", () -> reader.read(replaced)),
                    Read.of("Reader (replaced)", () -> reader.read(new StringReader(replaced)))),
                    reader.binding() + " " + reader.options() + ": the text forms disagree");
        }
        return reads.get(0);
    }

    /** Every read is allowed and safe to log, and all give the same answer. */
    private static void check(Input input, List<Read> reads, String disagreement) {
        for (Read read : reads) {
            checkAllowed(read, input);
        }
        Read first = reads.get(0);
        for (Read read : reads) {
            if (!read.sameAs(first)) {
                throw new AssertionError(disagreement + ":\n" + describe(reads) + "\ninput: " + input);
            }
        }
    }

    /** A header or a reasoned refusal, both safe to log; any other failure is rethrown as it is, for its own stack trace. */
    private static void checkAllowed(Read read, Input input) {
        if (read.isHeader()) {
            checkHeader(read.header(), read.form(), input);
        } else if (read.isRefusal()) {
            checkRefusal((MalformedResponseException) read.failure(), read.form(), input);
        } else if (read.failure() != null) {
            throw Finding.unexpected(read.form(), read.failure());
        } else {
            throw new AssertionError(read.form() + ": a read returned null; input: " + input);
        }
    }

    private static void checkHeader(ResultHeader header, String form, Input input) {
        String text = header.toString();
        String unsafe = LogSafety.unsafeCharacter(text);
        if (unsafe != null) {
            throw new AssertionError(form + ": toString() of the header holds " + unsafe + ": " + text);
        }
        if (!header.succeeded()) {
            String message = new ComputeApiException(header).getMessage();
            unsafe = LogSafety.unsafeCharacter(message);
            if (unsafe != null) {
                throw new AssertionError(form + ": ComputeApiException message holds " + unsafe + ": " + message);
            }
        }
        if (header.succeeded() != (header.isSuccessfulFlag() && header.resultCode() == 0)) {
            throw new AssertionError(form + ": success misreported: " + header);
        }
    }

    private static void checkRefusal(MalformedResponseException e, String form, Input input) {
        String message = e.getMessage();
        if (e.reason() == null || !message.startsWith(e.reason().name() + ": ")) {
            throw new AssertionError(form + ": a refusal without its reason: " + message, e);
        }
        if (!input.checkedMessages.add(message)) {
            return;
        }
        String unsafe = LogSafety.unsafeCharacter(message);
        if (unsafe != null) {
            throw new AssertionError(form + ": the message holds " + unsafe + ": " + message, e);
        }
        int quote = LogSafety.longQuote(message, input.lenientText);
        if (quote >= 0) {
            throw new AssertionError(form + ": the message quotes more than " + LogSafety.QUOTE_LIMIT
                    + " characters of input, from index " + quote + ": " + message, e);
        }
    }

    /** Early exit and validation read the same way until early exit stops. */
    private static void checkModesAgree(String what, Read early, Read validated, Input input) {
        if (validated.isHeader() && !early.sameAs(validated)) {
            throw new AssertionError(what + ": validation accepts " + validated + " but early exit gives " + early
                    + "\ninput: " + input);
        }
        if (early.isRefusal() && !early.sameAs(validated)) {
            throw new AssertionError(what + ": early exit refuses (" + early + ") but validation gives " + validated
                    + "\ninput: " + input);
        }
    }

    private static String describe(List<Read> reads) {
        return reads.stream().map(r -> "  " + r).collect(Collectors.joining("\n"));
    }

    /** The bytes, and their text when they are UTF-8. */
    private static final class Input {
        final byte[] bytes;
        /** The strictly decoded text, or null when the bytes are not UTF-8. */
        final String text;
        /** The text with invalid sequences replaced, for looking for quotes of input. */
        final String lenientText;
        final Set<String> checkedMessages = new HashSet<>();

        Input(byte[] bytes) {
            this.bytes = bytes;
            this.text = strictUtf8(bytes);
            this.lenientText = text != null ? text : new String(bytes, UTF_8);
        }

        private static String strictUtf8(byte[] bytes) {
            try {
                return UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            String shown = lenientText.length() > 300 ? lenientText.substring(0, 300) + "... (" + lenientText.length() + " chars)" : lenientText;
            return dev.nhncloud.result.LogSafeText.quote(shown, 400);
        }
    }

    /** A reader that hands out one character per call, as a slow source would. */
    static final class OneCharReader extends Reader {
        private final String text;
        private int position;

        OneCharReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position >= text.length()) {
                return -1;
            }
            buffer[offset] = text.charAt(position++);
            return 1;
        }

        @Override
        public void close() {
        }
    }
}
