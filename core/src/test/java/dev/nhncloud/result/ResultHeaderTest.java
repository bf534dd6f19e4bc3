package dev.nhncloud.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultHeaderTest {

    @ParameterizedTest(name = "{0} \"{1}\" -> detail \"{2}\"")
    @CsvSource(delimiter = '|', nullValues = "<none>", value = {
        "-3    | Permission denied: token expired     | token expired",
        "-3    | Permission denied                    | <none>",
        "-3    | permission denied : token expired    | token expired",
        "-3    | Permission denied:                   | <none>",
        "-3    | Token expired                        | Token expired",
        "-1    | FAIL: quota exceeded                 | quota exceeded",
        "-1    | FAILED to start                      | FAILED to start",
        "-4    | Invalid parameters: name: too long   | name: too long",
        "-6    | Failed to query internal db          | <none>",
        "0     | SUCCESS                              | <none>",
        "-2    | UNKNOWN EXCEPTION                    | <none>",
        "20001 | No available IP                      | <none>",
        "10404 | Instance not found                   | Instance not found",
        "10404 | Permission denied: x                 | Permission denied: x",
        "777   | Something new                        | Something new",
        "777   | ''                                   | <none>",
    })
    void detailIsTheMessageWithoutTheDocumentedText(int code, String message, String detail) {
        ResultHeader header = ResultHeader.of(false, code, message);
        assertEquals(Optional.ofNullable(detail), header.detail());
        assertEquals(message, header.resultMessage());
    }

    @Test
    void successNeedsBothFields() {
        assertTrue(ResultHeader.of(true, 0, "SUCCESS").succeeded());
        assertTrue(ResultHeader.of(true, 0, "SUCCESS").isConsistent());
        ResultHeader failure = ResultHeader.of(false, -3, "Permission denied");
        assertFalse(failure.succeeded());
        assertTrue(failure.isConsistent());
    }

    @Test
    void disagreeingFieldsFailClosed() {
        ResultHeader saysSuccessWithErrorCode = ResultHeader.of(true, -3, "Permission denied");
        assertFalse(saysSuccessWithErrorCode.succeeded());
        assertFalse(saysSuccessWithErrorCode.isConsistent());
        assertThrows(ComputeApiException.class, saysSuccessWithErrorCode::throwIfFailed);

        ResultHeader saysFailureWithZero = ResultHeader.of(false, 0, "SUCCESS");
        assertFalse(saysFailureWithZero.succeeded());
        assertFalse(saysFailureWithZero.isConsistent());
        ComputeApiException e = assertThrows(ComputeApiException.class, saysFailureWithZero::throwIfFailed);
        assertEquals(Kind.SUCCESS, e.kind());
        assertEquals(Remedy.CONTACT_SUPPORT, e.remedy());
        assertTrue(e.getMessage().contains("inconsistent header: isSuccessful=false"), e.getMessage());
    }

    @Test
    void throwIfFailedReturnsASuccessAndThrowsWithTheHeaderOtherwise() {
        ResultHeader ok = ResultHeader.of(true, 0, "SUCCESS");
        assertSame(ok, ok.throwIfFailed());

        ResultHeader notFound = ResultHeader.of(false, 10404, "Instance not found");
        ComputeApiException e = assertThrows(ComputeApiException.class, notFound::throwIfFailed);
        assertSame(notFound, e.header());
        assertEquals(Kind.API_ERROR, e.kind());
        assertEquals(ResultCode.of(10404), e.code());
        assertEquals(Remedy.CHECK_RESOURCE, e.remedy());
        assertEquals("resultCode 10404 API_ERROR INSTANCE HTTP 404 (remedy CHECK_RESOURCE): \"Instance not found\"",
                e.getMessage());
    }

    @Test
    void nullMessageReadsAsEmpty() {
        ResultHeader header = ResultHeader.of(true, 0, null);
        assertEquals("", header.resultMessage());
        assertEquals(Optional.empty(), header.detail());
        assertEquals(ResultHeader.of(true, 0, ""), header);
    }

    @Test
    void equalityIsByTheThreeFields() {
        assertEquals(ResultHeader.of(false, -3, "x"), ResultHeader.of(false, -3, "x"));
        assertEquals(ResultHeader.of(false, -3, "x").hashCode(), ResultHeader.of(false, -3, "x").hashCode());
        assertNotEquals(ResultHeader.of(true, -3, "x"), ResultHeader.of(false, -3, "x"));
        assertNotEquals(ResultHeader.of(false, -4, "x"), ResultHeader.of(false, -3, "x"));
        assertNotEquals(ResultHeader.of(false, -3, "y"), ResultHeader.of(false, -3, "x"));
    }

    @Test
    void toStringCannotForgeOrHideLogLines() {
        String message = "denied\r\n2026-11-24 INFO forged line\u001b[31m red \u202Eevil\u2066 \u2028 \u0085 \u200B end";
        String text = ResultHeader.of(false, -3, message).toString();
        assertEquals("ResultHeader{isSuccessful=false, resultCode=-3, resultMessage=\"denied\\r\\n2026-11-24 INFO forged line"
                + "\\u001B[31m red \\u202Eevil\\u2066 \\u2028 \\u0085 \\u200B end\"}", text);
        text.chars().forEach(c -> assertTrue(c >= 0x20 && c < 0x7f, "unprintable " + Integer.toHexString(c)));
    }

    @Test
    void toStringCutsLongMessages() {
        String text = ResultHeader.of(false, -1, "x".repeat(500)).toString();
        assertTrue(text.contains("x".repeat(200) + "\"\u2026 (300 more)"), text);
        assertFalse(text.contains("x".repeat(201)));
    }

    @Test
    void serializesAsItsThreeFields() throws IOException, ClassNotFoundException {
        ResultHeader header = ResultHeader.of(false, 10404, "Instance not found");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ComputeApiException(header));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ComputeApiException copy = (ComputeApiException) in.readObject();
            assertEquals(header, copy.header());
            assertEquals(ResultCode.of(10404), copy.header().code());
            assertEquals(Optional.of("Instance not found"), copy.header().detail());
        }
    }
}
