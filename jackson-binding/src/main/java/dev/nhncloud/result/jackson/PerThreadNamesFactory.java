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

/**
 * A Jackson factory whose parsers canonicalize member names in a symbol table that holds only
 * a few short names between reads.
 *
 * <p>Canonicalizing makes Jackson's parsers look a name up instead of building a new string for
 * each occurrence, which more than halves the time of a read to the end of a large body (JMH,
 * {@code analysis.JacksonCosts}). A factory's own table, though, is shared by all its parsers and
 * keeps every distinct name they read, thousands of them of any length, so responses with long
 * ever-new member names would stay on the heap read after read. Here:
 * <ul>
 * <li>a byte parser uses a table of the reading thread. The table is dropped after a read that
 *     went past {@value #KEPT_AFTER_BYTES} bytes (it may hold names that long) or left more than
 *     {@value #KEPT_NAMES} names in it, so at most that many names of at most that length stay
 *     per thread: the header's names and those of small responses. A header-first read then
 *     finds its names already in the table and allocates almost nothing;</li>
 * <li>a character parser ({@code String} and {@code Reader} bodies) uses a table of its own,
 *     made with it and dropped with it.</li>
 * </ul>
 */
final class PerThreadNamesFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;
    /** The most input a read may take and leave its names in the thread's table. */
    static final long KEPT_AFTER_BYTES = 16 * 1024;
    /** The most names the thread's table keeps after a read. */
    static final int KEPT_NAMES = 256;
    private static final ThreadLocal<ByteQuadsCanonicalizer> TABLES = new ThreadLocal<>();

    /**
     * A factory with the builder's settings; names should be canonicalized in it.
     *
     * @param builder the settings
     */
    PerThreadNamesFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    public JsonFactory copy() {
        return new PerThreadNamesFactory(new JsonFactoryBuilder(this));
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        ByteQuadsCanonicalizer table = TABLES.get();
        if (table == null) {
            table = ByteQuadsCanonicalizer.createRoot();
            TABLES.set(table);
        }
        try {
            // The character table is used only for text that is not UTF-8, which core's byte
            // source never hands over (no zero byte, no byte order mark).
            return new ByteSourceJsonBootstrapper(ctxt, in).constructParser(_parserFeatures, _objectCodec,
                    table, _rootCharSymbols, _factoryFeatures);
        } catch (IOException | RuntimeException e) {
            ctxt.close();
            throw e;
        }
    }

    @Override
    protected JsonParser _createParser(Reader reader, IOContext ctxt) {
        return new ReaderBasedJsonParser(ctxt, _parserFeatures, reader, _objectCodec,
                CharsToNameCanonicalizer.createRoot(this).makeChild());
    }

    /**
     * Closes a parser made by this factory, and drops the thread's table when the read may have
     * filled it with long or many names.
     *
     * @param parser the parser
     * @throws IOException what closing threw
     */
    static void close(JsonParser parser) throws IOException {
        long bytesRead = parser.currentLocation().getByteOffset();
        parser.close();
        ByteQuadsCanonicalizer table = TABLES.get();
        if (table != null && (bytesRead > KEPT_AFTER_BYTES || table.size() > KEPT_NAMES)) {
            TABLES.remove();
        }
    }
}
