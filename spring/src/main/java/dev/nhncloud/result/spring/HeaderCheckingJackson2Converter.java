package dev.nhncloud.result.spring;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Spring's Jackson 2 converter (Spring Boot 3's), which reports a failure to read an NHN Cloud
 * answer as the SDK's exception: a body cut off or broken after a header that passed is a
 * {@link dev.nhncloud.result.MalformedResponseException}, and a refusal of the data-binding
 * module ({@code JacksonHeaders.module()}) is thrown as itself, not wrapped in Spring's and
 * Jackson's exceptions. Everything else, and every other body, is read exactly as by
 * {@link MappingJackson2HttpMessageConverter}; see {@link HeaderCheckingInterceptor}.
 *
 * <pre>{@code
 * RestClient.builder().messageConverters(converters -> converters.add(0, new HeaderCheckingJackson2Converter(mapper)))
 * }</pre>
 */
@SuppressWarnings("removal") // Spring 7 keeps the Jackson 2 converter for Boot 3's applications, deprecated.
public class HeaderCheckingJackson2Converter extends MappingJackson2HttpMessageConverter {

    /**
     * A converter over the application's mapper.
     *
     * @param mapper the mapper, with the application's modules (and the SDK's)
     */
    public HeaderCheckingJackson2Converter(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage inputMessage) throws IOException {
        boolean checked = inputMessage.getBody() instanceof CheckedBody;
        try {
            return super.read(type, contextClass, inputMessage);
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
