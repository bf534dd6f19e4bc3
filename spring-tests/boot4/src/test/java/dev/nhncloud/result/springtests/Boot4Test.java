package dev.nhncloud.result.springtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.restclient.RestTemplateBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import dev.nhncloud.result.spring.HeaderCheckingInterceptor;
import dev.nhncloud.result.spring.HeaderCheckingJacksonJsonConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What only Boot 4 has: its RestTemplateBuilder, its Jackson 3 mapper and the Jackson it manages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class Boot4Test {

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
    private RestTemplateBuilder restTemplates;

    @Autowired
    private JsonMapper mapper;

    @Autowired
    private HeaderCheckingInterceptor interceptor;

    @Test
    void theApplicationRunsOnBootsJackson() {
        // Importing the BOM changed no Jackson version.
        String expected = System.getProperty("expected.jackson");
        assertEquals(expected, tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
        assertEquals(expected, tools.jackson.core.json.PackageVersion.VERSION.toString());
    }

    @Test
    void restTemplateThrowsComputeApiExceptionAndMalformedResponseException() {
        RestTemplate template = restTemplates.rootUri(API.baseUrl()).build();
        assertEquals(3, template.getForObject("/servers", InstanceList.class).instances().size());
        ComputeApiException failure = assertThrows(ComputeApiException.class,
                () -> template.getForObject("/failure-13409", InstanceList.class));
        assertEquals(409, failure.code().httpStatus().orElseThrow());
        assertEquals(Reason.MALFORMED_JSON, assertThrows(MalformedResponseException.class,
                () -> template.getForObject("/truncated-body", InstanceNames.class)).reason());
        assertThrows(ComputeApiException.class, () -> template.delete("/failure-10404"));
    }

    @Test
    void bootsMapperHasTheModule() {
        assertTrue(mapper.registeredModules().stream().anyMatch(module -> "nhncloud-result".equals(module.getModuleName())),
                mapper.registeredModules().toString());
        Exception refused = assertThrows(Exception.class, () -> mapper.readValue("{\"instances\":[]}", InstanceList.class));
        Throwable cause = refused;
        while (cause != null && !(cause instanceof MalformedResponseException)) {
            cause = cause.getCause();
        }
        assertEquals(Reason.MISSING_HEADER, ((MalformedResponseException) cause).reason());
    }

    /**
     * The converter binds a class with a header in one pass, by the SDK's reader over the
     * application's mapper: even a mapper without the module, which cannot bind the header by
     * itself, gets the checked header. A class without one is bound by the mapper as it is.
     */
    @Test
    void theConverterBindsAResponseClassInOnePass() {
        JsonMapper withoutModule = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        assertThrows(RuntimeException.class, () -> withoutModule.readValue(
                "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"\"},\"instances\":[]}",
                InstanceList.class));
        RestClient client = RestClient.builder().baseUrl(API.baseUrl()).requestInterceptor(interceptor)
                .configureMessageConverters(converters ->
                        converters.withJsonConverter(new HeaderCheckingJacksonJsonConverter(withoutModule)))
                .build();
        InstanceList list = client.get().uri("/servers").retrieve().body(InstanceList.class);
        assertTrue(list.header().succeeded());
        assertEquals(3, list.instances().size());
        assertEquals("web-3", client.get().uri("/servers").retrieve().body(InstanceNames.class).instances().get(2).name());
        assertEquals(Reason.MALFORMED_JSON, assertThrows(MalformedResponseException.class,
                () -> client.get().uri("/truncated-body").retrieve().body(InstanceList.class)).reason());
    }
}
