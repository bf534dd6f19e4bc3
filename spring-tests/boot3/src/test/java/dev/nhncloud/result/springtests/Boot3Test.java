package dev.nhncloud.result.springtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.MalformedResponseException.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import dev.nhncloud.result.spring.HeaderCheckingInterceptor;
import dev.nhncloud.result.spring.HeaderCheckingJackson2Converter;
import java.util.List;
import org.springframework.web.client.RestTemplate;

/** What only Boot 3 has: its RestTemplateBuilder, its Jackson 2 mapper and the Jackson it manages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class Boot3Test {

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
    private ObjectMapper mapper;

    @Autowired
    private HeaderCheckingInterceptor interceptor;

    @Test
    void theApplicationRunsOnBootsJackson() {
        // Importing the BOM changed no Jackson version: before the BOM left Jackson to the
        // platform, databind 2.23 beside Boot's annotations 2.19 failed the start.
        String expected = System.getProperty("expected.jackson");
        assertEquals(expected, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        assertEquals(expected, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
        assertEquals(expected, com.fasterxml.jackson.annotation.JsonProperty.class.getPackage().getImplementationVersion());
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
        assertTrue(mapper.getRegisteredModuleIds().contains("nhncloud-result"), mapper.getRegisteredModuleIds().toString());
        Exception refused = assertThrows(Exception.class,
                () -> mapper.readValue("{\"instances\":[]}", InstanceList.class));
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
        ObjectMapper withoutModule = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThrows(Exception.class, () -> withoutModule.readValue(
                "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"\"},\"instances\":[]}",
                InstanceList.class));
        RestTemplate template = new RestTemplate(List.of(new HeaderCheckingJackson2Converter(withoutModule)));
        template.getInterceptors().add(interceptor);
        InstanceList list = template.getForObject(API.baseUrl() + "/servers", InstanceList.class);
        assertTrue(list.header().succeeded());
        assertEquals(3, list.instances().size());
        assertEquals("web-3", template.getForObject(API.baseUrl() + "/servers", InstanceNames.class).instances().get(2).name());
        assertEquals(Reason.MALFORMED_JSON, assertThrows(MalformedResponseException.class,
                () -> template.getForObject(API.baseUrl() + "/truncated-body", InstanceList.class)).reason());
    }
}
