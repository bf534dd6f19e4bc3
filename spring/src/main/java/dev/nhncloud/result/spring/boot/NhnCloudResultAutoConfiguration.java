package dev.nhncloud.result.spring.boot;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.spring.ComputeProblemDetails;
import dev.nhncloud.result.spring.ComputeProblemHandler;
import dev.nhncloud.result.spring.HeaderCheckingFilter;
import dev.nhncloud.result.spring.HeaderCheckingInterceptor;
import dev.nhncloud.result.spring.HeaderCheckingJackson2Converter;
import dev.nhncloud.result.spring.HeaderCheckingJacksonJsonConverter;
import dev.nhncloud.result.spring.NhnCloudEndpoints;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot 3.5 and 4 auto-configuration of nhncloud-result: with the artifact and one
 * property, {@code nhncloud.result.base-urls}, every call to those URLs through Boot's
 * {@code RestClient.Builder}, {@code RestTemplateBuilder} and {@code WebClient.Builder} (and the
 * HTTP service clients built from them) throws {@code ComputeApiException} when its header
 * reports a failure and {@code MalformedResponseException} when the header is missing, broken or
 * cut off.
 *
 * <p>What it configures, each part backing off when the application defines its own bean:
 * <ul>
 * <li>a {@link HeaderReader} from the binding present (or {@code nhncloud.result.binding});</li>
 * <li>the binding's data-binding module on Boot's mapper, so that response classes with a
 *     {@code ResultHeader header} field bind with the SDK's rules: {@code JacksonHeaders.module()}
 *     as a Jackson 2 {@code Module} bean (Boot 3 registers it on its {@code ObjectMapper}), and
 *     {@code Jackson3Headers.module()} as a Jackson 3 {@code JacksonModule} bean (Boot 4, on its
 *     {@code JsonMapper});</li>
 * <li>{@link HeaderCheckingInterceptor} on every {@code RestClient} and {@code RestTemplate}
 *     built by Boot's builders, and Boot's JSON converter replaced by one that reports a body cut
 *     off after its header as the SDK's exception ({@link HeaderCheckingJackson2Converter} on
 *     Boot 3, {@link HeaderCheckingJacksonJsonConverter} on Boot 4);</li>
 * <li>{@link HeaderCheckingFilter} on every {@code WebClient} built by Boot's builder;</li>
 * <li>with {@code nhncloud.result.problem-details.enabled=true}, {@link ComputeProblemHandler}:
 *     a failure that reaches a controller is answered as an RFC 9457 problem detail.</li>
 * </ul>
 *
 * <p>{@code nhncloud.result.enabled=false} switches all of it off. Each Boot generation's part
 * is a nested configuration guarded by a class only that generation has.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"},
        beforeName = {
            "org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration",
            "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration"})
@ConditionalOnProperty(prefix = NhnCloudResultProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(NhnCloudResultProperties.class)
public class NhnCloudResultAutoConfiguration {

    /** The bindings in the order of preference when several are present: the JSON library Boot reads with first. */
    static final List<String> PREFERENCE = List.of("jackson3", "jackson", "gson", "jsonp");

    /** Creates the configuration; Spring does. */
    public NhnCloudResultAutoConfiguration() {
    }

    /**
     * The reader of headers.
     *
     * @param properties the {@code nhncloud.result.*} properties
     * @return a reader from the chosen binding, with the configured options
     * @throws IllegalArgumentException when the chosen binding is not present
     * @throws IllegalStateException    when no binding is present; the message names the artifacts
     */
    @Bean
    @ConditionalOnMissingBean
    public HeaderReader nhncloudHeaderReader(NhnCloudResultProperties properties) {
        ReadOptions options = properties.readOptions();
        String chosen = properties.getBinding();
        if (chosen != null && !chosen.isBlank()) {
            return HeaderReaders.named(chosen.strip(), options);
        }
        Set<String> present = HeaderReaders.available();
        for (String binding : PREFERENCE) {
            if (present.contains(binding)) {
                return HeaderReaders.named(binding, options);
            }
        }
        return HeaderReaders.load(options);
    }

    /**
     * The base URLs whose calls are checked.
     *
     * @param properties the {@code nhncloud.result.*} properties
     * @return the endpoints of {@code nhncloud.result.base-urls}
     */
    @Bean
    @ConditionalOnMissingBean
    public NhnCloudEndpoints nhncloudEndpoints(NhnCloudResultProperties properties) {
        return NhnCloudEndpoints.of(properties.getBaseUrls());
    }

    /** The Jackson 2 data-binding module, registered by Boot 3 on its {@code ObjectMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.Module", "dev.nhncloud.result.jackson.JacksonHeaders"})
    static class JacksonModuleConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "nhncloudJacksonModule")
        com.fasterxml.jackson.databind.Module nhncloudJacksonModule(NhnCloudResultProperties properties) {
            return dev.nhncloud.result.jackson.JacksonHeaders.module(properties.readOptions());
        }
    }

    /** The Jackson 3 data-binding module, registered by Boot 4 on its {@code JsonMapper}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"tools.jackson.databind.JacksonModule", "dev.nhncloud.result.jackson3.Jackson3Headers"})
    static class Jackson3ModuleConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "nhncloudJackson3Module")
        tools.jackson.databind.JacksonModule nhncloudJackson3Module(NhnCloudResultProperties properties) {
            return dev.nhncloud.result.jackson3.Jackson3Headers.module(properties.readOptions());
        }
    }

    /** RestClient and RestTemplate: the interceptor, and the customizers of the Boot present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.web.client.RestClient")
    static class RestClientConfiguration {

        @Bean
        @ConditionalOnMissingBean
        HeaderCheckingInterceptor nhncloudHeaderCheckingInterceptor(HeaderReader reader, NhnCloudEndpoints endpoints,
                NhnCloudResultProperties properties) {
            return HeaderCheckingInterceptor.of(reader, endpoints)
                    .withHeaderLimit(Math.toIntExact(properties.getHeaderLimit().toBytes()))
                    .withBodyLimit(Math.toIntExact(properties.getBodyLimit().toBytes()));
        }

        /** Boot 3's customizers. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.web.client.RestClientCustomizer")
        static class Boot3 {

            @Bean
            org.springframework.boot.web.client.RestClientCustomizer nhncloudRestClientCustomizer(
                    HeaderCheckingInterceptor interceptor) {
                return builder -> builder.requestInterceptor(interceptor);
            }

            @Bean
            org.springframework.boot.web.client.RestTemplateCustomizer nhncloudRestTemplateCustomizer(
                    HeaderCheckingInterceptor interceptor) {
                return template -> template.getInterceptors().add(interceptor);
            }
        }

        /** Boot 4's customizers; the HTTP service client groups are built with them too. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.restclient.RestClientCustomizer")
        static class Boot4 {

            @Bean
            org.springframework.boot.restclient.RestClientCustomizer nhncloudRestClientCustomizer(
                    HeaderCheckingInterceptor interceptor) {
                return builder -> builder.requestInterceptor(interceptor);
            }

            @Bean
            org.springframework.boot.restclient.RestTemplateCustomizer nhncloudRestTemplateCustomizer(
                    HeaderCheckingInterceptor interceptor) {
                return template -> template.getInterceptors().add(interceptor);
            }
        }
    }

    /**
     * Boot 3's Jackson 2 converter, in place of Boot's own, which backs off for a bean of its type;
     * Boot's converters put it where its own was.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.ObjectMapper",
        "org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration"})
    @ConditionalOnBean(type = "com.fasterxml.jackson.databind.ObjectMapper")
    static class Boot3ConverterConfiguration {

        @Bean
        @ConditionalOnMissingBean(type = "org.springframework.http.converter.json.MappingJackson2HttpMessageConverter")
        HeaderCheckingJackson2Converter nhncloudJackson2Converter(com.fasterxml.jackson.databind.ObjectMapper mapper,
                NhnCloudResultProperties properties) {
            return new HeaderCheckingJackson2Converter(mapper, properties.readOptions());
        }
    }

    /**
     * Boot 4's Jackson 3 converter for its HTTP clients, in the place of Boot's own: the client
     * converters' JSON converter, after Boot's customizer has set its own (which it replaces), so
     * that the converters keep their order (a {@code String} is still read as text).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"tools.jackson.databind.json.JsonMapper",
        "org.springframework.http.converter.json.JacksonJsonHttpMessageConverter",
        "org.springframework.boot.http.converter.autoconfigure.ClientHttpMessageConvertersCustomizer"})
    @ConditionalOnBean(type = "tools.jackson.databind.json.JsonMapper")
    static class Boot4ConverterConfiguration {

        @Bean
        @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
        org.springframework.boot.http.converter.autoconfigure.ClientHttpMessageConvertersCustomizer nhncloudJsonConverterCustomizer(
                tools.jackson.databind.json.JsonMapper mapper, NhnCloudResultProperties properties) {
            return converters -> converters.withJsonConverter(new HeaderCheckingJacksonJsonConverter(mapper, properties.readOptions()));
        }
    }

    /** WebClient: the filter, and the customizer of the Boot present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.web.reactive.function.client.WebClient")
    static class WebClientConfiguration {

        @Bean
        @ConditionalOnMissingBean
        HeaderCheckingFilter nhncloudHeaderCheckingFilter(HeaderReader reader, NhnCloudEndpoints endpoints,
                NhnCloudResultProperties properties) {
            ReadOptions whole = reader.options().toBuilder().validateDocument(true).build();
            return HeaderCheckingFilter.of(HeaderReaders.named(reader.binding(), whole), endpoints)
                    .withBodyLimit(Math.toIntExact(properties.getBodyLimit().toBytes()));
        }

        /** Boot 3's customizer. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.web.reactive.function.client.WebClientCustomizer")
        static class Boot3 {

            @Bean
            org.springframework.boot.web.reactive.function.client.WebClientCustomizer nhncloudWebClientCustomizer(
                    HeaderCheckingFilter filter) {
                return builder -> builder.filter(filter);
            }
        }

        /** Boot 4's customizer; the reactive HTTP service client groups are built with it too. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.webclient.WebClientCustomizer")
        static class Boot4 {

            @Bean
            org.springframework.boot.webclient.WebClientCustomizer nhncloudWebClientCustomizer(HeaderCheckingFilter filter) {
                return builder -> builder.filter(filter);
            }
        }
    }

    /** The RFC 9457 mapping, when asked for. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.http.ProblemDetail")
    @ConditionalOnProperty(prefix = NhnCloudResultProperties.PREFIX, name = "problem-details.enabled")
    static class ProblemDetailsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        ComputeProblemDetails nhncloudProblemDetails() {
            return ComputeProblemDetails.withDefaultMessages();
        }

        @Bean
        @ConditionalOnMissingBean
        ComputeProblemHandler nhncloudProblemHandler(ComputeProblemDetails problems) {
            return new ComputeProblemHandler(problems);
        }
    }
}
