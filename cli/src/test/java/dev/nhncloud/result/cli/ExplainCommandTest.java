package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainCommandTest {

    @Test
    void explainsAPerApiCode() {
        Cli cli = Cli.run("explain", "10404");
        assertEquals(0, cli.status);
        assertEquals(String.join("\n",
                "10404  API_ERROR",
                "  meaning       Instance API answered with HTTP status 404.",
                "  kind          An API refused the request; the last three digits of the code are the HTTP status.",
                "  API           INSTANCE: Instance API",
                "  HTTP status   404",
                "  remedy        CHECK_RESOURCE: Check that the resource exists and its ID is right.",
                "  retryable     no", ""), cli.out);
    }

    @Test
    void explainsInEveryLanguage() {
        assertTrue(Cli.run("explain", "-3", "--lang", "ko").out.contains("토큰을 갱신하거나"));
        assertTrue(Cli.run("explain", "-3", "--lang", "ja").out.contains("トークンを更新"));
        assertTrue(Cli.run("explain", "-3", "--lang", "zh").out.contains("请更新令牌"));
        assertTrue(Cli.run("explain", "-3").out.contains("message       \"Permission denied\" (as documented)"));
    }

    @Test
    void explainsUndocumentedAndUnknownCodes() {
        Cli undocumented = Cli.run("explain", "40503");
        assertTrue(undocumented.out.startsWith("40503  API_ERROR  (undocumented)"), undocumented.out);
        assertTrue(undocumented.out.contains("retryable     yes, unchanged, with back-off"), undocumented.out);
        Cli unknown = Cli.run("explain", "--", "-99");
        assertTrue(unknown.out.startsWith("-99  UNRECOGNIZED  (undocumented)"), unknown.out);
        assertTrue(unknown.out.contains("CONTACT_SUPPORT"), unknown.out);
    }

    @Test
    void explainsAsJson() {
        Cli cli = Cli.run("explain", "20001", "--format", "json");
        assertEquals("{\"resultCode\":20001,\"kind\":\"NO_AVAILABLE_IP\",\"api\":\"NETWORK\",\"httpStatus\":null,"
                + "\"documented\":true,\"remedy\":\"CONTACT_SUPPORT\",\"retryable\":false,\"documentedMessage\":\"No available IP\","
                + "\"description\":\"The network has no free IP address left.\","
                + "\"remedyDescription\":\"Contact NHN Cloud support; the caller cannot fix this.\"}\n", cli.out);
    }

    /** Digits of other scripts are digits to Integer.parseInt, not to a person reading a log: "٣" is not 3. */
    @ParameterizedTest
    @ValueSource(strings = {"\u0663", "\uFF13", "-\u0663", "\u0967\u0966\u096A\u0966\u096A", "+3", "3.0", "1e3", " 3", "0x10"})
    void aCodeIsWrittenInAsciiDigitsOnly(String code) {
        Cli cli = Cli.run("explain", "--", code);
        assertEquals(64, cli.status, cli.out);
        assertEquals("", cli.out);
        assertTrue(cli.err.contains("not a result code: write it in ASCII digits, such as -3 or 10404"), cli.err);
        assertTrue(cli.err.contains("Usage: nhncloud-result explain"), cli.err);
    }

    @Test
    void aCodeOutsideIntIsRefusedNotWrapped() {
        Cli cli = Cli.run("explain", "4294967296");
        assertEquals(64, cli.status, cli.out);
        assertTrue(cli.err.contains("outside the range of a resultCode"), cli.err);
        assertEquals(0, Cli.run("explain", "--", "-2147483648").status);
        assertEquals(0, Cli.run("explain", "2147483647").status);
    }

    /** For a fixed code the meaning is the kind's description: said once, not twice. */
    @Test
    void noLineRepeatsTheOneBefore() {
        Cli cli = Cli.run("explain", "-3");
        assertEquals(String.join("\n",
                "-3  PERMISSION_DENIED",
                "  meaning       The token or account is not allowed to do this, or the token has expired.",
                "  message       \"Permission denied\" (as documented)",
                "  remedy        CHECK_CREDENTIALS: Renew the token or check the account's permissions.",
                "  retryable     no", ""), cli.out);
    }
}
