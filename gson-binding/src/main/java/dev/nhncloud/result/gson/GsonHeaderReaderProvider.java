package dev.nhncloud.result.gson;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.spi.HeaderReaderProvider;

/** Registers the Gson binding with {@link dev.nhncloud.result.HeaderReaders} as {@code "gson"}. */
public final class GsonHeaderReaderProvider implements HeaderReaderProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public GsonHeaderReaderProvider() {
    }

    @Override
    public String name() {
        return "gson";
    }

    @Override
    public HeaderReader create(ReadOptions options) {
        return GsonHeaders.reader(options);
    }
}
