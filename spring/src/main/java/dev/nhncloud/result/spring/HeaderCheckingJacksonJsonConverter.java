package dev.nhncloud.result.spring;

import java.io.IOException;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Framework 7's Jackson 3 converter (Spring Boot 4's), which reports a failure to read an
 * NHN Cloud answer as the SDK's exception: a body cut off or broken after a header that passed
 * is a {@link dev.nhncloud.result.MalformedResponseException}, and a refusal of the data-binding
 * module is thrown as itself, not wrapped in Spring's and Jackson's exceptions. Everything else,
 * and every other body, is read exactly as by {@link JacksonJsonHttpMessageConverter}; see
 * {@link HeaderCheckingInterceptor}.
 *
 * <pre>{@code
 * RestClient.builder().configureMessageConverters(converters ->
 *         converters.withJsonConverter(new HeaderCheckingJacksonJsonConverter(jsonMapper)))
 * }</pre>
 */
public class HeaderCheckingJacksonJsonConverter extends JacksonJsonHttpMessageConverter {

    /**
     * A converter over the application's mapper.
     *
     * @param mapper the mapper, with the application's modules (and the SDK's)
     */
    public HeaderCheckingJacksonJsonConverter(JsonMapper mapper) {
        super(mapper);
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints) throws IOException {
        boolean checked = inputMessage.getBody() instanceof CheckedBody;
        try {
            return super.read(type, inputMessage, hints);
        } catch (HttpMessageConversionException failure) {
            throw checked ? ConverterFailures.of(failure, StreamReadException.class) : failure;
        }
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage inputMessage) throws IOException {
        boolean checked = inputMessage.getBody() instanceof CheckedBody;
        try {
            return super.readInternal(type, inputMessage);
        } catch (HttpMessageConversionException failure) {
            throw checked ? ConverterFailures.of(failure, StreamReadException.class) : failure;
        }
    }
}
