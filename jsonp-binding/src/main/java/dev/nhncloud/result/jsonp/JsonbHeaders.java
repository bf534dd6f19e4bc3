package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.HeaderBinding;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResponseReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParserFactory;
import java.util.Map;
import java.util.Objects;
import org.eclipse.yasson.YassonJsonb;

/**
 * The JSON-B hook: a {@link Jsonb} (Eclipse Yasson) that binds the application's response
 * classes with the SDK's header rules, for Jakarta EE, Quarkus and Helidon applications that use
 * JSON-P and JSON-B.
 *
 * <pre>{@code
 * Jsonb jsonb = JsonbHeaders.jsonb();                       // once; thread-safe
 * public record InstanceList(ResultHeader header, List<Instance> instances) {}
 * InstanceList list = jsonb.fromJson(body, InstanceList.class);
 * }</pre>
 *
 * <p>For a class that declares a {@code ResultHeader} field (or record component), the root
 * object's {@code header} member is read with the rules of the streaming readers: a body without
 * one is {@code MISSING_HEADER}, {@code "header": null} or any other value that is not an object is
 * {@code HEADER_NOT_OBJECT}, a second one is {@code DUPLICATE_HEADER} wherever it stands, and the
 * header's fields, range, duplicates and limits are checked as everywhere else. The rest of the
 * document is Yasson's to bind, with its own rules; JSON-P parsers are strict, so no JSON
 * extension reaches the header. A failure is a {@link dev.nhncloud.result.MalformedResponseException},
 * wrapped by Yasson in its {@code JsonbException} when it comes from inside the header.
 *
 * <p>What the hook cannot see: members of the root object that Yasson skips (their names, their
 * depth); and response objects nested inside the body, whose headers are read by the rules but
 * not counted. Other classes bind as Yasson binds them.
 *
 * <p>This class needs {@code jakarta.json.bind-api} and {@code org.eclipse:yasson} at run time,
 * optional dependencies of this artifact; the rest of the binding does not.
 *
 * @see dev.nhncloud.result.HeaderReaders
 * @see dev.nhncloud.result.ResultHeader
 * @see dev.nhncloud.result.ComputeApiException
 * @see dev.nhncloud.result.MalformedResponseException
 * @see dev.nhncloud.result.ReadOptions
 */
public final class JsonbHeaders {

    private JsonbHeaders() {
    }

    /**
     * A {@code Jsonb} with Yasson's defaults and the header rules with default limits.
     *
     * @return a thread-safe {@code Jsonb}; close it when done, as any {@code Jsonb}
     * @throws IllegalStateException when the JSON-B provider found is not Yasson
     */
    public static Jsonb jsonb() {
        return jsonb(new JsonbConfig(), ReadOptions.defaults());
    }

    /**
     * A {@code Jsonb} with the application's configuration, the SDK's (de)serializer of
     * {@code ResultHeader} added, and the header rules with the given limits. The configuration
     * given is not changed.
     *
     * @param config  the application's JSON-B configuration
     * @param options the limits of the header rules ({@link ReadOptions#validateDocument()}
     *                does not apply: the rest of the document is Yasson's)
     * @return a thread-safe {@code Jsonb}; close it when done, as any {@code Jsonb}
     * @throws IllegalStateException when the JSON-B provider found is not Yasson
     */
    public static Jsonb jsonb(JsonbConfig config, ReadOptions options) {
        return jsonb(config, JsonProvider.provider().createParserFactory(Map.of()), options);
    }

    /**
     * A {@code Jsonb} as {@link #jsonb(JsonbConfig, ReadOptions)} makes it, whose response
     * classes are bound from the application's own parsers (for its provider and limits, such as
     * Parsson's {@code org.eclipse.parsson.maxDepth}).
     *
     * @param config  the application's JSON-B configuration; not changed
     * @param parsers makes the parsers response classes are bound from
     * @param options the limits of the header rules
     * @return a thread-safe {@code Jsonb}; close it when done, as any {@code Jsonb}
     * @throws IllegalStateException when the JSON-B provider found is not Yasson
     */
    public static Jsonb jsonb(JsonbConfig config, JsonParserFactory parsers, ReadOptions options) {
        return checkingJsonb(config, parsers, options, false);
    }

    /**
     * A one-pass reader of response classes with Yasson's defaults and default limits: see
     * {@link ResponseReader}.
     *
     * <pre>{@code
     * ResponseReader responses = JsonbHeaders.responseReader();
     * InstanceList list = responses.read(body, InstanceList.class);   // only if the header reports success
     * }</pre>
     *
     * @return a thread-safe reader
     * @throws IllegalStateException when the JSON-B provider found is not Yasson
     */
    public static ResponseReader responseReader() {
        return responseReader(new JsonbConfig(), JsonProvider.provider().createParserFactory(Map.of()), ReadOptions.defaults());
    }

    /**
     * A one-pass reader of response classes: a {@code Jsonb} as {@link #jsonb(JsonbConfig,
     * JsonParserFactory, ReadOptions)} makes it binds the body from core's checked text, and a
     * header that reports a failure is refused as soon as it is read. With JSON-B every
     * {@code ResultHeader} the body holds is checked so, nested ones too.
     *
     * @param config  the application's JSON-B configuration; not changed
     * @param parsers makes the parsers the body is bound from
     * @param options the header's limits
     * @return a thread-safe reader
     * @throws IllegalStateException when the JSON-B provider found is not Yasson
     */
    public static ResponseReader responseReader(JsonbConfig config, JsonParserFactory parsers, ReadOptions options) {
        return new JsonbResponseReader(checkingJsonb(config, parsers, options, true));
    }

    private static HeaderCheckingJsonb checkingJsonb(JsonbConfig config, JsonParserFactory parsers, ReadOptions options,
            boolean checked) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(parsers, "parsers");
        HeaderBinding rules = HeaderBinding.of(Objects.requireNonNull(options, "options"));
        JsonbConfig copy = new JsonbConfig();
        for (Map.Entry<String, Object> property : config.getAsMap().entrySet()) {
            copy.setProperty(property.getKey(), property.getValue());
        }
        copy.withDeserializers(new ResultHeaderDeserializer(rules, checked)).withSerializers(new ResultHeaderSerializer());
        Jsonb jsonb = JsonbBuilder.create(copy);
        if (!(jsonb instanceof YassonJsonb)) {
            String provider = jsonb.getClass().getName();
            try {
                jsonb.close();
            } catch (Exception e) {
                // Refused anyway; the message says why.
            }
            throw new IllegalStateException("The JSON-B hook of nhncloud-result needs Eclipse Yasson (org.eclipse:yasson), "
                    + "which lets it watch the root object's members; the JSON-B provider found is " + provider + ".");
        }
        return new HeaderCheckingJsonb((YassonJsonb) jsonb, parsers, rules);
    }
}
