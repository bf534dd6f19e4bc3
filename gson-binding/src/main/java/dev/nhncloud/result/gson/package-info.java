/**
 * The Gson binding: {@link dev.nhncloud.result.gson.GsonHeaders} makes core's
 * {@link dev.nhncloud.result.HeaderReader} over Gson's {@code JsonReader}, reads the
 * {@link dev.nhncloud.result.ResultHeader} of a {@code JsonElement} tree, and gives the
 * {@code TypeAdapterFactory} that binds a {@code ResultHeader header} field of a response class
 * with the SDK's rules.
 */
package dev.nhncloud.result.gson;
