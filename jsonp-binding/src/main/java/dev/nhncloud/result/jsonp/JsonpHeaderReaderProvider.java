package dev.nhncloud.result.jsonp;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.spi.HeaderReaderProvider;

/** Registers the JSON-P binding with {@link dev.nhncloud.result.HeaderReaders} as {@code "jsonp"}. */
public final class JsonpHeaderReaderProvider implements HeaderReaderProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public JsonpHeaderReaderProvider() {
    }

    @Override
    public String name() {
        return "jsonp";
    }

    /** A reader over the JSON-P provider that {@code JsonProvider.provider()} finds, Parsson by default. */
    @Override
    public HeaderReader create(ReadOptions options) {
        return JsonpHeaders.reader(options);
    }
}
