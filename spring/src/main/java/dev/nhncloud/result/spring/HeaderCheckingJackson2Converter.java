package dev.nhncloud.result.spring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.jackson.JacksonHeaders;
import java.io.IOException;
import java.lang.reflect.Type;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Spring's Jackson 2 converter (Spring Boot 3's), which reports a failure to read an NHN Cloud
 * answer as the SDK's exception: a body cut off or broken after a header that passed is a
 * {@link dev.nhncloud.result.MalformedResponseException}, and a refusal of the data-binding
 * module ({@code JacksonHeaders.module()}) is thrown as itself, not wrapped in Spring's and
 * Jackson's exceptions. Everything else, and every other body, is read exactly as by
 * {@link MappingJackson2HttpMessageConverter}; see {@link HeaderCheckingInterceptor}.
 *
 * <p>A checked body bound to a class with a {@code ResultHeader header} property is read in one
 * pass by {@link JacksonHeaders#responseReader(ObjectMapper)} over the same mapper: the header is
 * checked again as it is bound, by the binding's own rules, and a body that is not JSON is the
 * binding's {@code MalformedResponseException}. A class without one is bound by the mapper as
 * Spring binds it.
 *
 * <pre>{@code
 * RestClient.builder().messageConverters(converters -> converters.add(0, new HeaderCheckingJackson2Converter(mapper)))
 * }</pre>
 */
@SuppressWarnings("removal") // Spring 7 keeps the Jackson 2 converter for Boot 3's applications, deprecated.
public class HeaderCheckingJackson2Converter extends MappingJackson2HttpMessageConverter {

    private final ResponseReader responses;

    /**
     * A converter over the application's mapper, reading headers with the default options
     * (Compute's codes).
     *
     * @param mapper the mapper, with the application's modules (and the SDK's)
     */
    public HeaderCheckingJackson2Converter(ObjectMapper mapper) {
        this(mapper, ReadOptions.defaults());
    }

    /**
     * A converter over the application's mapper, reading headers with the given options: the
     * same as the interceptor's reader, so that both decide alike (a service's partial success
     * included).
     *
     * @param mapper  the mapper, with the application's modules (and the SDK's)
     * @param options the options of the header check, such as the service
     */
    public HeaderCheckingJackson2Converter(ObjectMapper mapper, ReadOptions options) {
        super(mapper);
        this.responses = JacksonHeaders.responseReader(mapper, options);
    }

    @Override
    public Object read(Type type, Class<?> contextClass, HttpInputMessage inputMessage) throws IOException {
        boolean checked = inputMessage.getBody() instanceof CheckedBody;
        if (checked) {
            Type javaType = getJavaType(type, contextClass);
            if (responses.binds(javaType)) {
                try {
                    return responses.read(inputMessage.getBody(), javaType);
                } catch (JsonProcessingException failure) {
                    // A cut-off inside a nested value reaches the reader wrapped in a mapping exception.
                    RuntimeException sdk = ConverterFailures.sdkOrMalformed(failure, StreamReadException.class);
                    if (sdk != null) {
                        throw sdk;
                    }
                    throw new HttpMessageNotReadableException("JSON parse error: " + failure.getOriginalMessage(), failure,
                            inputMessage);
                }
            }
        }
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
