/**
 * The JSON-P binding of nhncloud-result: streaming reads with a Jakarta JSON Processing
 * {@code JsonParser}, {@code JsonValue} trees, and a hook for the application's own parser in the
 * middle of a document. It is written against the API only; Eclipse Parsson is the default
 * provider at run time and may be replaced. Entry point:
 * {@link dev.nhncloud.result.jsonp.JsonpHeaders}.
 */
module dev.nhncloud.result.jsonp {
    requires transitive dev.nhncloud.result;
    requires transitive jakarta.json;

    exports dev.nhncloud.result.jsonp;

    provides dev.nhncloud.result.spi.HeaderReaderProvider with dev.nhncloud.result.jsonp.JsonpHeaderReaderProvider;
}
