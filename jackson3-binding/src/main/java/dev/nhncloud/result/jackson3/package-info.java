/**
 * Reads result headers with Jackson 3 ({@code tools.jackson}): {@link dev.nhncloud.result.jackson3.Jackson3Headers}
 * makes streaming readers (from Jackson's defaults or the application's own factory or mapper),
 * reads {@code JsonNode} trees, and gives the {@code JacksonModule} for response classes.
 */
package dev.nhncloud.result.jackson3;
