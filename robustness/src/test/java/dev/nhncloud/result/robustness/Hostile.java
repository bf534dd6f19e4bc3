package dev.nhncloud.result.robustness;

import static dev.nhncloud.result.MalformedResponseException.Reason.MALFORMED_JSON;
import static dev.nhncloud.result.MalformedResponseException.Reason.TOO_DEEP;
import static dev.nhncloud.result.MalformedResponseException.Reason.TOO_LONG;

import dev.nhncloud.result.conformance.ConformanceCases;

/**
 * The hostile inputs of the resource-bound tests, each made on the fly as a stream (the input is
 * never in memory, so the heap a read needs is the reader's own), with the outcome it must end
 * with in both modes.
 *
 * <p>"A stream that never ends after {@code {"a":[}" is read in two ways. Endless opening
 * brackets nest deeper and deeper: the depth limit ends the read with {@code TOO_DEEP}. Endless
 * values ({@code 1,1,1,…}, strings, objects, whitespace) break no documented limit: the design
 * has no limit on document size or reading time, so no reason can end such a read. What must hold
 * instead is that the reader keeps consuming input in constant memory, never spinning without
 * reading, and can be stopped: the test closes the connection from another thread after 64 MB (four times the
 * heap the test gives the reader),
 * and the read ends with that {@code IOException}, as it would when an HTTP client's timeout
 * closes the socket.
 */
enum Hostile {

    DEEP_ARRAYS("100,000 nested arrays before the header", "TOO_DEEP") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"a\":", "[", 100_000, "]".repeat(100_000) + "," + ConformanceCases.HEADER + "}");
        }
    },
    DEEP_OBJECTS("100,000 nested objects before the header", "TOO_DEEP") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"a\":", "{\"a\":", 100_000, "1" + "}".repeat(100_000) + "," + ConformanceCases.HEADER + "}");
        }
    },
    DEEP_IN_HEADER("100,000 nested arrays inside the header", "TOO_DEEP") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"x\":", "[", 100_000,
                    "]".repeat(100_000) + "}}");
        }
    },
    STRING_100MB("a 100 MB string before the header", "header SUCCESS") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"a\":\"", "x", 100L << 20, "\"," + ConformanceCases.HEADER + "}");
        }
    },
    NUMBER_1M_DIGITS("a 1,000,000-digit number before the header", "TOO_LONG") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"a\":", "7", 1_000_000, "," + ConformanceCases.HEADER + "}");
        }
    },
    CODE_1M_DIGITS("a 1,000,000-digit resultCode", "TOO_LONG") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"header\":{\"isSuccessful\":true,\"resultCode\":", "1", 1_000_000,
                    ",\"resultMessage\":\"SUCCESS\"}}");
        }
    },
    NAME_10MB("a member name of 10 MB before the header", "TOO_LONG") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"", "n", 10L << 20, "\":1," + ConformanceCases.HEADER + "}");
        }
    },
    DISTINCT_NAMES_64KB("1,000 responses in a row, each with a distinct member name of 65,000 characters (within the name limit),"
            + " through one reader", "header SUCCESS") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"" + COUNTER.incrementAndGet() + "-", "n", 65_000 - 8, "\":1," + ConformanceCases.HEADER + "}");
        }

        /** What one read keeps (a name in a shared symbol table) adds up over many: 65 MB in all. */
        @Override
        int reads() {
            return 1_000;
        }
    },
    MESSAGE_10MB("a 10 MB resultMessage", "TOO_LONG") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"header\":{\"isSuccessful\":false,\"resultCode\":-1,\"resultMessage\":\"", "m",
                    10L << 20, "\"}}");
        }
    },
    ENDLESS_ARRAYS("{\"a\":[ then [ forever", "TOO_DEEP") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"a\":[", "[", GeneratedStream.FOREVER, "");
        }
    },
    ENDLESS_NUMBERS("{\"a\":[ then 1, forever", "IOException") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"a\":[", "1,", GeneratedStream.FOREVER, "");
        }
    },
    ENDLESS_STRINGS("{\"a\":[ then \"xyz\", forever", "IOException") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"a\":[", "\"xyz\",", GeneratedStream.FOREVER, "");
        }
    },
    ENDLESS_OBJECTS("{\"a\":[ then {\"k\":[true,null]}, forever", "IOException") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"a\":[", "{\"k\":[true,null]},", GeneratedStream.FOREVER, "");
        }
    },
    ENDLESS_WHITESPACE("{\"a\":[ then spaces forever", "IOException") {
        @Override
        GeneratedStream body() {
            return GeneratedStream.of("{\"a\":[", " ", GeneratedStream.FOREVER, "");
        }
    };

    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

    /** How much of an endless stream of values is read before the test closes it. */
    static final long STOP_AFTER = 64L << 20;

    private final String description;
    private final String expected;

    Hostile(String description, String expected) {
        this.description = description;
        this.expected = expected;
    }

    String description() {
        return description;
    }

    /** The outcome in both modes: {@code header SUCCESS}, a reason's name, or {@code IOException}. */
    String expected() {
        return expected;
    }

    /** Whether the body never ends and must be stopped from outside. */
    boolean endless() {
        return expected.equals("IOException");
    }

    /** A fresh body. */
    abstract GeneratedStream body();

    /** How many bodies one reader reads in a row, in each mode. */
    int reads() {
        return 1;
    }

    static {
        // The expectations name reasons; keep them in step with the enum.
        for (Hostile h : values()) {
            String e = h.expected;
            if (!(e.startsWith("header") || e.equals("IOException") || e.equals(TOO_DEEP.name())
                    || e.equals(TOO_LONG.name()) || e.equals(MALFORMED_JSON.name()))) {
                throw new ExceptionInInitializerError("unknown expectation " + e);
            }
        }
    }
}
