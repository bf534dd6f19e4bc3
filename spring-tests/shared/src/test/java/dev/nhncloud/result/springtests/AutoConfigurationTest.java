package dev.nhncloud.result.springtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.Service;
import dev.nhncloud.result.service.Verdict;
import dev.nhncloud.result.spring.ComputeProblemHandler;
import dev.nhncloud.result.spring.HeaderCheckingFilter;
import dev.nhncloud.result.spring.HeaderCheckingInterceptor;
import dev.nhncloud.result.spring.NhnCloudEndpoints;
import dev.nhncloud.result.spring.boot.NhnCloudResultAutoConfiguration;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration on its own, as Boot applies it: what it configures, from which properties, and its off switch. */
class AutoConfigurationTest {

    /** The binding this Boot generation's application reads with, from the test module's pom. */
    private static final String EXPECTED_BINDING = System.getProperty("expected.binding");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(NhnCloudResultAutoConfiguration.class));

    @Test
    void oneBaseUrlConfiguresEveryPart() {
        runner.withPropertyValues("nhncloud.result.base-urls=https://api.example.test/compute").run(context -> {
            assertEquals(EXPECTED_BINDING, context.getBean(HeaderReader.class).binding());
            NhnCloudEndpoints endpoints = context.getBean(NhnCloudEndpoints.class);
            assertTrue(endpoints.covers(URI.create("https://api.example.test/compute/v2/servers")));
            assertFalse(endpoints.covers(URI.create("https://api.example.test/computers")));
            assertTrue(context.containsBean("nhncloudRestClientCustomizer"));
            assertTrue(context.containsBean("nhncloudRestTemplateCustomizer"));
            assertTrue(context.containsBean("nhncloudWebClientCustomizer"));
            assertEquals(1, context.getBeansOfType(HeaderCheckingInterceptor.class).size());
            assertEquals(1, context.getBeansOfType(HeaderCheckingFilter.class).size());
            assertTrue(context.getBeansOfType(ComputeProblemHandler.class).isEmpty());
        });
    }

    @Test
    void propertiesSetTheReadersOptions() {
        runner.withPropertyValues("nhncloud.result.validate-document=true", "nhncloud.result.max-depth=64",
                "nhncloud.result.max-message-length=100").run(context -> {
                    HeaderReader reader = context.getBean(HeaderReader.class);
                    assertTrue(reader.options().validateDocument());
                    assertEquals(64, reader.options().maxDepth());
                    assertEquals(100, reader.options().maxMessageLength());
                });
    }

    /** A service's catalogue reaches the reader, so that Email's partial success is one (and not a Compute failure). */
    @Test
    void theServiceAndTheNameLimitSetTheReadersOptions() {
        runner.withPropertyValues("nhncloud.result.service=email", "nhncloud.result.max-name-length=100").run(context -> {
            HeaderReader reader = context.getBean(HeaderReader.class);
            assertEquals(Service.EMAIL.catalogue(), reader.options().catalogue());
            assertEquals(100, reader.options().maxNameLength());
            ResultHeader partial = reader.read("{\"header\":{\"isSuccessful\":true,\"resultCode\":1000,\"resultMessage\":\"\"}}");
            assertEquals(Verdict.PARTIAL_SUCCESS, partial.verdict());
        });
        runner.withPropertyValues("nhncloud.result.service=kakaotalk-bizmessage").run(context ->
                assertEquals(Service.KAKAOTALK_BIZMESSAGE.catalogue(), context.getBean(HeaderReader.class).options().catalogue()));
        runner.run(context -> assertEquals(Service.COMPUTE.catalogue(), context.getBean(HeaderReader.class).options().catalogue()));
    }

    @Test
    void aBindingIsChosenByName() {
        runner.withPropertyValues("nhncloud.result.binding=" + EXPECTED_BINDING.toUpperCase(java.util.Locale.ROOT))
                .run(context -> assertEquals(EXPECTED_BINDING, context.getBean(HeaderReader.class).binding()));
        runner.withPropertyValues("nhncloud.result.binding=yaml").run(context -> {
            assertTrue(context.getStartupFailure() != null);
            assertTrue(rootMessage(context.getStartupFailure()).contains("No nhncloud-result binding named \"yaml\""));
        });
    }

    @Test
    void aBaseUrlThatIsNotHttpStopsTheStart() {
        runner.withPropertyValues("nhncloud.result.base-urls=ftp://api.example.test").run(context ->
                assertTrue(rootMessage(context.getStartupFailure()).contains("ftp://api.example.test")));
    }

    @Test
    void problemDetailsAreOnlyWhenAskedFor() {
        runner.withPropertyValues("nhncloud.result.problem-details.enabled=true")
                .run(context -> assertEquals(1, context.getBeansOfType(ComputeProblemHandler.class).size()));
    }

    @Test
    void theOffSwitchConfiguresNothing() {
        runner.withPropertyValues("nhncloud.result.enabled=false", "nhncloud.result.base-urls=https://api.example.test")
                .run(context -> {
                    assertTrue(context.getBeansOfType(HeaderReader.class).isEmpty());
                    assertTrue(context.getBeansOfType(HeaderCheckingInterceptor.class).isEmpty());
                    assertFalse(context.containsBean("nhncloudRestClientCustomizer"));
                    assertFalse(context.containsBean("nhncloudJacksonModule"));
                    assertFalse(context.containsBean("nhncloudJackson3Module"));
                });
    }

    @Test
    void theApplicationsOwnReaderIsKept() {
        HeaderReader own = dev.nhncloud.result.HeaderReaders.named(EXPECTED_BINDING,
                dev.nhncloud.result.ReadOptions.builder().maxDepth(10).build());
        runner.withBean(HeaderReader.class, () -> own)
                .run(context -> assertEquals(10, context.getBean(HeaderReader.class).options().maxDepth()));
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
