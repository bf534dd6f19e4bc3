package dev.nhncloud.result.jackson3;

import dev.nhncloud.result.spi.JsonBackend;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * Jackson 3 as core's backend, registered as {@code "jackson3"}: jackson-core's parsers over a
 * strict copy of a factory ({@link Jackson3Headers#reader(tools.jackson.core.TokenStreamFactory, dev.nhncloud.result.ReadOptions)}).
 * Jackson's byte parser is much faster than its character parser, so it reads bytes.
 */
public final class Jackson3Backend implements JsonBackend {

    private final StrictFactory strict;

    /** The backend over Jackson's default factory, made strict; {@link java.util.ServiceLoader} calls this. */
    public Jackson3Backend() {
        this(StrictFactory.DEFAULT);
    }

    /** A backend over a factory already made strict by {@link StrictFactory#of}. */
    Jackson3Backend(StrictFactory strict) {
        this.strict = Objects.requireNonNull(strict, "factory");
    }

    @Override
    public String name() {
        return "jackson3";
    }

    @Override
    public JsonCursor open(Reader text) throws IOException {
        try {
            return Jackson3Cursor.over(strict.createParser(ObjectReadContext.empty(), text));
        } catch (JacksonException e) {
            throw Jackson3Cursor.refused(e);
        }
    }

    @Override
    public boolean readsBytes() {
        return true;
    }

    /** Bytes are read with a names table of the factory's pool, given back after the read if it stayed small. */
    @Override
    public JsonCursor open(InputStream utf8) throws IOException {
        ByteQuadsCanonicalizer table = strict.takeTable();
        try {
            return Jackson3Cursor.over(strict.createPooledParser(utf8, table),
                    parser -> strict.giveBack(table, parser.currentLocation().getByteOffset()));
        } catch (JacksonException e) {
            throw Jackson3Cursor.refused(e);
        }
    }
}
