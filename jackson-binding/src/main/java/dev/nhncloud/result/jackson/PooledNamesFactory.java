package dev.nhncloud.result.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.ByteSourceJsonBootstrapper;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import com.fasterxml.jackson.core.sym.CharsToNameCanonicalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Jackson factory whose byte parsers canonicalize member names in symbol tables of the
 * factory's own small pool, which keeps only a few short names between reads.
 *
 * <p>Canonicalizing makes Jackson's parsers look a name up instead of building a new string for
 * each occurrence, which more than halves the time of a read to the end of a large body (JMH,
 * {@code analysis.JacksonCosts}), and a header-first read then finds its names already there and
 * allocates almost nothing. A factory's own table, though, is shared by all its parsers and
 * keeps every distinct name they read, of any length, read after read. Here a read takes a table
 * from the pool (or makes one) for itself, and gives it back only when the read went no further
 * than {@value #KEPT_AFTER_BYTES} bytes and left at most {@value #KEPT_NAMES} names in it; at most
 * {@value #POOLED} tables are kept. The pool belongs to the factory, which belongs to a reader:
 * nothing is kept in a thread or a static field, so nothing outlives the application's reader.
 *
 * <p>A character parser ({@code String} and {@code Reader} bodies) uses a table of its own, made
 * with it and dropped with it.
 */
final class PooledNamesFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;
    /** The most input a read may take and give its table back. */
    static final long KEPT_AFTER_BYTES = 16 * 1024;
    /** The most names a table given back may hold. */
    static final int KEPT_NAMES = 256;
    /** The most tables kept: about the threads that read at once. */
    static final int POOLED = 16;

    private final transient ConcurrentLinkedQueue<ByteQuadsCanonicalizer> tables = new ConcurrentLinkedQueue<>();
    private final transient AtomicInteger pooled = new AtomicInteger();

    /**
     * A factory with the builder's settings; names should be canonicalized in it.
     *
     * @param builder the settings
     */
    PooledNamesFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    public JsonFactory copy() {
        return new PooledNamesFactory(new JsonFactoryBuilder(this).recyclerPool(_getRecyclerPool()));
    }

    /** A byte parser with a table of the pool; {@link #giveBack} returns the table after the read. */
    JsonParser createPooledParser(InputStream in, ByteQuadsCanonicalizer table) throws IOException {
        IOContext context = _createContext(_createContentReference(in), false);
        try {
            // The character table is used only for text that is not UTF-8, which core's byte
            // source never hands over (no zero byte, no byte order mark).
            return new ByteSourceJsonBootstrapper(context, in).constructParser(_parserFeatures, _objectCodec,
                    table, _rootCharSymbols, _factoryFeatures);
        } catch (IOException | RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /**
     * A table for one read.
     *
     * @return a table of the pool, or a new one
     */
    ByteQuadsCanonicalizer takeTable() {
        ByteQuadsCanonicalizer table = tables.poll();
        if (table == null) {
            return ByteQuadsCanonicalizer.createRoot();
        }
        pooled.decrementAndGet();
        return table;
    }

    /**
     * Gives a table back after its read, unless the read may have filled it with long or many names.
     *
     * @param table     the table, after its parser was closed
     * @param bytesRead how far the read went
     */
    void giveBack(ByteQuadsCanonicalizer table, long bytesRead) {
        if (bytesRead > KEPT_AFTER_BYTES || table.size() > KEPT_NAMES) {
            return;
        }
        if (pooled.incrementAndGet() <= POOLED) {
            tables.offer(table);
        } else {
            pooled.decrementAndGet();
        }
    }

    @Override
    protected JsonParser _createParser(Reader reader, IOContext ctxt) {
        return new ReaderBasedJsonParser(ctxt, _parserFeatures, reader, _objectCodec,
                CharsToNameCanonicalizer.createRoot(this).makeChild());
    }
}
