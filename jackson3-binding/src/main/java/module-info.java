/**
 * The Jackson 3 binding of nhncloud-result: streaming reads with Jackson 3's jackson-core,
 * {@code JsonNode} trees, and a {@code JacksonModule} for response classes with a
 * {@code ResultHeader header} field. Entry point: {@link dev.nhncloud.result.jackson3.Jackson3Headers}.
 * Requires Java 17, as Jackson 3 does.
 */
// The name the SDK gives this artifact's module ends in the Jackson major version it binds.
@SuppressWarnings("module")
module dev.nhncloud.result.jackson3 {
    requires transitive dev.nhncloud.result;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;

    exports dev.nhncloud.result.jackson3;

    provides dev.nhncloud.result.spi.JsonBackend with dev.nhncloud.result.jackson3.Jackson3Backend;
}
