package dev.nhncloud.result.spring;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.MalformedResponseException;

/**
 * What a converter of this package throws when its library fails to read a body whose header
 * {@link HeaderCheckingInterceptor} passed. Spring turns every library exception into an
 * {@code HttpMessageNotReadableException}, and RestClient and RestTemplate into a
 * {@code RestClientException}; the SDK's own exceptions inside would then go unseen. So:
 * <ul>
 * <li>a {@link MalformedResponseException} or {@link ComputeApiException} the library wrapped
 *     (the data-binding hook's refusal of a header) is thrown as itself;</li>
 * <li>JSON the library refused (the body cut off, or broken after the header) is a
 *     {@code MalformedResponseException} with reason {@code MALFORMED_JSON}, the library's
 *     exception as its cause: the answer is malformed, whatever class it was to be bound to;</li>
 * <li>anything else (valid JSON that does not fit the application's class) stays the
 *     converter's exception: it is the application's mapping, not the answer, that is wrong.</li>
 * </ul>
 */
final class ConverterFailures {

    private ConverterFailures() {
    }

    /**
     * The exception to throw for a converter's failure.
     *
     * @param failure     what the converter threw
     * @param syntaxError the library's exception for JSON it refuses
     * @return the SDK's exception, or {@code failure}
     */
    static RuntimeException of(RuntimeException failure, Class<? extends Exception> syntaxError) {
        RuntimeException sdk = sdkOrMalformed(failure, syntaxError);
        return sdk != null ? sdk : failure;
    }

    /**
     * The SDK's exception for a library's failure, or null when the failure is the application's
     * mapping.
     *
     * @param failure     what the library or the converter threw
     * @param syntaxError the library's exception for JSON it refuses
     * @return the SDK's exception inside, a {@code MalformedResponseException} for refused JSON, or null
     */
    static RuntimeException sdkOrMalformed(Throwable failure, Class<? extends Exception> syntaxError) {
        RuntimeException sdk = HeaderBinding.sdkFailure(failure);
        if (sdk != null) {
            return sdk;
        }
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
            if (syntaxError.isInstance(cause)) {
                return HeaderBinding.malformed(syntaxError.cast(cause));
            }
        }
        return null;
    }
}
