package dev.nhncloud.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResultCodeTest {

    /** The code table of DESIGN.md section 2, row by row. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "0,      SUCCESS,                  NONE",
        "-1,     FAIL,                     FIX_REQUEST",
        "-2,     UNKNOWN_EXCEPTION,        CONTACT_SUPPORT",
        "-3,     PERMISSION_DENIED,        CHECK_CREDENTIALS",
        "-4,     INVALID_PARAMETERS,       FIX_REQUEST",
        "-5,     NONEXISTENT,              CHECK_RESOURCE",
        "-6,     INTERNAL_DB_QUERY_FAILED, CONTACT_SUPPORT",
        "-7,     NOT_SUPPORTED,            FIX_REQUEST",
        "-8,     JSON_PARSING_ERROR,       FIX_REQUEST",
        "20001,  NO_AVAILABLE_IP,          CONTACT_SUPPORT",
        "20004,  NO_ACCESSIBLE_NETWORK,    CHECK_RESOURCE",
    })
    void fixedCodes(int value, Kind kind, Remedy remedy) {
        ResultCode code = ResultCode.of(value);
        assertEquals(value, code.value());
        assertEquals(kind, code.kind());
        assertEquals(remedy, code.remedy());
        assertTrue(code.documented());
        assertFalse(code.retryable());
        assertEquals(OptionalInt.empty(), code.httpStatus());
        assertEquals(OptionalInt.of(value), kind.code());
        assertEquals(value > 0 ? Optional.of(ApiFamily.NETWORK) : Optional.empty(), code.api());
    }

    @Test
    void documentedMessagesAreTheProvidersText() {
        assertEquals(Optional.of("SUCCESS"), Kind.SUCCESS.documentedMessage());
        assertEquals(Optional.of("UNKNOWN EXCEPTION"), Kind.UNKNOWN_EXCEPTION.documentedMessage());
        assertEquals(Optional.of("Permission denied"), Kind.PERMISSION_DENIED.documentedMessage());
        assertEquals(Optional.of("Failed to query internal db"), Kind.INTERNAL_DB_QUERY_FAILED.documentedMessage());
        assertEquals(Optional.of("No accessible network"), Kind.NO_ACCESSIBLE_NETWORK.documentedMessage());
        assertEquals(Optional.empty(), Kind.API_ERROR.documentedMessage());
        assertEquals(Optional.empty(), Kind.UNRECOGNIZED.documentedMessage());
        assertEquals(OptionalInt.empty(), Kind.API_ERROR.code());
    }

    @ParameterizedTest
    @CsvSource({
        "INSTANCE, 10", "FLAVOR, 11", "AVAILABILITY_ZONE, 12", "KEYPAIR, 13", "NETWORK, 20", "SUBNET, 21",
        "FLOATING_IP, 22", "LOAD_BALANCER, 23", "SECURITY_GROUP, 24", "IMAGE, 30", "VOLUME, 40", "TOKEN, 50",
    })
    void familyPrefixes(ApiFamily family, int prefix) {
        assertEquals(prefix, family.prefix());
        assertEquals(Optional.of(family), ApiFamily.ofPrefix(prefix));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 9, 14, 25, 31, 41, 51, 99, 100})
    void unusedPrefixesHaveNoFamily(int prefix) {
        assertEquals(Optional.empty(), ApiFamily.ofPrefix(prefix));
    }

    static Stream<Arguments> familyBoundaries() {
        return Stream.of(ApiFamily.values()).flatMap(family -> {
            int base = family.prefix() * 1000;
            return Stream.of(
                    Arguments.of(base + 99, family, null, false),
                    Arguments.of(base + 100, family, Kind.API_ERROR, false),
                    Arguments.of(base + 399, family, Kind.API_ERROR, false),
                    Arguments.of(base + 400, family, Kind.API_ERROR, true),
                    Arguments.of(base + 404, family, Kind.API_ERROR, true),
                    Arguments.of(base + 499, family, Kind.API_ERROR, true),
                    Arguments.of(base + 500, family, Kind.API_ERROR, false),
                    Arguments.of(base + 599, family, Kind.API_ERROR, false),
                    Arguments.of(base + 600, family, null, false));
        });
    }

    /** PP099/PP100, PP399/PP400, PP499/PP500, PP599/PP600 for every family. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("familyBoundaries")
    void perApiBoundaries(int value, ApiFamily family, Kind kind, boolean documented) {
        ResultCode code = ResultCode.of(value);
        if (kind == null) {
            assertEquals(Kind.UNRECOGNIZED, code.kind());
            assertEquals(Optional.empty(), code.api());
            assertEquals(OptionalInt.empty(), code.httpStatus());
            assertFalse(code.documented());
            assertEquals(Remedy.CONTACT_SUPPORT, code.remedy());
        } else {
            assertEquals(Kind.API_ERROR, code.kind());
            assertEquals(Optional.of(family), code.api());
            assertEquals(OptionalInt.of(value % 1000), code.httpStatus());
            assertEquals(documented, code.documented());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "20000, UNRECOGNIZED", "20001, NO_AVAILABLE_IP", "20002, UNRECOGNIZED",
        "20003, UNRECOGNIZED", "20004, NO_ACCESSIBLE_NETWORK", "20005, UNRECOGNIZED",
        "-9, UNRECOGNIZED", "1, UNRECOGNIZED", "-10404, UNRECOGNIZED", "14404, UNRECOGNIZED",
        "9999, UNRECOGNIZED", "100404, UNRECOGNIZED", "2147483647, UNRECOGNIZED", "-2147483648, UNRECOGNIZED",
    })
    void networkCodesAndOtherIntegers(int value, Kind kind) {
        ResultCode code = ResultCode.of(value);
        assertEquals(kind, code.kind());
        assertEquals(value, code.value());
        assertEquals(kind != Kind.UNRECOGNIZED, code.documented());
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "400, FIX_REQUEST", "401, CHECK_CREDENTIALS", "402, FIX_REQUEST", "403, CHECK_CREDENTIALS",
        "404, CHECK_RESOURCE", "405, FIX_REQUEST", "407, FIX_REQUEST", "408, RETRY_LATER", "409, FIX_REQUEST",
        "428, FIX_REQUEST", "429, RETRY_LATER", "430, FIX_REQUEST", "499, FIX_REQUEST",
        "500, RETRY_LATER", "502, RETRY_LATER", "503, RETRY_LATER", "599, RETRY_LATER",
        "100, CONTACT_SUPPORT", "200, CONTACT_SUPPORT", "302, CONTACT_SUPPORT", "399, CONTACT_SUPPORT",
    })
    void remedyOfPerApiCodesFollowsTheHttpStatus(int status, Remedy remedy) {
        for (ApiFamily family : ApiFamily.values()) {
            ResultCode code = ResultCode.of(family.prefix() * 1000 + status);
            assertEquals(remedy, code.remedy(), code.toString());
            assertEquals(remedy == Remedy.RETRY_LATER, code.retryable(), code.toString());
        }
    }

    @Test
    void credentialsAreRequiredForPermissionDeniedAndEveryFamilys401And403() {
        assertTrue(ResultCode.of(-3).requiresCredentials());
        for (ApiFamily family : ApiFamily.values()) {
            int base = family.prefix() * 1000;
            assertTrue(ResultCode.of(base + 401).requiresCredentials(), family.name());
            assertTrue(ResultCode.of(base + 403).requiresCredentials(), family.name());
            assertFalse(ResultCode.of(base + 402).requiresCredentials(), family.name());
            assertFalse(ResultCode.of(base + 404).requiresCredentials(), family.name());
        }
        for (int code : new int[] {0, -1, -2, -4, -5, -6, -7, -8, 20001, 20004, 777}) {
            assertFalse(ResultCode.of(code).requiresCredentials(), String.valueOf(code));
        }
    }

    @Test
    void retryableExactlyForRetryLater() {
        for (Remedy remedy : Remedy.values()) {
            assertEquals(remedy == Remedy.RETRY_LATER, remedy.retryable());
        }
    }

    @Test
    void documentedCodesAreSharedInstances() {
        assertSame(ResultCode.of(0), ResultCode.of(0));
        assertSame(ResultCode.of(-8), ResultCode.of(-8));
        assertSame(ResultCode.of(20004), ResultCode.of(20004));
        for (ApiFamily family : ApiFamily.values()) {
            for (int status = 400; status <= 499; status++) {
                int value = family.prefix() * 1000 + status;
                assertSame(ResultCode.of(value), ResultCode.of(value));
            }
        }
    }

    @Test
    void equalityIsByValue() {
        assertEquals(ResultCode.of(10503), ResultCode.of(10503));
        assertEquals(ResultCode.of(10503).hashCode(), ResultCode.of(10503).hashCode());
        assertEquals(ResultCode.of(777), ResultCode.of(777));
        assertNotEquals(ResultCode.of(10404), ResultCode.of(11404));
    }

    @Test
    void toStringSummarizes() {
        assertEquals("10404 API_ERROR INSTANCE HTTP 404", ResultCode.of(10404).toString());
        assertEquals("40503 API_ERROR VOLUME HTTP 503 (undocumented)", ResultCode.of(40503).toString());
        assertEquals("-3 PERMISSION_DENIED", ResultCode.of(-3).toString());
        assertEquals("20001 NO_AVAILABLE_IP NETWORK", ResultCode.of(20001).toString());
        assertEquals("77 UNRECOGNIZED (undocumented)", ResultCode.of(77).toString());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindWithACodeLooksUpToItself(Kind kind) {
        kind.code().ifPresent(value -> assertEquals(kind, ResultCode.of(value).kind()));
    }
}
