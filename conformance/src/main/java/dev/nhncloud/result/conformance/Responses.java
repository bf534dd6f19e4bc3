package dev.nhncloud.result.conformance;

import dev.nhncloud.result.ResultHeader;
import java.util.List;

/** The response classes the kit binds through a binding's data-binding hook: a plain class and a record. */
public final class Responses {

    private Responses() {
    }

    /**
     * A response class as an application writes it: public fields, a no-argument constructor.
     * Members other than {@code header} and {@code instances} are to be ignored by the library.
     */
    public static final class Pojo {
        /** The header. */
        public ResultHeader header;
        /** Some body, so that the hook is not the only thing bound. */
        public List<Object> instances;

        /** For the libraries. */
        public Pojo() {
        }
    }

    /**
     * A response record.
     *
     * @param header the header
     */
    public record Record(ResultHeader header) {
    }
}
