package dev.nhncloud.result.spring;

import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ResponseReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Which classes the converters of this package bind in one pass: those a {@link ResponseReader}
 * accepts, the classes with a {@code ResultHeader header} property.
 */
final class ResponseClasses {

    private ResponseClasses() {
    }

    /**
     * Whether the type has a {@code ResultHeader header} property. The reader refuses any other
     * type before it reads, and knows the types it checked; so it is asked with an empty body,
     * which it refuses for its type or, once the type passes, as {@code EMPTY_INPUT}.
     *
     * @param responses the converter's one-pass reader
     * @param type      the type Spring asks for
     * @return true when the reader binds it
     * @throws IOException never: an empty stream does not fail
     */
    static boolean carryHeader(ResponseReader responses, Type type) throws IOException {
        try {
            responses.read(InputStream.nullInputStream(), type);
            return true;
        } catch (IllegalArgumentException noHeader) {
            return false;
        } catch (MalformedResponseException empty) {
            return true;
        }
    }
}
