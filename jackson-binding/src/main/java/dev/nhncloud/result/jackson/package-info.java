/**
 * The Jackson 2 binding: {@link dev.nhncloud.result.jackson.JacksonHeaders} makes core's
 * {@link dev.nhncloud.result.HeaderReader} over jackson-core, reads the
 * {@link dev.nhncloud.result.ResultHeader} of a {@code JsonNode} tree, and gives the
 * {@code Module} that binds a {@code ResultHeader header} field of a response class with the
 * SDK's rules.
 */
package dev.nhncloud.result.jackson;
