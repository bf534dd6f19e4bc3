/**
 * The JSON-P binding of nhncloud-result: streaming reads with a Jakarta JSON Processing
 * {@code JsonParser}, {@code JsonValue} trees, a hook for the application's own parser in the
 * middle of a document, and a JSON-B hook for response classes bound with Yasson. It is written
 * against the JSON-P API; Eclipse Parsson is the default provider at run time and may be
 * replaced. JSON-B and Yasson are needed only by {@link dev.nhncloud.result.jsonp.JsonbHeaders}.
 * Entry points: {@link dev.nhncloud.result.jsonp.JsonpHeaders}, {@link dev.nhncloud.result.jsonp.JsonbHeaders}.
 */
module dev.nhncloud.result.jsonp {
    requires transitive dev.nhncloud.result;
    requires transitive jakarta.json;
    requires static transitive jakarta.json.bind;
    requires static org.eclipse.yasson;

    exports dev.nhncloud.result.jsonp;

    provides dev.nhncloud.result.spi.JsonBackend with dev.nhncloud.result.jsonp.JsonpBackend;
}
