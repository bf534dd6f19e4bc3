package dev.nhncloud.result.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.Kind;
import dev.nhncloud.result.Remedy;
import dev.nhncloud.result.ResultCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CatalogueTest {

    /** An application's table, as it would keep it in a resource file. */
    private static final String TABLE = String.join("\n",
            "# resultCode  isSuccessful  name             remedy",
            "0             true          SUCCESS          NONE",
            "",
            "1000          true          SOME_SENT        FIX_REQUEST        PARTIAL_SUCCESS",
            "-1000         false         INVALID_APPKEY   CHECK_CREDENTIALS",
            "  -2043       false         TOO_BUSY         RETRY_LATER",
            "50001~50501   false         INTERNAL_ERROR   CONTACT_SUPPORT");

    private static Catalogue mail() throws IOException {
        return Catalogue.builder("acme-mail").table(new StringReader(TABLE))
                .description("INVALID_APPKEY", Locale.ENGLISH, "The appkey is not valid.")
                .description("INVALID_APPKEY", Locale.KOREAN, "앱키가 올바르지 않습니다.")
                .build();
    }

    private static String refusal(Catalogue.Builder builder) {
        return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
    }

    private static String refusal(String table) throws IOException {
        return refusal(Catalogue.builder("acme").table(new StringReader("0 true SUCCESS NONE\n" + table)));
    }

    @Test
    void aTableBecomesACatalogue() throws IOException {
        Catalogue mail = mail();
        assertEquals("acme-mail", mail.name());
        assertFalse(mail.isCompute());
        assertEquals(List.of("0 SUCCESS", "1000 SOME_SENT", "-1000 INVALID_APPKEY", "-2043 TOO_BUSY", "50001~50501 INTERNAL_ERROR"),
                mail.entries().stream().map(CodeEntry::toString).collect(java.util.stream.Collectors.toList()), "in table order");
        CodeEntry partial = mail.lookup(1000);
        assertEquals(Verdict.PARTIAL_SUCCESS, partial.verdict());
        assertTrue(partial.isSuccessfulFlag());
        assertEquals(Remedy.FIX_REQUEST, partial.remedy());
        assertEquals(Verdict.SUCCESS, mail.lookup(0).verdict());
        assertEquals(Remedy.NONE, mail.lookup(0).remedy());
        assertTrue(mail.lookup(-2043).retryable(), "retryable exactly for RETRY_LATER");
        assertFalse(mail.lookup(-1000).retryable());
        assertSame(mail.lookup(-1000), mail.entry("INVALID_APPKEY").orElseThrow(), "documented entries are shared");
        assertEquals(Optional.empty(), mail.entry("NO_SUCH_NAME"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"50001, true", "50250, true", "50501, true", "50000, false", "50502, false", "-999, false", "1, false",
        "2147483647, false", "-2147483648, false"})
    void aRangeHoldsEveryCodeBetweenItsEnds(int code, boolean inRange) throws IOException {
        CodeEntry entry = mail().lookup(code);
        assertEquals(inRange, entry.documented(), entry.toString());
        assertEquals(inRange ? "INTERNAL_ERROR" : CodeEntry.UNRECOGNIZED, entry.name());
        assertEquals(inRange ? 50001 : code, entry.firstCode());
        assertEquals(inRange ? 50501 : code, entry.lastCode());
        assertEquals(Verdict.FAILURE, entry.verdict(), "neither a range nor an undocumented code is ever a success");
        assertFalse(entry.isSuccessfulFlag());
    }

    @Test
    void anUndocumentedCodeIsAFailureToReport() throws IOException {
        CodeEntry unknown = mail().lookup(777);
        assertFalse(unknown.documented());
        assertEquals(Remedy.CONTACT_SUPPORT, unknown.remedy());
        assertEquals("777 UNRECOGNIZED (undocumented)", unknown.toString());
        assertEquals("Result code 777 is not in the acme-mail catalogue.", unknown.description(Locale.ENGLISH));
        assertEquals("acme-mail 카탈로그에 없는 결과 코드 777입니다.", unknown.description(Locale.KOREAN));
        assertEquals("Result code 12345 is not in the sms catalogue.", Service.SMS.catalogue().lookup(12345).description(Locale.ROOT));
    }

    @Test
    void descriptionsFallBackToEnglishThenToWordsOfTheSdk() throws IOException {
        Catalogue mail = mail();
        assertEquals("앱키가 올바르지 않습니다.", mail.lookup(-1000).description(Locale.KOREA));
        assertEquals("The appkey is not valid.", mail.lookup(-1000).description(Locale.JAPANESE), "no Japanese: English");
        assertEquals("TOO_BUSY: the acme-mail catalogue has no description of this code.", mail.lookup(-2043).description(Locale.ENGLISH));
        assertEquals("TOO_BUSY：acme-mail 目录中没有此代码的说明。", mail.lookup(-2043).description(Locale.CHINESE));
    }

    @Test
    void codeCallsBuildTheSameCatalogueAsATable() throws IOException {
        Catalogue fromCalls = Catalogue.builder("acme-mail")
                .code(0, true, "SUCCESS", Remedy.NONE)
                .partialSuccess(1000, "SOME_SENT", Remedy.FIX_REQUEST)
                .code(-1000, false, "INVALID_APPKEY", Remedy.CHECK_CREDENTIALS)
                .code(-2043, false, "TOO_BUSY", Remedy.RETRY_LATER)
                .range(50001, 50501, false, "INTERNAL_ERROR", Remedy.CONTACT_SUPPORT)
                .descriptions(Locale.ENGLISH, Map.of("INVALID_APPKEY", "The appkey is not valid."))
                .description("INVALID_APPKEY", Locale.KOREAN, "앱키가 올바르지 않습니다.")
                .build();
        assertEquals(mail(), fromCalls);
        assertEquals(mail().hashCode(), fromCalls.hashCode());
        assertNotEquals(mail(), Catalogue.builder("acme-mail").code(0, true, "SUCCESS", Remedy.NONE).build());
        assertNotEquals(fromCalls, Catalogue.builder("acme-mail").table(new StringReader(TABLE)).build(), "descriptions count");
    }

    /** Every way a table can be wrong is refused when it is built, with its line and what to do. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1000 true SOME_SENT FIX_REQUEST                     | line 2: code 1000: isSuccessful true on a non-zero code, which is not a success: declare it a partial success",
        "1000 false SOME_SENT FIX_REQUEST PARTIAL_SUCCESS    | line 2: code 1000: a partial success has isSuccessful true",
        "1000 true SOME_SENT NONE PARTIAL_SUCCESS            | line 2: code 1000: remedy NONE is for code 0 only; a partial success always leaves something to do",
        "-1 false FAILED NONE                                | line 2: code -1: remedy NONE is for code 0 only; a failure always leaves something to do",
        "0 true AGAIN NONE                                   | code 0 is listed twice: SUCCESS (line 1) and AGAIN (line 2)",
        "-9~-5 true BAD CONTACT_SUPPORT                      | line 2: codes -9~-5: a range is never a success: give it isSuccessful false, and list code 0 on its own",
        "10~20 true GOOD NONE                                | line 2: codes 10~20: a range is never a success",
        "20~10 false BACKWARDS FIX_REQUEST                   | line 2: codes 20~10: a range must not end before it starts",
        "-1 false lower_case FIX_REQUEST                     | line 2: code -1: the name \"lower_case\" must be an upper-case identifier",
        "-1 false UNRECOGNIZED FIX_REQUEST                   | line 2: code -1: UNRECOGNIZED is the name of every undocumented code",
        "-1 false A FIX_REQUEST\\n-2 false A FIX_REQUEST      | the name A is given to code -1 (line 2) and code -2 (line 3): a name stands for one row",
        "1~9 false A FIX_REQUEST\\n5 false B FIX_REQUEST      | code 5 (line 3) overlaps codes 1~9 (line 2)",
        "-1 yes A FIX_REQUEST                                | line 2: isSuccessful must be true or false, found \"yes\"",
        "-1 false A FIX                                      | line 2: no remedy \"FIX\"; one of [NONE, FIX_REQUEST, CHECK_CREDENTIALS, CHECK_RESOURCE, RETRY_LATER, CONTACT_SUPPORT]",
        "-1 false A FIX_REQUEST PARTIAL                      | line 2: the fifth column may only be PARTIAL_SUCCESS, found \"PARTIAL\"",
        "-1 false A                                          | line 2: expected 4 or 5 columns (resultCode, isSuccessful, name, remedy[, PARTIAL_SUCCESS]), found 3",
        "4294967296 false WRAPS FIX_REQUEST                  | line 2: \"4294967296\" is not a resultCode",
        "+1 false PLUS FIX_REQUEST                           | line 2: \"+1\" is not a resultCode",
        "１ false WIDE FIX_REQUEST                            | line 2: \"１\" is not a resultCode",
    })
    void aBadTableIsRefusedNamingTheLine(String lines, String problem) throws IOException {
        String message = refusal(lines.replace("\\n", "\n"));
        assertTrue(message.startsWith("Catalogue \"acme\" is not valid (1 problem):\n  "), message);
        assertTrue(message.contains(problem), () -> "expected \"" + problem + "\" in:\n" + message);
    }

    @Test
    void everyProblemIsNamedAtOnce() throws IOException {
        String message = refusal(Catalogue.builder("Acme Mail").table(new StringReader("1 true A FIX_REQUEST\n1 false B NONE"))
                .description("C", Locale.ENGLISH, "No such code."));
        assertTrue(message.startsWith("Catalogue \"Acme Mail\" is not valid (6 problems):"), message);
        for (String problem : List.of("the name \"Acme Mail\" must be lower-case letters and digits",
                "line 1: code 1: isSuccessful true on a non-zero code", "line 2: code 1: remedy NONE is for code 0 only",
                "no code 0: every catalogue documents code 0 as its success", "code 1 is listed twice: A (line 1) and B (line 2)",
                "a description in en of \"C\", which is not a name in the table")) {
            assertTrue(message.contains(problem), () -> problem + " in:\n" + message);
        }
    }

    @Test
    void codeZeroIsAlwaysThePlainSuccess() {
        assertTrue(refusal(Catalogue.builder("acme").code(0, false, "SUCCESS", Remedy.NONE))
                .contains("row 1: code 0: code 0 is the success of every NHN Cloud header"));
        assertTrue(refusal(Catalogue.builder("acme").partialSuccess(0, "SUCCESS", Remedy.FIX_REQUEST))
                .contains("row 1: code 0: code 0 is the success of every NHN Cloud header: give it isSuccessful true and remedy NONE,"
                        + " without PARTIAL_SUCCESS"));
        assertTrue(refusal(Catalogue.builder("acme").code(0, true, "SUCCESS", Remedy.FIX_REQUEST))
                .contains("code 0 is the success of every NHN Cloud header"));
        assertTrue(refusal(Catalogue.builder("acme").code(-1, false, "FAILED", Remedy.FIX_REQUEST)).contains("no code 0"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void aShippedServicesNameIsNotAnApplicationsToTake(Service service) {
        String message = refusal(Catalogue.builder(service.id()).code(0, true, "SUCCESS", Remedy.NONE));
        assertTrue(message.contains("is a service the SDK ships (compute, sms, email, kakaotalk-bizmessage, push): use Service."
                + service.name() + ".catalogue()"), message);
    }

    @Test
    void descriptionsAreCheckedToo() {
        String message = refusal(Catalogue.builder("acme").code(0, true, "SUCCESS", Remedy.NONE)
                .description("SUCCESS", Locale.ROOT, "No language.")
                .description("SUCCESS", Locale.ENGLISH, "  "));
        assertTrue(message.contains("description of \"SUCCESS\": the locale \"\" has no language"), message);
        assertTrue(message.contains("description of \"SUCCESS\" in en: the text is blank"), message);
    }

    @Test
    void aHostileNameIsQuotedSafelyInTheRefusal() {
        String message = refusal(Catalogue.builder("acme\r\nforged line"));
        assertTrue(message.contains("\"acme\\r\\nforged line\""), message);
        assertFalse(message.contains("\r"), message);
    }

    /** Compute's catalogue is ResultCode's model, entry by entry. */
    @Test
    void computesEntriesAreResultCodes() {
        Catalogue compute = Service.COMPUTE.catalogue();
        assertTrue(compute.isCompute());
        for (int code : new int[] {0, -1, -3, -8, 20001, 20004, 10404, 40503, 50401, 12345, Integer.MIN_VALUE}) {
            ResultCode meaning = ResultCode.of(code);
            CodeEntry entry = compute.lookup(code);
            assertEquals(meaning.kind().name(), entry.name());
            assertEquals(meaning.remedy(), entry.remedy());
            assertEquals(meaning.retryable(), entry.retryable());
            assertEquals(meaning.documented(), entry.documented());
            assertEquals(meaning.description(Locale.JAPANESE), entry.description(Locale.JAPANESE));
            assertEquals(code == 0 ? Verdict.SUCCESS : Verdict.FAILURE, entry.verdict());
        }
        List<CodeEntry> entries = compute.entries();
        assertEquals(11 + 12 * 100, entries.size(), "the fixed codes and PP400-PP499 of every family");
        assertTrue(entries.stream().allMatch(CodeEntry::documented));
        assertEquals(Kind.SUCCESS.name(), entries.get(0).name());
        assertEquals(compute.lookup(-3), compute.entry("PERMISSION_DENIED").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void aShippedCatalogueDeserializesAsItself(Service service) throws Exception {
        assertSame(service.catalogue(), roundTrip(service.catalogue()));
    }

    @Test
    void anApplicationsCatalogueDeserializesAsAnEqualOne() throws Exception {
        Catalogue copy = (Catalogue) roundTrip(mail());
        assertEquals(mail(), copy);
        assertEquals("앱키가 올바르지 않습니다.", copy.lookup(-1000).description(Locale.KOREAN));
        assertEquals(Verdict.PARTIAL_SUCCESS, copy.lookup(1000).verdict());
    }

    /** A stream that claims to be a Catalogue itself, not its serial form, is refused rather than trusted. */
    @Test
    void onlyTheSerialFormIsRead() throws Exception {
        byte[] bytes = serialize(mail());
        String form = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(form.contains("Catalogue$SerialForm"), "written as its serial form");
        byte[] tampered = form.replace("INVALID_APPKEY CHECK_CREDENTIALS", "INVALID_APPKEY CHECK_CREDENTIALX")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        InvalidObjectException refused = assertThrows(InvalidObjectException.class,
                () -> new ObjectInputStream(new ByteArrayInputStream(tampered)).readObject());
        assertTrue(refused.getMessage().startsWith("not a valid catalogue: Catalogue \"acme-mail\" is not valid"), refused.getMessage());
    }

    static byte[] serialize(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    static Object roundTrip(Object object) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(object)))) {
            return in.readObject();
        }
    }
}
