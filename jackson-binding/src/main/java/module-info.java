/**
 * The Jackson binding of nhncloud-result: streaming reads with jackson-core, {@code JsonNode}
 * trees, and a {@code Module} for response classes with a {@code ResultHeader header} field.
 * Entry point: {@link dev.nhncloud.result.jackson.JacksonHeaders}.
 */
module dev.nhncloud.result.jackson {
    requires transitive dev.nhncloud.result;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.nhncloud.result.jackson;

    provides dev.nhncloud.result.spi.JsonBackend with dev.nhncloud.result.jackson.JacksonBackend;
}
