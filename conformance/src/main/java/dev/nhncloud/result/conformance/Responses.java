package dev.nhncloud.result.conformance;

import dev.nhncloud.result.ResultHeader;
import java.util.List;

/** The response classes the kit binds through a binding's data-binding hook: a plain class, a record, and a nested record. */
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

    /**
     * A response that holds another response, as an envelope of a service's result does: the
     * inner header is read by the hook too, with the same options as the root's.
     *
     * @param header the root header
     * @param inner  a response inside the body
     */
    public record Nested(ResultHeader header, Record inner) {
    }
}
