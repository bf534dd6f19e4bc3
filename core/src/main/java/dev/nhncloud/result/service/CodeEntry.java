package dev.nhncloud.result.service;

import dev.nhncloud.result.Remedy;
import java.util.Locale;
import java.util.Objects;

/**
 * One row of a {@link Catalogue}: a result code (or, where the provider documents one, a range
 * of codes), its name, what it means when a header carries it, and what to do about it.
 *
 * <pre>{@code
 * CodeEntry entry = Service.SMS.catalogue().lookup(-1000);
 * entry.name();                     // INVALID_APPKEY
 * entry.remedy();                   // CHECK_CREDENTIALS
 * entry.description(Locale.KOREAN); // 앱키가 올바르지 않습니다.
 * }</pre>
 *
 * <p>{@link Catalogue#lookup(int)} answers every {@code int}: a code the catalogue does not
 * document is an entry named {@value #UNRECOGNIZED}, {@linkplain #documented() undocumented},
 * whose verdict is {@link Verdict#FAILURE} and whose remedy is
 * {@link Remedy#CONTACT_SUPPORT}, as Compute's unrecognized codes are.
 *
 * <p>Instances are immutable; two are equal when they are the same row of equal catalogues.
 */
public final class CodeEntry {

    /** The name of every code a catalogue does not document: {@value}. */
    public static final String UNRECOGNIZED = "UNRECOGNIZED";

    private final Catalogue catalogue;
    private final int firstCode;
    private final int lastCode;
    private final String name;
    private final Verdict verdict;
    private final Remedy remedy;
    private final boolean documented;

    CodeEntry(Catalogue catalogue, int firstCode, int lastCode, String name, Verdict verdict, Remedy remedy,
            boolean documented) {
        this.catalogue = catalogue;
        this.firstCode = firstCode;
        this.lastCode = lastCode;
        this.name = name;
        this.verdict = verdict;
        this.remedy = remedy;
        this.documented = documented;
    }

    /** The entry of a code the catalogue does not document. */
    static CodeEntry unrecognized(Catalogue catalogue, int code) {
        return new CodeEntry(catalogue, code, code, UNRECOGNIZED, Verdict.FAILURE, Remedy.CONTACT_SUPPORT, false);
    }

    /**
     * The catalogue this entry belongs to.
     *
     * @return the catalogue
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * The code, or the first code of a range.
     *
     * @return the first code this entry describes
     */
    public int firstCode() {
        return firstCode;
    }

    /**
     * The code, or the last code of a range (Push documents {@code 50001 ~ 50501}).
     *
     * @return the last code this entry describes; {@link #firstCode()} for a single code
     */
    public int lastCode() {
        return lastCode;
    }

    /**
     * Whether this entry describes a range of codes rather than one.
     *
     * @return true for a range
     */
    public boolean isRange() {
        return firstCode != lastCode;
    }

    /**
     * Whether a code is one this entry describes.
     *
     * @param code a result code
     * @return true when it lies between {@link #firstCode()} and {@link #lastCode()}
     */
    public boolean contains(int code) {
        return code >= firstCode && code <= lastCode;
    }

    /**
     * The code's name: an identifier, the same in every language.
     *
     * @return for example {@code INVALID_APPKEY}; {@value #UNRECOGNIZED} for an undocumented
     *         code; for Compute, the {@link dev.nhncloud.result.Kind} of the code
     */
    public String name() {
        return name;
    }

    /**
     * The verdict of a header that carries this code with the flag the provider documents for
     * it: {@link Verdict#SUCCESS} for code 0, {@link Verdict#PARTIAL_SUCCESS} for a partial
     * success (Email {@code 1000}), {@link Verdict#FAILURE} for every other code. A header whose
     * flag disagrees is a failure whatever its code (see {@link dev.nhncloud.result.ResultHeader#verdict()}).
     *
     * @return the documented verdict
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * The {@code isSuccessful} flag the provider documents with this code.
     *
     * @return true for a success or a partial success; false for a failure and for every undocumented code
     */
    public boolean isSuccessfulFlag() {
        return verdict != Verdict.FAILURE;
    }

    /**
     * What a caller should do about this code.
     *
     * @return the remedy; {@link Remedy#NONE} only for code 0
     */
    public Remedy remedy() {
        return remedy;
    }

    /**
     * Whether the same request may succeed if sent again unchanged, after a back-off: true
     * exactly when {@link #remedy()} is {@link Remedy#RETRY_LATER}, as for Compute's codes.
     *
     * @return true when a retry may help
     */
    public boolean retryable() {
        return remedy.retryable();
    }

    /**
     * Whether the catalogue documents this code. For Compute, as
     * {@link dev.nhncloud.result.ResultCode#documented()} says.
     *
     * @return false for a code the catalogue does not list
     */
    public boolean documented() {
        return documented;
    }

    /**
     * A one-sentence description of the code, for people.
     *
     * @param locale the language wanted: English, Korean, Japanese and Chinese are provided for
     *               the shipped services, any other falls back to English; an application's
     *               catalogue has the descriptions it was given
     * @return the description
     */
    public String description(Locale locale) {
        return catalogue.describe(this, Objects.requireNonNull(locale, "locale"));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CodeEntry)) {
            return false;
        }
        CodeEntry that = (CodeEntry) other;
        return firstCode == that.firstCode && lastCode == that.lastCode && name.equals(that.name)
                && verdict == that.verdict && remedy == that.remedy && documented == that.documented
                && catalogue.equals(that.catalogue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(catalogue.name(), firstCode, lastCode, name);
    }

    /**
     * The codes and the name, for logs.
     *
     * @return for example {@code -1000 INVALID_APPKEY}, {@code 50001~50501 INTERNAL_ERROR} or
     *         {@code 12345 UNRECOGNIZED (undocumented)}
     */
    @Override
    public String toString() {
        return (isRange() ? firstCode + "~" + lastCode : String.valueOf(firstCode)) + " " + name
                + (documented ? "" : " (undocumented)");
    }
}
