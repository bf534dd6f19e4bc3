/**
 * The Gson binding of nhncloud-result: streaming reads with Gson's {@code JsonReader},
 * {@code JsonElement} trees, and a {@code TypeAdapterFactory} for response classes with a
 * {@code ResultHeader header} field. Entry point: {@link dev.nhncloud.result.gson.GsonHeaders}.
 */
module dev.nhncloud.result.gson {
    requires transitive dev.nhncloud.result;
    requires transitive com.google.gson;

    exports dev.nhncloud.result.gson;

    provides dev.nhncloud.result.spi.JsonBackend with dev.nhncloud.result.gson.GsonBackend;
}
