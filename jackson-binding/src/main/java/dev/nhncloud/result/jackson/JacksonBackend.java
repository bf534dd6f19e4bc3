package dev.nhncloud.result.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import dev.nhncloud.result.spi.JsonBackend;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;

/**
 * Jackson 2 as core's backend, registered as {@code "jackson"}: jackson-core's parsers over a
 * strict copy of a factory ({@link JacksonHeaders#reader(JsonFactory, dev.nhncloud.result.ReadOptions)}).
 * Jackson's byte parser is much faster than its character parser, so it reads bytes.
 */
public final class JacksonBackend implements JsonBackend {

    private final PooledNamesFactory strict;

    /**
     * The backend over Jackson's default factory, made strict, with a buffer pool of its own (not
     * Jackson's default, which keeps buffers in each thread); {@link java.util.ServiceLoader}
     * calls this.
     */
    public JacksonBackend() {
        this(JacksonHeaders.strict(new JsonFactoryBuilder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build()));
    }

    /** A backend over a factory already made strict by {@link JacksonHeaders}. */
    JacksonBackend(PooledNamesFactory strict) {
        this.strict = Objects.requireNonNull(strict, "factory");
    }

    @Override
    public String name() {
        return "jackson";
    }

    @Override
    public JsonCursor open(Reader text) throws IOException {
        return JacksonCursor.over(strict.createParser(text));
    }

    @Override
    public boolean readsBytes() {
        return true;
    }

    /** Bytes are read with a names table of the factory's pool, given back after the read if it stayed small. */
    @Override
    public JsonCursor open(InputStream utf8) throws IOException {
        ByteQuadsCanonicalizer table = strict.takeTable();
        return JacksonCursor.over(strict.createPooledParser(utf8, table),
                parser -> strict.giveBack(table, parser.currentLocation().getByteOffset()));
    }
}
