package dev.nhncloud.result.springtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.ApiFamily;
import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.Kind;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * WebClient, as Boot builds it, against the fake Compute API. The blocking at the end of each
 * call is the test's, to assert on the outcome; the check itself never blocks. Every wait is
 * bounded. Spring's decoders hold at most 256 KiB by default; the 16 MiB list needs more (the
 * property is spring.codec.* on Boot 3, spring.http.codecs.* on Boot 4).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.codec.max-in-memory-size=32MB", "spring.http.codecs.max-in-memory-size=32MB"})
class WebClientCallsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final FakeCompute API = FakeCompute.start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("nhncloud.result.base-urls", API::baseUrl);
        registry.add("compute.url", API::baseUrl);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        API.close();
    }

    @Autowired
    private WebClient.Builder builder;

    private WebClient compute() {
        return builder.baseUrl(API.baseUrl()).build();
    }

    private <T> T get(String path, Class<T> type) {
        return compute().get().uri(path).retrieve().bodyToMono(type).block(WAIT);
    }

    @Test
    void successBindsTheApplicationsClass() {
        InstanceList list = get("/servers", InstanceList.class);
        assertTrue(list.header().succeeded());
        assertEquals("web-1", list.instances().get(0).name());
    }

    @ParameterizedTest
    @EnumSource(ApiFamily.class)
    void aFailureOfEachFamilyThrowsComputeApiException(ApiFamily family) {
        int code = family.prefix() * 1000 + 503;
        ComputeApiException failure = assertThrows(ComputeApiException.class, () -> get("/failure-" + code, InstanceNames.class));
        assertEquals(family, failure.code().api().orElseThrow());
        assertTrue(failure.code().retryable());
    }

    @Test
    void aFailureThrowsAlsoWhenTheBodyIsNotRead() {
        ComputeApiException failure = assertThrows(ComputeApiException.class,
                () -> compute().delete().uri("/failure--3").retrieve().toBodilessEntity().block(WAIT));
        assertEquals(Kind.PERMISSION_DENIED, failure.kind());
    }

    @Test
    void aHttpServiceClientThrowsComputeApiException() {
        ComputeServers servers = HttpServiceProxyFactory.builderFor(WebClientAdapter.create(compute())).build()
                .createClient(ComputeServers.class);
        assertEquals(3, servers.instances("servers").instances().size());
        assertThrows(ComputeApiException.class, () -> servers.instances("failure-20001"));
    }

    @Test
    void aBodyCutOffAfterItsHeaderIsMalformed() {
        MalformedResponseException malformed = assertThrows(MalformedResponseException.class,
                () -> get("/truncated-body", InstanceList.class));
        assertEquals(Reason.MALFORMED_JSON, malformed.reason());
    }

    @Test
    void aBodyWithoutHeaderOrWithTrailingDataIsMalformed() {
        assertEquals(Reason.MISSING_HEADER,
                assertThrows(MalformedResponseException.class, () -> get("/missing-header", InstanceNames.class)).reason());
        assertEquals(Reason.TRAILING_DATA,
                assertThrows(MalformedResponseException.class, () -> get("/trailing-data", InstanceNames.class)).reason());
        assertEquals(Reason.MALFORMED_JSON,
                assertThrows(MalformedResponseException.class, () -> get("/html-200", String.class)).reason());
    }

    @Test
    void anHtml502IsSpringsResponseException() {
        WebClientResponseException error = assertThrows(WebClientResponseException.class,
                () -> get("/html-502", InstanceList.class));
        assertEquals(502, error.getStatusCode().value());
    }

    @Test
    void aLargeInstanceListIsChecked() {
        InstanceNames names = get("/large", InstanceNames.class);
        assertEquals(FakeCompute.largeCount(), names.instances().size());
        InstanceNames last = get("/large-header-last", InstanceNames.class);
        assertEquals(FakeCompute.largeCount(), last.instances().size());
    }

    @Test
    void callsToOtherUrlsAreNotChecked() {
        String answer = builder.baseUrl(API.otherUrl()).build().get().uri("/failure-10404").retrieve()
                .bodyToMono(String.class).block(WAIT);
        assertTrue(answer.contains("\"resultCode\":10404"));
    }
}
