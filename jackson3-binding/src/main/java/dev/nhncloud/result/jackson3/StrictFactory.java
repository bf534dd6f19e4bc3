package dev.nhncloud.result.jackson3;

import java.io.InputStream;
import java.io.Reader;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.ByteSourceJsonBootstrapper;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.ReaderBasedJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;
import tools.jackson.core.sym.CharsToNameCanonicalizer;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * The factory of the streaming readers: a copy of a JSON factory (its buffer recycling, input
 * decorators and error reporting kept) that reads strict JSON, does not close the input, and
 * leaves every limit to core, so that the binding answers exactly as the other bindings do.
 *
 * <p>Member names are canonicalized, as Jackson does by default (a parser looks a name up rather
 * than building a string for each occurrence), and not interned, but not in the factory's own
 * table either: that one is shared by all its parsers and keeps every distinct name they read, so
 * responses with long ever-new member names would stay on the heap read after read. A byte read
 * of the backend ({@link #createPooledParser}) takes a table of the factory's own small pool (or
 * makes one) for itself, and gives it back only when the read went no further than
 * {@value #KEPT_AFTER_BYTES} bytes and left at most {@value #KEPT_NAMES} names in it; at most
 * {@value #POOLED} tables are kept, as in the Jackson 2 binding. A header-first read then finds
 * its names already there instead of building them and a fresh table each time. The pool
 * belongs to the factory, which belongs to a reader: nothing is kept in a thread or a static
 * field of its own beyond the default reader's. Every other parser (characters, or bytes through
 * the factory's own methods) makes a table of its own and drops it. A flood of names built to
 * collide in the table makes Jackson rehash it rather than fail the read
 * ({@code FAIL_ON_SYMBOL_HASH_OVERFLOW} is disabled): valid JSON is never refused for its names.
 *
 * <p>Charset detection stays on although core hands over nothing but UTF-8: core's byte source
 * expects the first read of a byte parser to be Jackson's four-byte detection, and answers a fault
 * within those bytes with the end of the input once and the fault at the next read. A parser that
 * trusted that first end (as Jackson's does without detection) would call invalid bytes an empty
 * document.
 */
final class StrictFactory extends JsonFactory {

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
     * Jackson's default factory, made strict, with a buffer pool of its own that keeps nothing per
     * thread: the factory of the backend ServiceLoader finds.
     */
    static final StrictFactory DEFAULT = of(JsonFactory.builder().recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build());

    private StrictFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    /**
     * The strict copy of a factory; the factory given is not changed.
     *
     * @param factory the application's factory
     * @return the copy
     * @throws IllegalArgumentException when the factory reads a format other than JSON
     */
    static StrictFactory of(TokenStreamFactory factory) {
        if (!(factory instanceof JsonFactory) || !JsonFactory.FORMAT_NAME_JSON.equals(factory.getFormatName())) {
            throw new IllegalArgumentException("The factory reads " + factory.getFormatName() + ", not JSON");
        }
        JsonFactoryBuilder builder = ((JsonFactory) factory).rebuild();
        for (JsonReadFeature extension : JsonReadFeature.values()) {
            builder.disable(extension);
        }
        builder.enable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
                .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .disable(TokenStreamFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
                .enable(TokenStreamFactory.Feature.CHARSET_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Integer.MAX_VALUE)
                        .maxNumberLength(Integer.MAX_VALUE)
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNameLength(Integer.MAX_VALUE)
                        .maxDocumentLength(-1)
                        .maxTokenCount(-1)
                        .build());
        return new StrictFactory(builder);
    }

    @Override
    public JsonFactory copy() {
        return new StrictFactory(rebuild());
    }

    /**
     * A byte parser over the application's bytes, as {@code createParser} makes it (input
     * decorators applied), with a table of the pool; {@link #giveBack} returns the table after the read.
     *
     * @param in    the UTF-8 bytes
     * @param table a table of {@link #takeTable()}
     * @return the parser
     */
    JsonParser createPooledParser(InputStream in, ByteQuadsCanonicalizer table) {
        ObjectReadContext readContext = ObjectReadContext.empty();
        IOContext ioContext = _createContext(_createContentReference(in), false);
        try {
            return new ByteSourceJsonBootstrapper(ioContext, _decorate(ioContext, in)).constructParser(readContext,
                    readContext.getStreamReadFeatures(_streamReadFeatures), readContext.getFormatReadFeatures(_formatReadFeatures),
                    table, _rootCharSymbols, _factoryFeatures);
        } catch (RuntimeException e) {
            ioContext.close();
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
     * @param table     the table, after its parser was closed (which merges the read's names into it)
     * @param bytesRead how far the read went
     */
    void giveBack(ByteQuadsCanonicalizer table, long bytesRead) {
        if (bytesRead < 0 || bytesRead > KEPT_AFTER_BYTES || table.size() > KEPT_NAMES) {
            return;
        }
        if (pooled.incrementAndGet() <= POOLED) {
            tables.offer(table);
        } else {
            pooled.decrementAndGet();
        }
    }

    /** The byte parser, with a name table of its own read. */
    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext, InputStream in) throws JacksonException {
        // The character table is used only for text that is not UTF-8 or names not canonicalized,
        // which this factory never meets: core's bytes are UTF-8 and names are canonicalized.
        return new ByteSourceJsonBootstrapper(ioContext, in).constructParser(readContext,
                readContext.getStreamReadFeatures(_streamReadFeatures), readContext.getFormatReadFeatures(_formatReadFeatures),
                ByteQuadsCanonicalizer.createRoot(), _rootCharSymbols, _factoryFeatures);
    }

    /** The character parser ({@code String} and {@code Reader} bodies), with a name table of its own read. */
    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext, Reader reader) throws JacksonException {
        return new ReaderBasedJsonParser(readContext, ioContext,
                readContext.getStreamReadFeatures(_streamReadFeatures), readContext.getFormatReadFeatures(_formatReadFeatures),
                reader, CharsToNameCanonicalizer.createRoot(this).makeChild());
    }
}
