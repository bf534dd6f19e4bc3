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
 * A Jackson factory whose parsers canonicalize member names in a symbol table of their own, made
 * with the parser and dropped with it.
 *
 * <p>Canonicalizing makes Jackson's parsers look a name up instead of building a new string for
 * each occurrence, which more than halves the time of a read to the end of a large body (JMH,
 * {@code analysis.JacksonCosts}). A factory's own table, though, is shared by all its parsers
 * and keeps every distinct name they read, thousands of them of any length, so responses with
 * long ever-new member names would stay on the heap read after read. A table per parser keeps the
 * speed within a read and nothing after it, for about 3 KB per read.
 */
final class ReadScopedNamesFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    /**
     * A factory with the builder's settings; names should be canonicalized in it.
     *
     * @param builder the settings
     */
    ReadScopedNamesFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    public JsonFactory copy() {
        return new ReadScopedNamesFactory(new JsonFactoryBuilder(this));
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        try {
            // The character table is used only for text that is not UTF-8, which core's byte
            // source never hands over (no zero byte, no byte order mark).
            return new ByteSourceJsonBootstrapper(ctxt, in).constructParser(_parserFeatures, _objectCodec,
                    ByteQuadsCanonicalizer.createRoot(), _rootCharSymbols, _factoryFeatures);
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
}
