package dev.nhncloud.result.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.EnumSet;
import java.util.Set;
import org.opentest4j.AssertionFailedError;

/**
 * What must hold for any bytes at all in a binding's tree and data-binding forms, measured
 * against the binding's own streaming reader (whose answers the agreement and fuzz tests hold
 * to every other binding's). The kit runs it over its cases, JSONTestSuite and mutations of them;
 * {@link KitFuzzTarget} runs it under a fuzzer.
 *
 * <ul>
 * <li>Every form gives a header, the SDK's refusal, or the library's own refusal: never an
 *     {@link Error} (a stack overflow, running out of memory) and never a hang.</li>
 * <li>Every message and header is safe to log.</li>
 * <li>Where validation accepts a header, the tree gives that header, and the data-binding hook
 *     gives it too, or refuses it as {@code MALFORMED_JSON} (a hook reads through the
 *     application's parser, which may be stricter than JSON).</li>
 * <li>Where validation refuses the header itself (its fields, its type, a second one, none), the
 *     hook refuses too: a failure is never read as a header.</li>
 * <li>Where validation refuses something the hook cannot see (malformed JSON, depth, data after
 *     the root), a header the hook gives is the one early exit reads, or the one a read without
 *     the depth limit reads; only when the document is malformed before any header can the hook
 *     not be held to a header, since the library may skip what it never binds.</li>
 * </ul>
 */
public final class AnyBytes {

    /** What the hook must refuse in every case: the header's own rules. */
    private static final Set<Reason> HEADER_RULES = EnumSet.of(Reason.MISSING_HEADER, Reason.HEADER_NOT_OBJECT,
            Reason.DUPLICATE_HEADER, Reason.MISSING_FIELD, Reason.WRONG_TYPE, Reason.CODE_OUT_OF_RANGE,
            Reason.DUPLICATE_FIELD, Reason.TOO_LONG);
    private static final ReadOptions VALIDATE = ReadOptions.builder().validateDocument(true).build();
    private static final ReadOptions UNLIMITED_DEPTH = VALIDATE.toBuilder().maxDepth(Integer.MAX_VALUE).build();

    private AnyBytes() {
    }

    /**
     * Checks the binding's tree and hook against its streaming reader for these bytes.
     *
     * @param binding the binding under test
     * @param data    any bytes
     * @param <N>     the library's node type
     * @throws AssertionFailedError when a property does not hold
     */
    public static <N> void treeAndHookAgreeWithTheStream(BindingUnderTest<N> binding, byte[] data) {
        String text = strictText(data);
        if (text == null) {
            return;
        }
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Outcome early = Outcome.of(() -> HeaderReaders.of(binding.backend(), ReadOptions.defaults()).read(data));
        Outcome validated = Outcome.of(() -> HeaderReaders.of(binding.backend(), VALIDATE).read(data));
        checkTree(binding, json, validated);
        checkHook(binding, json, data, early, validated);
    }

    private static <N> void checkTree(BindingUnderTest<N> binding, String json, Outcome validated) {
        N tree;
        try {
            tree = binding.parseTree(json);
        } catch (Exception e) {
            return;
        }
        for (ReadOptions options : new ReadOptions[] {VALIDATE, ReadOptions.defaults()}) {
            Outcome outcome = Outcome.of(() -> binding.readTree(tree, options));
            String what = "tree " + options;
            checkAllowed(what, outcome, json, true);
            if (validated.header() != null && options == VALIDATE && !validated.header().equals(outcome.header())) {
                throw failure(what + " gives " + outcome + " where the stream gives " + validated, json);
            }
        }
    }

    private static void checkHook(BindingUnderTest<?> binding, String json, byte[] data, Outcome early, Outcome validated) {
        Outcome bound = Outcome.of(() -> {
            Responses.Pojo response = binding.bind(json, Responses.Pojo.class, ReadOptions.defaults());
            if (response == null) {
                throw new ConformanceSuite.NothingBound();
            }
            return java.util.Objects.requireNonNull(response.header, "the hook bound a response without a header and raised nothing");
        });
        checkAllowed("hook", bound, json, false);
        ResultHeader header = bound.header();
        if (validated.header() != null) {
            boolean stricter = bound.reason() == Reason.MALFORMED_JSON;
            if (!validated.header().equals(header) && !stricter) {
                throw failure("the hook gives " + bound + " where the stream gives " + validated, json);
            }
            return;
        }
        Reason reason = ((MalformedResponseException) validated.failure()).reason();
        if (header == null) {
            return;
        }
        if (HEADER_RULES.contains(reason)) {
            throw failure("the hook reads " + header + " where the stream refuses the header: " + validated, json);
        }
        if (header.equals(early.header())) {
            return;
        }
        if (reason == Reason.TOO_DEEP
                && header.equals(Outcome.of(() -> HeaderReaders.of(binding.backend(), UNLIMITED_DEPTH).read(data)).header())) {
            return;
        }
        if (!(reason == Reason.MALFORMED_JSON && early.reason() == Reason.MALFORMED_JSON)) {
            throw failure("the hook reads " + header + " where early exit gives " + early + " and validation " + validated, json);
        }
    }

    /** A header, the SDK's refusal, or the library's; never an error; and everything safe to log. */
    private static void checkAllowed(String what, Outcome outcome, String json, boolean sdkOnly) {
        Throwable failure = outcome.failure();
        if (failure instanceof Error) {
            throw failure(what + " failed with an error: " + failure, json);
        }
        if (sdkOnly && failure != null && !(failure instanceof MalformedResponseException)) {
            throw failure(what + " threw " + failure + ", not a MalformedResponseException", json);
        }
        if (outcome.header() != null) {
            assertLogSafe(what + " header", outcome.header().toString(), json);
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof MalformedResponseException) {
                assertLogSafe(what + " message", cause.getMessage(), json);
            }
        }
    }

    private static void assertLogSafe(String what, String message, String json) {
        for (int i = 0; i < message.length(); i += Character.charCount(message.codePointAt(i))) {
            if (LogSafeText.isUnsafe(message.codePointAt(i))) {
                throw failure(String.format("%s holds a raw U+%04X: %s", what, message.codePointAt(i), message), json);
            }
        }
    }

    private static AssertionFailedError failure(String what, String json) {
        return new AssertionFailedError(what + "\ninput: " + LogSafeText.quote(json, 2000));
    }

    private static String strictText(byte[] data) {
        try {
            return UTF_8.newDecoder().decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
