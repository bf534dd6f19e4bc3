package dev.nhncloud.result.engine;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Checks that bytes are strict UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF) and hold no zero byte, block by block, without decoding them. A sequence may be cut
 * across blocks.
 *
 * <p>Hand-written because nothing at hand does this job: the JDK checks UTF-8 only as part of
 * decoding it, which costs about as much as Jackson's whole byte parser, and that parser accepts
 * overlong forms and encoded surrogates inside the strings it skips.
 */
final class Utf8Validator {

    /** Eight bytes at a time, in any byte order: only whether one of them is special matters. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final int CONTINUATION_LOW = 0x80;
    private static final int CONTINUATION_HIGH = 0xBF;
    /** The bytes {@link #firstInvalid} checks at a time. */
    private static final int BLOCK = 8192;

    /** Continuation bytes the open sequence still needs. */
    private int needed;
    /** The range the next continuation byte must fall in: narrower after E0, ED, F0 and F4. */
    private int low = CONTINUATION_LOW;
    private int high = CONTINUATION_HIGH;
    /** The first byte of the open or faulty sequence, and its input offset. */
    private int lead;
    private long leadOffset;

    /**
     * Checks the next block of the input.
     *
     * @param bytes  the block's array
     * @param from   the block's first index
     * @param to     the index after its last byte
     * @param offset the input offset of {@code bytes[from]}
     * @return {@code to} when the block holds no fault; otherwise the index where the sequence
     *         holding the first fault starts, or {@code from} when it started in an earlier
     *         block, and {@link #fault()} describes it
     */
    int check(byte[] bytes, int from, int to, long offset) {
        int i = from;
        while (true) {
            for (; needed > 0; needed--, i++) {
                if (i == to) {
                    return to;
                }
                int c = bytes[i] & 0xFF;
                if (c < low || c > high) {
                    return (int) Math.max(from, from + (leadOffset - offset));
                }
                low = CONTINUATION_LOW;
                high = CONTINUATION_HIGH;
            }
            // Nearly every byte of a response is ASCII other than zero. A word holding a byte with
            // its high bit set, or a zero byte, sets a high bit here (a false alarm next to a zero
            // byte only sends the word to the byte loop).
            for (; i <= to - Long.BYTES; i += Long.BYTES) {
                long word = (long) WORDS.get(bytes, i);
                if ((((word - ONES) | word) & HIGH_BITS) != 0) {
                    break;
                }
            }
            while (i < to && bytes[i] > 0) {
                i++;
            }
            if (i == to) {
                return to;
            }
            lead = bytes[i] & 0xFF;
            leadOffset = offset + (i - from);
            if (!open(lead)) {
                return i;
            }
            i++;
        }
    }

    /** Opens the sequence {@code c} leads; false when no sequence starts with it. */
    private boolean open(int c) {
        if (c >= 0xC2 && c <= 0xDF) {
            needed = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            needed = 2;
            low = c == 0xE0 ? 0xA0 : CONTINUATION_LOW;
            high = c == 0xED ? 0x9F : CONTINUATION_HIGH;
        } else if (c >= 0xF0 && c <= 0xF4) {
            needed = 3;
            low = c == 0xF0 ? 0x90 : CONTINUATION_LOW;
            high = c == 0xF4 ? 0x8F : CONTINUATION_HIGH;
        } else {
            return false;
        }
        return true;
    }

    /**
     * Whether the last block ended inside a sequence: at the end of the input, a fault.
     *
     * @return true when a sequence is open
     */
    boolean inSequence() {
        return needed > 0;
    }

    /**
     * The fault found, to throw once the bytes before it have been delivered: after
     * {@link #check} returned early, or at the end of the input inside a sequence.
     *
     * @param delivered what has been read, to say where the fault is
     * @return the exception
     */
    RuntimeException fault(Delivered delivered) {
        if (lead == 0) {
            // Valid UTF-8 but never valid JSON raw: worded as every library's refusal is, from
            // the text, so a zero byte gets the same message whichever binding meets it.
            return Locator.refusal(delivered, null);
        }
        return Problems.invalidUtf8(Locator.ofOffset(delivered, leadOffset), lead);
    }

    /**
     * The input offset of the open sequence's first byte, while {@link #inSequence()}.
     *
     * @return the offset
     */
    long sequenceOffset() {
        return leadOffset;
    }

    /**
     * Whether the fault found is a zero byte rather than a sequence that is not UTF-8.
     *
     * @return true for a zero byte
     */
    boolean faultIsZeroByte() {
        return lead == 0;
    }

    /**
     * Where the first sequence that is not UTF-8 starts in bytes read from the input's start. A
     * zero byte counts as valid here: whether it is JSON is for the one who scans the text. The
     * bytes are checked a block at a time through a small array of its own, so that a view of
     * any buffer (direct or read-only ones, which have no accessible array) is checked alike;
     * this runs only when a message needs a position.
     *
     * @param bytes  the bytes, from index 0; read by absolute index, the buffer's position unused
     * @param length how many of them to check
     * @param ended  whether the input ends after them, so that an open sequence is a fault
     * @return the index of the faulty sequence's first byte, or {@code length} when there is none
     */
    static int firstInvalid(ByteBuffer bytes, int length, boolean ended) {
        Utf8Validator validator = new Utf8Validator();
        ByteBuffer in = bytes.duplicate();
        in.position(0).limit(length);
        byte[] block = new byte[Math.min(length, BLOCK)];
        for (int base = 0; base < length; base += block.length) {
            int count = Math.min(block.length, length - base);
            in.get(block, 0, count);
            for (int from = 0; ; ) {
                int stop = validator.check(block, from, count, base + from);
                if (stop == count) {
                    break;
                }
                if (validator.lead != 0) {
                    return (int) validator.leadOffset;
                }
                // A zero byte: text here, so the check goes on after it.
                from = stop + 1;
            }
        }
        return ended && validator.inSequence() ? (int) validator.leadOffset : length;
    }
}
