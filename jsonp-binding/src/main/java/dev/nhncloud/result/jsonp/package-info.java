/**
 * The Jakarta JSON-P binding, and its JSON-B hook for Yasson:
 * {@link dev.nhncloud.result.jsonp.JsonpHeaders} makes core's
 * {@link dev.nhncloud.result.HeaderReader} over a {@code JsonParser} and reads the
 * {@link dev.nhncloud.result.ResultHeader} of a {@code JsonValue} tree or of the application's
 * parser; {@link dev.nhncloud.result.jsonp.JsonbHeaders} gives a {@code Jsonb} that binds a
 * {@code ResultHeader header} field of a response class with the SDK's rules.
 */
package dev.nhncloud.result.jsonp;
