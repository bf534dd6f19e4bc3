package dev.nhncloud.result.conformance;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.Verdict;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Objects;
import java.util.Optional;

/**
 * One conformance case: the bytes of a response, the options, and what reading it must give
 * with early exit, with document validation, and from the library's tree.
 *
 * <pre>{@code
 * Case.json("header last", "{\"a\":1," + HEADER + "}").reads(true, 0, "SUCCESS")
 * Case.json("comment after header", HEADER_DOC + "//x").early(SUCCESS).validate(Reason.TRAILING_DATA)
 * }</pre>
 */
public final class Case {

    private final String name;
    private final byte[] bytes;
    private ReadOptions options = ReadOptions.defaults();
    private Expectation early;
    private Expectation validate;
    private Expectation tree;
    private Expectation treeWithoutNumberForm;
    private Expectation bound;
    private boolean strictInsideHeader;

    private Case(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /**
     * A case whose bytes are the UTF-8 encoding of {@code text}.
     *
     * @param name what the case shows
     * @param text the response
     * @return the case, to be given its expectations
     */
    public static Case json(String name, String text) {
        return new Case(name, text.getBytes(UTF_8));
    }

    /**
     * A case given as raw bytes, for encodings other than valid UTF-8.
     *
     * @param name  what the case shows
     * @param bytes the response
     * @return the case, to be given its expectations
     */
    public static Case bytes(String name, byte[] bytes) {
        return new Case(name, bytes.clone());
    }

    /**
     * Reads with these limits (validation is switched on and off by the suite).
     *
     * @param options the limits
     * @return this case
     */
    public Case options(ReadOptions options) {
        this.options = options;
        return this;
    }

    /**
     * Both modes read this header.
     *
     * @param successful {@code isSuccessful}
     * @param code       {@code resultCode}
     * @param message    {@code resultMessage}
     * @return this case
     */
    public Case reads(boolean successful, int code, String message) {
        return both(Expectation.header(ResultHeader.of(successful, code, message)));
    }

    /**
     * Both modes read this header: one built under the catalogue of another service, for a case
     * whose options name it.
     *
     * @param header the header
     * @return this case
     */
    public Case reads(ResultHeader header) {
        return both(Expectation.header(header));
    }

    /**
     * Both modes fail for this reason.
     *
     * @param reason the reason
     * @return this case
     */
    public Case fails(Reason reason) {
        return both(Expectation.fails(reason));
    }

    private Case both(Expectation expectation) {
        early = expectation;
        validate = expectation;
        return this;
    }

    /**
     * With early exit, the read gives this header.
     *
     * @param header the header
     * @return this case
     */
    public Case early(ResultHeader header) {
        early = Expectation.header(header);
        return this;
    }

    /**
     * With early exit, the read fails for this reason.
     *
     * @param reason the reason
     * @return this case
     */
    public Case early(Reason reason) {
        early = Expectation.fails(reason);
        return this;
    }

    /**
     * With document validation, the read fails for this reason.
     *
     * @param reason the reason
     * @return this case
     */
    public Case validate(Reason reason) {
        validate = Expectation.fails(reason);
        return this;
    }

    /**
     * What the tree form gives, when it differs from what validation gives.
     *
     * @param expectation what the tree adapter gives, or {@link Expectation#noTree(String)}
     * @return this case
     */
    public Case tree(Expectation expectation) {
        tree = expectation;
        return this;
    }

    /**
     * What the tree form gives for a library whose tree holds numbers as values and loses the
     * form of the literal ({@code 1e0} becomes {@code 1}).
     *
     * @param expectation what such a tree gives
     * @return this case
     */
    public Case treeWithoutNumberForm(Expectation expectation) {
        treeWithoutNumberForm = expectation;
        return this;
    }

    /**
     * What a data-binding hook gives, when it differs from what {@link #expectedOfBound} derives.
     *
     * @param expectation what the hook gives
     * @return this case
     */
    public Case bound(Expectation expectation) {
        bound = expectation;
        return this;
    }

    /**
     * Marks JSON that is not strict inside the header: a hook refuses it as
     * {@code MALFORMED_JSON} even when the application's mapper is lenient.
     *
     * @return this case
     */
    public Case strictInsideHeader() {
        strictInsideHeader = true;
        return this;
    }

    /**
     * Whether the case's JSON breaks strictness inside the header, so that a hook on a lenient
     * mapper still refuses it.
     *
     * @return true for such a case
     */
    public boolean isStrictInsideHeader() {
        return strictInsideHeader;
    }

    /**
     * The expectation of a data-binding hook, which reads the header with the SDK's rules while
     * the library reads the rest of the document its own way. Given explicitly, or else derived
     * from what validation gives:
     * <ul>
     * <li>a header: the hook binds it;</li>
     * <li>a rule of the header ({@code MISSING_HEADER}, {@code HEADER_NOT_OBJECT},
     *     {@code DUPLICATE_HEADER}, a field's type, range, duplicate or limit): the hook fails
     *     with that reason;</li>
     * <li>anything else (malformed JSON, depth, trailing data, an empty or non-object root): the
     *     hook or the library refuses the document, or the hook binds the header the document
     *     holds (as early exit reads it, or, for depth, as a read without the depth limit does),
     *     never another.</li>
     * </ul>
     *
     * @param withoutDepthLimit the header a validating read without a depth limit gives, or null
     * @return what the hook must give
     */
    public Expectation expectedOfBound(ResultHeader withoutDepthLimit) {
        if (bound != null) {
            return bound;
        }
        Expectation validated = expected(true);
        Reason reason = validated.reason();
        if (reason == null) {
            return validated;
        }
        switch (reason) {
            case MISSING_HEADER:
            case HEADER_NOT_OBJECT:
            case DUPLICATE_HEADER:
            case MISSING_FIELD:
            case WRONG_TYPE:
            case CODE_OUT_OF_RANGE:
            case DUPLICATE_FIELD:
            case TOO_LONG:
                return validated;
            case TOO_DEEP:
                return Expectation.refusedOr(expected(false).header() != null ? expected(false).header() : withoutDepthLimit);
            default:
                return Expectation.refusedOr(expected(false).header());
        }
    }

    /**
     * The expectation of a one-pass {@link dev.nhncloud.result.ResponseReader}: as
     * {@link #expectedOfBound}, except that a header reporting a failure that early exit reads is
     * refused as soon as it is read, before anything after it could be seen. A partial success
     * (Email's 1000) is no failure: its body is bound, as a success's is.
     *
     * @param withoutDepthLimit the header a validating read without a depth limit gives, or null
     * @return what the reader must give: for a header, the one it hands over or refuses
     */
    public Expectation expectedOfOnePass(ResultHeader withoutDepthLimit) {
        ResultHeader first = expected(false).header();
        if (bound == null && first != null && first.verdict() == Verdict.FAILURE) {
            return Expectation.header(first);
        }
        return expectedOfBound(withoutDepthLimit);
    }

    /**
     * The case's name.
     *
     * @return what the case shows
     */
    public String name() {
        return name;
    }

    /**
     * The response bytes.
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The response as text, when its bytes are UTF-8.
     *
     * @return the decoded text, any leading byte order mark kept; empty when the bytes are not UTF-8
     */
    public Optional<String> text() {
        try {
            return Optional.of(UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * The options of a mode.
     *
     * @param validateDocument the mode
     * @return the case's limits with that mode
     */
    public ReadOptions options(boolean validateDocument) {
        return options.toBuilder().validateDocument(validateDocument).build();
    }

    /**
     * The expectation of a streaming read.
     *
     * @param validateDocument the mode
     * @return what the read must give
     */
    public Expectation expected(boolean validateDocument) {
        return Objects.requireNonNull(validateDocument ? validate : early, () -> name + ": no expectation");
    }

    /**
     * The expectation of the tree form: given explicitly, or else what validation gives, with
     * the text-only reasons meaning that the library builds no tree. {@code MALFORMED_JSON} is
     * met by the library refusing the text or by the adapter refusing the tree it built.
     *
     * @param binding the binding, for what its tree keeps
     * @return what the tree form must give
     */
    public Expectation expectedOfTree(BindingUnderTest<?> binding) {
        if (!binding.treeKeepsNumberForm() && treeWithoutNumberForm != null) {
            return treeWithoutNumberForm;
        }
        if (tree != null) {
            return tree;
        }
        Expectation expected = expected(true);
        Reason reason = expected.reason();
        if (reason == null) {
            return expected;
        }
        switch (reason) {
            case EMPTY_INPUT:
            case TRAILING_DATA:
                return Expectation.noTree("not one JSON document");
            case MALFORMED_JSON:
                // The library refuses the text, or builds a tree that the adapter refuses
                // (a name with an unpaired surrogate is JSON by grammar).
                return expected;
            case DUPLICATE_FIELD:
            case DUPLICATE_HEADER:
                throw new IllegalStateException(name + ": a tree has merged duplicates; say what it gives");
            default:
                return expected;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
