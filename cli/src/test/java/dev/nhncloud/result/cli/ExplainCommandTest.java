package dev.nhncloud.result.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
}
