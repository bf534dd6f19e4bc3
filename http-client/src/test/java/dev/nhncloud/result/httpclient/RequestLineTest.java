package dev.nhncloud.result.httpclient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the messages show of a request's URI. */
class RequestLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://api-compute.cloud.toast.com/compute/v1.0/appkeys/Xy12/instances | https://api-compute.cloud.toast.com/compute/v1.0/appkeys/***/instances",
        "https://h/v1.0/appkeys/Xy12 | https://h/v1.0/appkeys/***",
        "https://h/v1.0/appkeys/Xy12/ | https://h/v1.0/appkeys/***/",
        "https://h/v1.0/AppKeys/Xy12/instances/i-1 | https://h/v1.0/AppKeys/***/instances/i-1",
        "https://h/v1.0/appkeys/ | https://h/v1.0/appkeys/",
        // Servers that merge slashes and remove dot segments read the appkey after them.
        "https://h/v1.0/appkeys//KEY/instances | https://h/v1.0/appkeys//***/instances",
        "https://h/v1.0/appkeys///KEY | https://h/v1.0/appkeys///***",
        "https://h/v1.0/appkeys/./KEY/instances | https://h/v1.0/appkeys/./***/instances",
        "https://h/v1.0/appkeys//instances | https://h/v1.0/appkeys//***",
        "https://h/v1.0/app%6Beys/KEY/instances | https://h/v1.0/app%6Beys/***/instances",
        "https://h/v1.0/appkeys;v=1/KEY/instances | https://h/v1.0/appkeys;v=1/***/instances",
        "https://h/v1.0/appkeys/KEY/appkeys/KEY2 | https://h/v1.0/appkeys/***/appkeys/***",
        "https://h/v1.0/appkeys/a%2Fb/instances | https://h/v1.0/appkeys/***/instances",
        "https://h/v2/tenant-1/servers | https://h/v2/tenant-1/servers",
        "https://h:8443/v1.0/appkeys/k/security-groups?id=sg-1 | https://h:8443/v1.0/appkeys/***/security-groups?\u2026",
        "https://user:pass@h/v1.0/appkeys/k/instances#top | https://h/v1.0/appkeys/***/instances",
        "http://[::1]:8080/v1.0/appkeys/k | http://[::1]:8080/v1.0/appkeys/***",
        "https://h | https://h",
    })
    void masksTheAppkeyAndLeavesOutQueryUserAndFragment(String uri, String shown) {
        assertEquals(shown, RequestLine.masked(URI.create(uri)));
    }

    @Test
    void theLineIsMethodAndMaskedUri() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://h/v1.0/appkeys/k/instances/i-1"))
                .header("X-Auth-Token", "secret").DELETE().build();
        assertEquals("DELETE https://h/v1.0/appkeys/***/instances/i-1", RequestLine.of(request).toString());
    }

    /** URI text is escaped for logs: a path cannot reverse the text of a message (a bidirectional override is allowed in a URI). */
    @Test
    void unsafeCharactersAreEscaped() {
        URI uri = URI.create("https://h/v1.0/appkeys/k/instances/a\u202Eb");
        assertEquals("https://h/v1.0/appkeys/***/instances/a\\u202Eb", RequestLine.masked(uri));
    }
}
