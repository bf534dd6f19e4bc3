package dev.nhncloud.result.jackson;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.spi.HeaderReaderProvider;

/** Registers the Jackson binding with {@link dev.nhncloud.result.HeaderReaders} as {@code "jackson"}. */
public final class JacksonHeaderReaderProvider implements HeaderReaderProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public JacksonHeaderReaderProvider() {
    }

    @Override
    public String name() {
        return "jackson";
    }

    @Override
    public HeaderReader create(ReadOptions options) {
        return JacksonHeaders.reader(options);
    }
}
