package dev.nhncloud.result.engine;

import static dev.nhncloud.result.engine.MiniTree.EMPTY;
import static dev.nhncloud.result.engine.MiniTree.NULL;
import static dev.nhncloud.result.engine.MiniTree.UNREACHABLE;
import static dev.nhncloud.result.engine.MiniTree.arr;
import static dev.nhncloud.result.engine.MiniTree.nested;
import static dev.nhncloud.result.engine.MiniTree.num;
import static dev.nhncloud.result.engine.MiniTree.obj;
import static dev.nhncloud.result.engine.MiniTree.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule of DESIGN.md section 3, exercised through the SPI a binding drives, with the
 * test-only {@link MiniTree} binding.
 */
class HeaderRulesTest {

    private static final ReadOptions VALIDATE = ReadOptions.builder().validateDocument(true).build();
    private static final Object HEADER = obj("isSuccessful", true, "resultCode", 0, "resultMessage", "SUCCESS");

    private static ResultHeader read(Object document) throws IOException {
        return read(document, ReadOptions.defaults());
    }

    private static ResultHeader read(Object document, ReadOptions options) throws IOException {
        return HeaderRules.of(options).readDocument(MiniTree.tokens(document));
    }

    private static MalformedResponseException failure(Object document) {
        return failure(document, ReadOptions.defaults());
    }

    private static MalformedResponseException failure(Object document, ReadOptions options) {
        return assertThrows(MalformedResponseException.class, () -> read(document, options));
    }

    private static void assertReason(Reason reason, Object document) {
        assertEquals(reason, failure(document).reason());
        assertEquals(reason, failure(document, VALIDATE).reason());
    }

    @Nested
    class Success {
        @Test
        void readsTheThreeFields() throws IOException {
            ResultHeader header = read(response(false, -3, "Permission denied: token expired"));
            assertEquals(ResultHeader.of(false, -3, "Permission denied: token expired"), header);
            assertFalse(header.succeeded());
        }

        @Test
        void headerFirstLastOrBetweenOtherMembers() throws IOException {
            ResultHeader expected = ResultHeader.of(true, 0, "SUCCESS");
            assertEquals(expected, read(obj("header", HEADER, "instances", arr(obj("id", "a")))));
            assertEquals(expected, read(obj("instances", arr(obj("id", "a"), 1, "x", true, null), "header", HEADER)));
            assertEquals(expected, read(obj("a", 1, "header", HEADER, "b", obj()), VALIDATE));
        }

        @Test
        void headerInsideAnotherMemberIsNotTheHeader() {
            assertReason(Reason.MISSING_HEADER, obj("instances", obj("header", HEADER)));
        }

        @Test
        void otherHeaderMembersAreIgnoredInAnyOrder() throws IOException {
            Object document = obj("header", obj("resultMessage", "m", "traceId", obj("a", arr(1, 2)),
                    "resultCode", 10404, "extra", null, "isSuccessful", false));
            assertEquals(ResultHeader.of(false, 10404, "m"), read(document));
        }

        @Test
        void messageAbsentOrNullIsEmpty() throws IOException {
            assertEquals("", read(obj("header", obj("isSuccessful", true, "resultCode", 0))).resultMessage());
            assertEquals("", read(obj("header", obj("isSuccessful", true, "resultCode", 0, "resultMessage", null)))
                    .resultMessage());
        }

        @Test
        void disagreeingFieldsAreReturnedMarkedInconsistent() throws IOException {
            ResultHeader header = read(response(true, -3, "Permission denied"));
            assertFalse(header.isConsistent());
            assertFalse(header.succeeded());
        }

        @Test
        void fieldNamesAreCaseSensitive() {
            assertReason(Reason.MISSING_FIELD, obj("header", obj("IsSuccessful", true, "resultCode", 0)));
            assertReason(Reason.MISSING_HEADER, obj("Header", HEADER));
        }
    }

    @Nested
    class Root {
        @Test
        void emptyInput() {
            assertReason(Reason.EMPTY_INPUT, EMPTY);
        }

        @Test
        void rootMustBeAnObject() {
            assertReason(Reason.NOT_AN_OBJECT, arr(HEADER));
            assertReason(Reason.NOT_AN_OBJECT, "header");
            assertReason(Reason.NOT_AN_OBJECT, num("0"));
            assertReason(Reason.NOT_AN_OBJECT, true);
            assertReason(Reason.NOT_AN_OBJECT, NULL);
            assertEquals("NOT_AN_OBJECT: root: expected a JSON object, found an array at /", failure(arr()).getMessage());
        }

        @Test
        void missingHeaderIsMetAtTheRootsEnd() {
            assertReason(Reason.MISSING_HEADER, obj());
            assertReason(Reason.MISSING_HEADER, obj("instances", arr()));
        }

        @Test
        void headerMustBeAnObject() {
            for (Object value : new Object[] {arr(), "{}", num("1"), true, NULL}) {
                assertReason(Reason.HEADER_NOT_OBJECT, obj("header", value));
            }
            assertEquals("HEADER_NOT_OBJECT: header: expected an object, found a string \"{}\" at /header",
                    failure(obj("header", "{}")).getMessage());
        }
    }

    @Nested
    class Fields {
        @Test
        void requiredFieldsAreNamedWhenMissing() {
            assertEquals("MISSING_FIELD: header: missing isSuccessful at /header",
                    failure(obj("header", obj("resultCode", 0))).getMessage());
            assertEquals("MISSING_FIELD: header: missing resultCode at /header",
                    failure(obj("header", obj("isSuccessful", true, "resultMessage", "x"))).getMessage());
            assertEquals("MISSING_FIELD: header: missing isSuccessful, resultCode at /header",
                    failure(obj("header", obj())).getMessage());
        }

        @Test
        void isSuccessfulMustBeABoolean() {
            for (Object value : new Object[] {"true", num("1"), NULL, obj(), arr()}) {
                assertReason(Reason.WRONG_TYPE, obj("header", obj("isSuccessful", value, "resultCode", 0)));
            }
            assertEquals("WRONG_TYPE: header.isSuccessful: expected a boolean, found a string \"true\" at /header/isSuccessful",
                    failure(obj("header", obj("isSuccessful", "true", "resultCode", 0))).getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.0", "0.0", "1e2", "1E2", "-0.5", "2.147483648E9", "NaN", "Infinity", "-", ""})
        void resultCodeMustBeAnIntegerLiteral(String literal) {
            MalformedResponseException e = failure(obj("header", obj("isSuccessful", true, "resultCode", num(literal))));
            assertEquals(Reason.WRONG_TYPE, e.reason());
            assertTrue(e.getMessage().startsWith("WRONG_TYPE: header.resultCode: expected an integer, found a number"),
                    e.getMessage());
        }

        @Test
        void resultCodeOfAnotherTypeIsWrong() {
            for (Object value : new Object[] {"0", true, NULL, obj(), arr(0)}) {
                assertReason(Reason.WRONG_TYPE, obj("header", obj("isSuccessful", true, "resultCode", value)));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"2147483647", "-2147483648", "0", "-0", "10404"})
        void resultCodeInIntRange(String literal) throws IOException {
            ResultHeader header = read(obj("header", obj("isSuccessful", false, "resultCode", num(literal))));
            assertEquals(Integer.parseInt(literal), header.resultCode());
        }

        /** 4294967296 wrapped to an int is 0, SUCCESS: it must be refused, never read as success. */
        @ParameterizedTest
        @ValueSource(strings = {"2147483648", "-2147483649", "4294967296", "-4294967296", "9223372036854775807",
            "18446744073709551616", "10000000000000000000000000000"})
        void resultCodeOutOfRangeNeverWraps(String literal) {
            MalformedResponseException e = failure(obj("header", obj("isSuccessful", true, "resultCode", num(literal))));
            assertEquals(Reason.CODE_OUT_OF_RANGE, e.reason());
            assertTrue(e.getMessage().contains(literal), e.getMessage());
        }

        /** JSON has no leading zeros: a hook whose library buffered the header leniently must not read 007 as 7. */
        @ParameterizedTest
        @ValueSource(strings = {"007", "-01", "00", "00000000000000000000000000000"})
        void resultCodeWithALeadingZeroIsNotJson(String literal) {
            MalformedResponseException e = failure(obj("header", obj("isSuccessful", false, "resultCode", num(literal))));
            assertEquals(Reason.MALFORMED_JSON, e.reason());
            assertTrue(e.getMessage().contains("leading zero"), e.getMessage());
        }

        @Test
        void resultMessageMustBeAStringOrNull() {
            for (Object value : new Object[] {num("1"), true, obj(), arr("a")}) {
                assertReason(Reason.WRONG_TYPE, obj("header", obj("isSuccessful", true, "resultCode", 0, "resultMessage", value)));
            }
        }

        @Test
        void wrongTypeQuotesAtMostOneHundredCharacters() {
            MalformedResponseException quoted = failure(obj("header", obj("isSuccessful", "x".repeat(100), "resultCode", 0)));
            assertTrue(quoted.getMessage().contains("\"" + "x".repeat(100) + "\""), quoted.getMessage());
            MalformedResponseException described = failure(obj("header", obj("isSuccessful", "x".repeat(101), "resultCode", 0)));
            assertTrue(described.getMessage().contains("found a string of 101 characters"), described.getMessage());
            assertFalse(described.getMessage().contains("xxx"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"isSuccessful", "resultCode", "resultMessage"})
        void aKnownFieldTwiceIsRefused(String field) {
            Object value = field.equals("isSuccessful") ? Boolean.TRUE : field.equals("resultCode") ? (Object) 0 : "m";
            Object document = obj("header", obj("isSuccessful", true, "resultCode", 0, "resultMessage", "m", field, value));
            MalformedResponseException e = failure(document);
            assertEquals(Reason.DUPLICATE_FIELD, e.reason());
            assertTrue(e.getMessage().startsWith("DUPLICATE_FIELD: header." + field + ": appears twice"), e.getMessage());
        }

        @Test
        void otherMembersMayRepeat() throws IOException {
            Object document = obj("header", obj("isSuccessful", true, "x", 1, "x", 2, "resultCode", 0),
                    "a", obj("resultCode", 1, "resultCode", 2));
            assertEquals(ResultHeader.of(true, 0, ""), read(document, VALIDATE));
        }
    }

    @Nested
    class Limits {
        private final ReadOptions depth3 = ReadOptions.builder().maxDepth(3).build();

        @Test
        void nestingAtTheLimitIsRead() throws IOException {
            // root (1) > "a" array (2) > array (3): the default limit allows 1,000 levels.
            assertTrue(read(obj("a", nested(999), "header", HEADER)).succeeded());
            assertTrue(read(obj("a", nested(2), "header", HEADER), depth3).succeeded());
            assertTrue(read(obj("header", obj("isSuccessful", true, "resultCode", 0, "x", arr())), depth3).succeeded());
        }

        @Test
        void nestingPastTheLimitIsRefused() {
            assertReason(Reason.TOO_DEEP, obj("a", nested(1000), "header", HEADER));
            assertEquals(Reason.TOO_DEEP, failure(obj("a", nested(3), "header", HEADER), depth3).reason());
            assertEquals(Reason.TOO_DEEP, failure(obj("header", obj("x", arr(arr()))), depth3).reason());
        }

        /** A tree's location is built from member names, which are input: escaped, and cut to its last 100 characters. */
        @Test
        void treeLocationsAreEscapedAndCut() {
            ReadOptions depth3 = ReadOptions.builder().maxDepth(3).build();
            MalformedResponseException e = failure(obj("\u202E" + "x".repeat(300), arr(arr(arr())), "header", HEADER), depth3);
            assertEquals(Reason.TOO_DEEP, e.reason());
            String location = e.getMessage().substring(e.getMessage().indexOf(" at ") + 4);
            assertEquals("\u2026" + "x".repeat(96) + "/0/0", location, "the last 100 characters");
            MalformedResponseException hostile = failure(obj("\u202E\u001b[2J", arr(arr(arr())), "header", HEADER), depth3);
            assertTrue(hostile.getMessage().endsWith(" at /\\u202E\\u001B[2J/0/0"), hostile.getMessage());
        }

        @Test
        void hugeNestingEndsWithoutOverflowingTheStack() {
            MalformedResponseException e = failure(obj("a", nested(100_000), "header", HEADER));
            assertEquals(Reason.TOO_DEEP, e.reason());
            assertTrue(e.getMessage().startsWith("TOO_DEEP: values nested deeper than the limit of 1000 at \u2026/0/0/"),
                    e.getMessage());
        }

        @Test
        void messageAtTheLimitIsReadAndPastItRefused() throws IOException {
            ReadOptions limit10 = ReadOptions.builder().maxMessageLength(10).build();
            assertEquals("x".repeat(10), read(response(false, -1, "x".repeat(10)), limit10).resultMessage());
            MalformedResponseException e = failure(response(false, -1, "x".repeat(11)), limit10);
            assertEquals(Reason.TOO_LONG, e.reason());
            assertEquals("TOO_LONG: header.resultMessage: 11 characters, over the limit of 10 at /header/resultMessage",
                    e.getMessage());
            assertEquals(65_536, read(response(false, -1, "x".repeat(65_536))).resultMessage().length());
            assertEquals(Reason.TOO_LONG, failure(response(false, -1, "x".repeat(65_537))).reason());
        }

        @Test
        void namesWithUnpairedSurrogatesAreRefusedAnywhereValuesAreNot() throws IOException {
            assertReason(Reason.MALFORMED_JSON, obj("a\uD800", 1, "header", HEADER));
            assertReason(Reason.MALFORMED_JSON, obj("a", arr(obj("\uDC00b", 1)), "header", HEADER));
            assertReason(Reason.MALFORMED_JSON, obj("header", obj("isSuccessful", true, "resultCode", 0, "\uDBFF", 1)));
            MalformedResponseException e = failure(obj("x\uDC00", 1, "header", HEADER));
            assertEquals("MALFORMED_JSON: a member name with the unpaired surrogate U+DC00 at /x\\uDC00", e.getMessage());
            assertTrue(read(obj("\uD83D\uDE00", "\uD800", "header", obj("isSuccessful", false, "resultCode", -1,
                    "resultMessage", "\uDC00x"))).resultMessage().equals("\uDC00x"));
        }

        @Test
        void numberLiteralsOverOneThousandCharactersAreRefusedAnywhere() throws IOException {
            // Valid JSON past a limit: a limit's reason, never MALFORMED_JSON.
            assertTrue(read(obj("n", num("1".repeat(1000)), "header", HEADER)).succeeded());
            assertReason(Reason.TOO_LONG, obj("n", num("1".repeat(1001)), "header", HEADER));
            assertReason(Reason.TOO_LONG, obj("header", obj("isSuccessful", true, "resultCode", num("1".repeat(1001)))));
            assertReason(Reason.TOO_LONG, obj("header", obj("isSuccessful", num("1".repeat(5000)), "resultCode", 0)));
            assertEquals(Reason.CODE_OUT_OF_RANGE,
                    failure(obj("header", obj("isSuccessful", true, "resultCode", num("1".repeat(1000))))).reason());
        }
    }

    @Nested
    class ReadingOrder {
        @Test
        void readingStopsAtTheEndOfTheHeader() throws IOException {
            assertTrue(read(obj("header", HEADER, "instances", UNREACHABLE)).succeeded());
            assertThrows(AssertionError.class, () -> read(obj("header", HEADER, "instances", UNREACHABLE), VALIDATE));
        }

        @Test
        void theFirstProblemMetIsReported() {
            // A wrong type inside the header comes before the missing-field check at its end.
            assertReason(Reason.WRONG_TYPE, obj("header", obj("resultCode", "0")));
            // A duplicate comes before a later wrong type.
            assertReason(Reason.DUPLICATE_FIELD, obj("header", obj("resultCode", 0, "resultCode", 1, "isSuccessful", "x")));
            // Depth in a member before the header comes before anything in the header.
            assertReason(Reason.TOO_DEEP, obj("a", nested(2000), "header", obj()));
            // Inside the header, errors come before anything after it, even in validation.
            assertEquals(Reason.WRONG_TYPE,
                    failure(obj("header", obj("isSuccessful", 1), "header", HEADER), VALIDATE).reason());
        }

        @Test
        void aSecondHeaderIsRefusedOnlyWhenValidating() throws IOException {
            Object twice = obj("header", HEADER, "header", obj("isSuccessful", false, "resultCode", -1));
            assertTrue(read(twice).succeeded());
            MalformedResponseException e = failure(twice, VALIDATE);
            assertEquals(Reason.DUPLICATE_HEADER, e.reason());
            assertEquals("DUPLICATE_HEADER: root: a second \"header\" member at /header", e.getMessage());
        }

        @Test
        void validationReadsTheRestOfTheDocument() {
            assertEquals(Reason.TOO_DEEP, failure(obj("header", HEADER, "a", nested(1000)), VALIDATE).reason());
        }

        @Test
        void trailingDataIsRefusedOnlyWhenValidating() throws IOException {
            HeaderRules early = HeaderRules.of(ReadOptions.defaults());
            assertTrue(early.readDocument(LibraryTokens.ofValue(new Trailing(MiniTree.cursor(obj("header", HEADER))), "")).succeeded());
            HeaderRules validating = HeaderRules.of(VALIDATE);
            MalformedResponseException e = assertThrows(MalformedResponseException.class,
                    () -> validating.readDocument(LibraryTokens.ofValue(new Trailing(MiniTree.cursor(obj("header", HEADER))), "")));
            assertEquals(Reason.TRAILING_DATA, e.reason());
        }
    }

    @Nested
    class MidDocument {
        @Test
        void readsAHeaderValueForDataBinding() throws IOException {
            JsonCursor cursor = MiniTree.cursor(obj("header", HEADER, "rest", UNREACHABLE));
            assertEquals(JsonCursor.Token.START_OBJECT, cursor.next());
            assertEquals(JsonCursor.Token.NAME, cursor.next());
            assertEquals(ResultHeader.of(true, 0, "SUCCESS"), HeaderRules.of(ReadOptions.defaults()).readHeaderValue(cursor));
        }

        @Test
        void appliesTheSameRules() throws IOException {
            JsonCursor cursor = MiniTree.cursor(arr(obj("isSuccessful", true, "resultCode", 0, "resultCode", 1)));
            cursor.next();
            assertEquals(Reason.DUPLICATE_FIELD, assertThrows(MalformedResponseException.class,
                    () -> HeaderRules.of(ReadOptions.defaults()).readHeaderValue(cursor)).reason());
        }
    }

    /** A cursor whose input goes on after the root value, as a text cursor would report. */
    private static final class Trailing implements JsonCursor {
        private final JsonCursor delegate;

        Trailing(JsonCursor delegate) {
            this.delegate = delegate;
        }

        @Override
        public Token next() throws IOException {
            return delegate.next();
        }

        @Override
        public String text() throws IOException {
            return delegate.text();
        }

        @Override
        public int textLength() throws IOException {
            return delegate.textLength();
        }

        @Override
        public boolean atEndOfInput() {
            return false;
        }
    }
}
