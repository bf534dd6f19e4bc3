package dev.nhncloud.result.engine;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What a source has read of the application's input, kept so that core can say where a problem
 * is in the input's own units (bytes for bytes, characters for text), the same whichever library
 * read it: an input in memory is kept whole, without copying (it is already there: a string, or a
 * view of the application's array, slice or {@code ByteBuffer}); of a stream or a reader, the
 * first {@value #KEPT} units are copied as they are read. Past them, a position is only known to
 * lie beyond them, which is true in every binding alike. The units are kept from the input's
 * first, a byte order mark included: offsets are the input's own, so that those of a slice count
 * from its first byte and equal those of a copy of it.
 *
 * <p>Used by one read, on one thread.
 */
final class Delivered {

    /** How much of a stream or reader is kept for positions. */
    static final int KEPT = 65_536;

    /** What the input's units are. */
    enum Unit {
        BYTES("byte"), CHARACTERS("character");

        private final String word;

        Unit(String word) {
            this.word = word;
        }

        /**
         * The unit in words.
         *
         * @return {@code "byte"} or {@code "character"}
         */
        String word() {
            return word;
        }
    }

    private final Unit unit;
    /** Bytes in memory: a view of the application's, read by absolute index only; or null. */
    private ByteBuffer memory;
    /** The bytes a stream gave, copied. */
    private byte[] bytes;
    private char[] chars;
    private CharSequence text;
    private int length;
    private boolean ended;
    private boolean cut;

    private Delivered(Unit unit) {
        this.unit = unit;
    }

    /**
     * Bytes in memory, kept whole without copying. The record reads the view by absolute index
     * only, so a source may read it too, through a duplicate of its own.
     *
     * @param view the input: index 0 is its first byte, the limit its end ({@link ByteSource#view})
     * @return the record
     */
    static Delivered of(ByteBuffer view) {
        Delivered delivered = new Delivered(Unit.BYTES);
        delivered.memory = view;
        delivered.length = view.limit();
        delivered.ended = true;
        return delivered;
    }

    /**
     * A string, kept whole.
     *
     * @param string the input
     * @return the record
     */
    static Delivered of(String string) {
        Delivered delivered = new Delivered(Unit.CHARACTERS);
        delivered.text = string;
        delivered.length = string.length();
        delivered.ended = true;
        return delivered;
    }

    /**
     * A record of the bytes a stream gives, filled by {@link #append(byte[], int, int)}.
     *
     * @return the record
     */
    static Delivered ofStream() {
        Delivered delivered = new Delivered(Unit.BYTES);
        delivered.bytes = new byte[256];
        return delivered;
    }

    /**
     * A record of the characters a reader gives, filled by {@link #append(char[], int, int)}.
     *
     * @return the record
     */
    static Delivered ofReader() {
        Delivered delivered = new Delivered(Unit.CHARACTERS);
        delivered.chars = new char[256];
        return delivered;
    }

    /**
     * Keeps bytes read from the stream, up to {@value #KEPT} in all.
     *
     * @param from   the bytes
     * @param offset the first
     * @param count  how many
     */
    void append(byte[] from, int offset, int count) {
        int kept = Math.min(count, KEPT - length);
        if (kept < count) {
            cut = true;
        }
        if (kept <= 0) {
            return;
        }
        if (length + kept > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.min(KEPT, Math.max(bytes.length * 2, length + kept)));
        }
        System.arraycopy(from, offset, bytes, length, kept);
        length += kept;
    }

    /**
     * Keeps characters read from the reader, up to {@value #KEPT} in all.
     *
     * @param from   the characters
     * @param offset the first
     * @param count  how many
     */
    void append(char[] from, int offset, int count) {
        int kept = Math.min(count, KEPT - length);
        if (kept < count) {
            cut = true;
        }
        if (kept <= 0) {
            return;
        }
        if (length + kept > chars.length) {
            chars = Arrays.copyOf(chars, Math.min(KEPT, Math.max(chars.length * 2, length + kept)));
        }
        System.arraycopy(from, offset, chars, length, kept);
        length += kept;
    }

    /** The input has ended: every unit it had has been offered. */
    void end() {
        ended = true;
    }

    /**
     * The units' kind.
     *
     * @return bytes or characters
     */
    Unit unit() {
        return unit;
    }

    /**
     * How many units are kept.
     *
     * @return the count
     */
    int length() {
        return length;
    }

    /**
     * A unit kept: an unsigned byte, or a character.
     *
     * @param index from 0 to {@link #length()}
     * @return the unit
     */
    int at(int index) {
        if (text != null) {
            return text.charAt(index);
        }
        if (memory != null) {
            return memory.get(index) & 0xFF;
        }
        return unit == Unit.BYTES ? bytes[index] & 0xFF : chars[index];
    }

    /**
     * How many of the units kept are text: for bytes, those before the first sequence that is
     * not UTF-8 (a zero byte is text here); for characters, all of them.
     *
     * @return the count, at most {@link #length()}
     */
    int textLength() {
        if (unit == Unit.CHARACTERS) {
            return length;
        }
        return Utf8Validator.firstInvalid(memory != null ? memory : ByteBuffer.wrap(bytes), length, whole());
    }

    /**
     * Whether the units kept are the whole input, so that their end is the input's end.
     *
     * @return true when the input ended and nothing of it was left out
     */
    boolean whole() {
        return ended && !cut;
    }

    /**
     * How many units a leading byte order mark takes: 3 bytes, or 1 character, or 0 without one.
     *
     * @return the units to skip before the document
     */
    int byteOrderMark() {
        if (unit == Unit.BYTES) {
            return length >= 3 && at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF ? 3 : 0;
        }
        return length >= 1 && at(0) == 0xFEFF ? 1 : 0;
    }
}
