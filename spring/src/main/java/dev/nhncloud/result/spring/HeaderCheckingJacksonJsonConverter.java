package dev.nhncloud.result.spring;

import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import dev.nhncloud.result.jackson3.Jackson3Headers;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JacksonException;
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
 * <p>A checked body bound to a class with a {@code ResultHeader header} property is read in one
 * pass by {@link Jackson3Headers#responseReader(tools.jackson.databind.ObjectMapper, ReadOptions)}
 * over the same mapper, as {@link HeaderCheckingJackson2Converter} does on Boot 3: the header is
 * checked again as it is bound, by the binding's own rules, and a body that is not JSON is the
 * binding's {@code MalformedResponseException}. A class without one is bound by the mapper as
 * Spring binds it.
 *
 * <pre>{@code
 * RestClient.builder().configureMessageConverters(converters ->
 *         converters.withJsonConverter(new HeaderCheckingJacksonJsonConverter(jsonMapper)))
 * }</pre>
 */
public class HeaderCheckingJacksonJsonConverter extends JacksonJsonHttpMessageConverter {

    private final ResponseReader responses;

    /**
     * A converter over the application's mapper, reading headers with the default options
     * (Compute's codes).
     *
     * @param mapper the mapper, with the application's modules (and the SDK's)
     */
    public HeaderCheckingJacksonJsonConverter(JsonMapper mapper) {
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
    public HeaderCheckingJacksonJsonConverter(JsonMapper mapper, ReadOptions options) {
        super(mapper);
        this.responses = Jackson3Headers.responseReader(mapper, options);
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints) throws IOException {
        boolean checked = inputMessage.getBody() instanceof CheckedBody;
        Type javaType = type.getType();
        if (checked && responses.binds(javaType)) {
            try {
                return responses.read(inputMessage.getBody(), javaType);
            } catch (JacksonException failure) {
                // A cut-off inside a nested value reaches the reader wrapped in a mapping exception.
                RuntimeException sdk = ConverterFailures.sdkOrMalformed(failure, StreamReadException.class);
                if (sdk != null) {
                    throw sdk;
                }
                throw new HttpMessageNotReadableException("JSON parse error: " + failure.getOriginalMessage(), failure,
                        inputMessage);
            }
        }
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
