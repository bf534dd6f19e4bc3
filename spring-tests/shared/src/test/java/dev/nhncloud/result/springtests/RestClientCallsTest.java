package dev.nhncloud.result.springtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.ApiFamily;
import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.Kind;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import dev.nhncloud.result.ResultCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * RestClient, as Boot builds it, against the fake Compute API: no code of the application's but
 * the property {@code nhncloud.result.base-urls}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class RestClientCallsTest {

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
    private RestClient.Builder builder;

    private RestClient compute() {
        return builder.baseUrl(API.baseUrl()).build();
    }

    @Test
    void successBindsTheApplicationsClass() {
        InstanceList list = compute().get().uri("/servers").retrieve().body(InstanceList.class);
        assertTrue(list.header().succeeded());
        assertEquals(3, list.instances().size());
        assertEquals("web-2", list.instances().get(1).name());
        assertEquals(4096, list.instances().get(0).flavor().ram());
    }

    @Test
    void successBindsAClassWithoutHeader() {
        InstanceNames names = compute().get().uri("/servers").retrieve().body(InstanceNames.class);
        assertEquals("web-3", names.instances().get(2).name());
    }

    @ParameterizedTest
    @EnumSource(ApiFamily.class)
    void aFailureOfEachFamilyThrowsComputeApiException(ApiFamily family) {
        int code = family.prefix() * 1000 + 404;
        ComputeApiException failure = assertThrows(ComputeApiException.class,
                () -> compute().get().uri("/failure-" + code).retrieve().body(InstanceList.class));
        assertEquals(code, failure.header().resultCode());
        assertEquals(Kind.API_ERROR, failure.kind());
        assertEquals(family, failure.code().api().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SUCCESS", "API_ERROR", "UNRECOGNIZED"}, mode = EnumSource.Mode.EXCLUDE)
    void eachFixedCodeThrowsComputeApiException(Kind kind) {
        int code = kind.code().orElseThrow();
        ComputeApiException failure = assertThrows(ComputeApiException.class,
                () -> compute().get().uri("/failure-" + code).retrieve().body(InstanceNames.class));
        assertEquals(kind, failure.kind());
        assertEquals(ResultCode.of(code).remedy(), failure.remedy());
    }

    @Test
    void aFailureThrowsAlsoWhenTheBodyIsNotRead() {
        ComputeApiException failure = assertThrows(ComputeApiException.class,
                () -> compute().delete().uri("/failure-10404").retrieve().toBodilessEntity());
        assertEquals(404, failure.code().httpStatus().orElseThrow());
        assertThrows(ComputeApiException.class,
                () -> compute().get().uri("/failure--3").retrieve().body(String.class));
    }

    @Test
    void aHttpServiceClientThrowsComputeApiException() {
        ComputeServers servers = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(compute())).build()
                .createClient(ComputeServers.class);
        assertEquals(3, servers.instances("servers").instances().size());
        ComputeApiException failure = assertThrows(ComputeApiException.class, () -> servers.instances("failure-50401"));
        assertTrue(failure.code().requiresCredentials());
    }

    @Test
    void aBodyCutOffAfterItsHeaderIsMalformed() {
        MalformedResponseException malformed = assertThrows(MalformedResponseException.class,
                () -> compute().get().uri("/truncated-body").retrieve().body(InstanceList.class));
        assertEquals(Reason.MALFORMED_JSON, malformed.reason());
        assertThrows(MalformedResponseException.class,
                () -> compute().get().uri("/truncated-body").retrieve().body(InstanceNames.class));
    }

    @Test
    void aBodyCutOffInItsHeaderIsMalformed() {
        MalformedResponseException malformed = assertThrows(MalformedResponseException.class,
                () -> compute().get().uri("/truncated-header").retrieve().body(InstanceNames.class));
        assertEquals(Reason.MALFORMED_JSON, malformed.reason());
    }

    @Test
    void aBodyWithoutHeaderIsMalformed() {
        MalformedResponseException malformed = assertThrows(MalformedResponseException.class,
                () -> compute().get().uri("/missing-header").retrieve().body(InstanceNames.class));
        assertEquals(Reason.MISSING_HEADER, malformed.reason());
    }

    @Test
    void anHtmlPageWithStatus200IsMalformed() {
        MalformedResponseException malformed = assertThrows(MalformedResponseException.class,
                () -> compute().get().uri("/html-200").retrieve().body(String.class));
        assertEquals(Reason.MALFORMED_JSON, malformed.reason());
    }

    @Test
    void anHtml502IsSpringsServerError() {
        HttpServerErrorException error = assertThrows(HttpServerErrorException.class,
                () -> compute().get().uri("/html-502").retrieve().body(InstanceList.class));
        assertEquals(502, error.getStatusCode().value());
    }

    @Test
    void aLargeInstanceListIsStreamedToTheConverter() {
        InstanceNames names = compute().get().uri("/large").retrieve().body(InstanceNames.class);
        assertEquals(FakeCompute.largeCount(), names.instances().size());
    }

    @Test
    void aHeaderPastTheHeaderLimitFailsNamingTheLimit() {
        ResourceAccessException error = assertThrows(ResourceAccessException.class,
                () -> compute().get().uri("/large-header-last").retrieve().body(InstanceNames.class));
        assertTrue(error.getMessage().contains("nhncloud.result.header-limit"), error.getMessage());
    }

    @Test
    void callsToOtherUrlsAreNotChecked() {
        ResponseEntity<String> answer = builder.baseUrl(API.otherUrl()).build().get().uri("/failure-10404").retrieve()
                .toEntity(String.class);
        assertTrue(answer.getBody().contains("\"resultCode\":10404"));
    }

    @Test
    void theCauseOfACutOffBodyIsTheLibrarysRefusal() {
        MalformedResponseException malformed = assertThrows(MalformedResponseException.class,
                () -> compute().get().uri("/truncated-body").retrieve().body(InstanceList.class));
        assertInstanceOf(Exception.class, malformed.getCause());
        assertTrue(malformed.getCause().getClass().getName().contains("jackson"), malformed.getCause().toString());
    }
}
