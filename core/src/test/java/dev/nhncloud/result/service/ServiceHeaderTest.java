package dev.nhncloud.result.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.Remedy;
import dev.nhncloud.result.ResultCode;
import dev.nhncloud.result.ResultHeader;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A header read under a service's catalogue: what it means, and that it never fails open. */
class ServiceHeaderTest {

    private static final Catalogue SMS = Service.SMS.catalogue();
    private static final Catalogue EMAIL = Service.EMAIL.catalogue();
    private static final Catalogue PUSH = Service.PUSH.catalogue();

    /**
     * A Compute header serialized by the SDK before there were catalogues (commit a3afa08):
     * {@code ResultHeader.of(false, -3, "Permission denied: token expired")}.
     */
    private static final String SERIALIZED_BEFORE_CATALOGUES = "rO0ABXNyACBkZXYubmhuY2xvdWQucmVzdWx0LlJlc3VsdEhlYWRlcgAAAAAAAAAB"
            + "AgADWgAMaXNTdWNjZXNzZnVsSQAKcmVzdWx0Q29kZUwADXJlc3VsdE1lc3NhZ2V0ABJMamF2YS9sYW5nL1N0cmluZzt4cAD////9dAAg"
            + "UGVybWlzc2lvbiBkZW5pZWQ6IHRva2VuIGV4cGlyZWQ=";

    /** Every combination that matters, by service: flag, code, verdict, consistent. */
    @ParameterizedTest(name = "{0} isSuccessful={1} resultCode={2} -> {3}")
    @CsvSource({
        "email, true,  0,     SUCCESS,         true",
        "email, true,  1000,  PARTIAL_SUCCESS, true",
        "email, false, 1000,  FAILURE,         false",
        "email, false, 0,     FAILURE,         false",
        "email, false, -2032, FAILURE,         true",
        "email, true,  -2032, FAILURE,         false",
        "email, true,  1001,  FAILURE,         false",
        "sms,   true,  0,     SUCCESS,         true",
        "sms,   true,  1000,  FAILURE,         false",
        "sms,   false, -1000, FAILURE,         true",
        "sms,   true,  -1000, FAILURE,         false",
        "sms,   false, 1000,  FAILURE,         true",
        "kakaotalk-bizmessage, true,  0,     SUCCESS, true",
        "kakaotalk-bizmessage, true,  1000,  FAILURE, false",
        "kakaotalk-bizmessage, false, -1031, FAILURE, true",
        "push,  true,  0,     SUCCESS,         true",
        "push,  false, 50123, FAILURE,         true",
        "push,  true,  50123, FAILURE,         false",
        "push,  false, 400,   FAILURE,         true",
        "push,  true,  40401, FAILURE,         false",
        "compute, true,  0,    SUCCESS,        true",
        "compute, true,  1000, FAILURE,        false",
        "compute, false, -3,   FAILURE,        true",
    })
    void theVerdictIsTheCataloguesAndFailsClosed(String service, boolean isSuccessful, int code, Verdict verdict, boolean consistent) {
        ResultHeader header = ResultHeader.of(Service.byId(service).catalogue(), isSuccessful, code, "message");
        assertEquals(verdict, header.verdict());
        assertEquals(consistent, header.isConsistent());
        assertEquals(verdict == Verdict.SUCCESS, header.succeeded(), "succeeded() is the plain success only");
        assertEquals(isSuccessful, header.isSuccessfulFlag());
    }

    @Test
    void aPartialSuccessIsNotAFailureToThrow() {
        ResultHeader partial = ResultHeader.of(EMAIL, true, 1000, "Some of your requests are successful.");
        assertSame(partial, partial.throwIfFailed(), "the request was accepted: its body says which parts failed");
        assertFalse(partial.succeeded());
        assertEquals("PARTIALLY_SUCCESSFUL", partial.meaning().name());
        assertEquals(Remedy.FIX_REQUEST, partial.meaning().remedy());
        assertFalse(partial.meaning().retryable(), "sending it again unchanged would send again to those who got it");
        assertEquals(Optional.of("Some of your requests are successful."), partial.detail());
    }

    @Test
    void aServicesFailureIsAComputeApiExceptionWithTheServicesWords() {
        ResultHeader header = ResultHeader.of(SMS, false, -1000, "Invalid appKey.");
        ComputeApiException e = assertThrows(ComputeApiException.class, header::throwIfFailed);
        assertSame(header, e.header());
        assertEquals("resultCode -1000 INVALID_APPKEY of sms (remedy CHECK_CREDENTIALS): \"Invalid appKey.\"", e.getMessage());
        assertEquals(Remedy.CHECK_CREDENTIALS, e.remedy());
        IllegalStateException notCompute = assertThrows(IllegalStateException.class, e::kind);
        assertEquals("This header was read under the sms catalogue, whose codes are not Compute's: use meaning() rather than code()",
                notCompute.getMessage());
        assertThrows(IllegalStateException.class, e::code);

        ResultHeader unknown = ResultHeader.of(SMS, true, 31337, "fine, really");
        ComputeApiException undocumented = assertThrows(ComputeApiException.class, unknown::throwIfFailed);
        assertEquals("resultCode 31337 UNRECOGNIZED (undocumented) of sms (remedy CONTACT_SUPPORT), inconsistent header:"
                + " isSuccessful=true: \"fine, really\"", undocumented.getMessage());

        ComputeApiException zeroButFalse = assertThrows(ComputeApiException.class, ResultHeader.of(PUSH, false, 0, "")::throwIfFailed);
        assertEquals(Remedy.CONTACT_SUPPORT, zeroButFalse.remedy(), "an inconsistent success code: nothing the caller can fix");
    }

    /** Compute's model would misread another service's code: Push's 40401 is "not found", not the Block Storage API's 401. */
    @Test
    void computesModelIsNotOfferedForAnotherServicesCode() {
        ResultHeader push = ResultHeader.of(PUSH, false, 40401, "Client Error. Not found.");
        assertThrows(IllegalStateException.class, push::code);
        assertEquals(Remedy.CHECK_RESOURCE, push.meaning().remedy());
        assertEquals(Remedy.CHECK_CREDENTIALS, ResultCode.of(40401).remedy(), "what code() would have said");
        assertEquals(ResultCode.of(40401), ResultHeader.of(false, 40401, "").code());
    }

    @Test
    void meaningIsTheCataloguesEntryForEveryService() {
        assertSame(SMS.lookup(-2016), ResultHeader.of(SMS, false, -2016, "").meaning());
        assertEquals("INTERNAL_ERROR", ResultHeader.of(PUSH, false, 50250, "").meaning().name());
        assertEquals("TAGGED_API_CLIENT_ERROR", ResultHeader.of(PUSH, false, 400, "").meaning().name());
        assertEquals(Service.COMPUTE.catalogue().lookup(-5), ResultHeader.of(false, -5, "Nonexistent").meaning());
        assertEquals("NONEXISTENT", ResultHeader.of(false, -5, "Nonexistent").meaning().name());
        assertEquals("한 요청에 지정할 수 있는 수신자는 최대 1,000명입니다.",
                ResultHeader.of(SMS, false, -2016, "").meaning().description(Locale.KOREAN));
    }

    @Test
    void theDetailOfAServicesMessageIsTheWholeMessage() {
        assertEquals(Optional.of("Invalid appKey."), ResultHeader.of(SMS, false, -1000, "  Invalid appKey. ").detail());
        assertEquals(Optional.empty(), ResultHeader.of(SMS, true, 0, " ").detail());
        assertEquals(Optional.of("SUCCESS"), ResultHeader.of(SMS, true, 0, "SUCCESS").detail(),
                "only Compute's codes have documented text to take off");
    }

    @Test
    void equalityAndLogsNameTheCatalogue() {
        assertEquals(ResultHeader.of(SMS, false, -1000, "x"), ResultHeader.of(SMS, false, -1000, "x"));
        assertNotEquals(ResultHeader.of(SMS, false, -1000, "x"), ResultHeader.of(false, -1000, "x"));
        assertNotEquals(ResultHeader.of(EMAIL, true, 1000, "x"), ResultHeader.of(true, 1000, "x"), "a partial success, and a failure");
        assertEquals(ResultHeader.of(false, -3, "x"), ResultHeader.of(Service.COMPUTE.catalogue(), false, -3, "x"));
        assertEquals("ResultHeader{isSuccessful=false, resultCode=-1000, resultMessage=\"Invalid\\nappKey.\", catalogue=sms}",
                ResultHeader.of(SMS, false, -1000, "Invalid\nappKey.").toString());
        assertEquals("ResultHeader{isSuccessful=false, resultCode=-3, resultMessage=\"x\"}", ResultHeader.of(false, -3, "x").toString());
    }

    @Test
    void aServicesHeaderSerializesWithItsCatalogue() throws Exception {
        ResultHeader partial = ResultHeader.of(EMAIL, true, 1000, "Some of your requests are successful.");
        ResultHeader copy = (ResultHeader) CatalogueTest.roundTrip(partial);
        assertEquals(partial, copy);
        assertSame(EMAIL, copy.catalogue());
        assertEquals(Verdict.PARTIAL_SUCCESS, copy.verdict());

        Catalogue own = Catalogue.builder("acme").code(0, true, "SUCCESS", Remedy.NONE)
                .code(-1, false, "FAILED", Remedy.FIX_REQUEST).build();
        ResultHeader failed = ResultHeader.of(own, false, -1, "no");
        ComputeApiException copied = (ComputeApiException) CatalogueTest.roundTrip(new ComputeApiException(failed));
        assertEquals(failed, copied.header());
        assertEquals("FAILED", copied.header().meaning().name());
    }

    /** A header serialized before catalogues existed has no catalogue field: it was, and is, a Compute header. */
    @Test
    void aHeaderSerializedBeforeCataloguesIsAComputeHeader() throws Exception {
        byte[] bytes = Base64.getDecoder().decode(SERIALIZED_BEFORE_CATALOGUES);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            ResultHeader header = (ResultHeader) in.readObject();
            assertEquals(ResultHeader.of(false, -3, "Permission denied: token expired"), header);
            assertTrue(header.catalogue().isCompute());
            assertEquals(ResultCode.of(-3), header.code());
            assertEquals(Optional.of("token expired"), header.detail());
            assertEquals(Verdict.FAILURE, header.verdict());
        }
    }

    @Test
    void readOptionsCarryTheCatalogue() {
        ReadOptions defaults = ReadOptions.defaults();
        assertSame(Service.COMPUTE.catalogue(), defaults.catalogue());
        ReadOptions sms = ReadOptions.builder().maxDepth(10).service(Service.SMS).build();
        assertSame(SMS, sms.catalogue());
        assertEquals(sms, sms.toBuilder().build());
        assertEquals(sms, ReadOptions.builder().maxDepth(10).catalogue(SMS).build());
        assertNotEquals(sms, ReadOptions.builder().maxDepth(10).build());
        assertEquals("ReadOptions{maxDepth=10, maxMessageLength=65536, maxNameLength=65536, validateDocument=false, catalogue=sms}", sms.toString());
        assertThrows(NullPointerException.class, () -> ReadOptions.builder().catalogue(null));
        assertThrows(NullPointerException.class, () -> ReadOptions.builder().service(null));
    }

    @Test
    void servicesAreFoundByTheirIdentifier() {
        for (Service service : Service.values()) {
            assertSame(service, Service.byId(service.id()));
            assertEquals(service.id(), service.catalogue().name());
            assertSame(service.catalogue(), service.catalogue());
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Service.byId("fax"));
        assertEquals("No service \"fax\": the SDK ships compute, sms, email, kakaotalk-bizmessage, push;"
                + " build a catalogue of your own with Catalogue.builder(name)", unknown.getMessage());
    }
}
