package dev.nhncloud.result.jackson3;

import dev.nhncloud.result.ResultHeader;
import java.io.DataInput;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.ByteSourceJsonBootstrapper;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.JsonParserBase;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.json.ReaderBasedJsonParser;
import tools.jackson.core.json.UTF8DataInputJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;
import tools.jackson.core.sym.CharsToNameCanonicalizer;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A copy of the application's factory, every setting kept, whose parsers the data-binding module
 * can switch to strict JSON while it reads a header: the factory for a mapper that accepts JSON
 * extensions.
 *
 * <p>Jackson 3 fixes a parser's {@link JsonReadFeature}s when it creates the parser (Jackson 2's
 * {@code overrideStdFeatures} is gone), and a module cannot change how a mapper creates its
 * parsers. So a mapper that accepts comments, single quotes or any other extension would read
 * them inside the header too. This factory's parsers (Jackson's own, with one method more) let
 * the module switch every extension off from the header's first token to its last and back on
 * after. Bytes are decoded to characters first (Jackson's charset detection kept), so that one
 * parser class serves every input; the faster byte parser stays with the streaming readers.
 *
 * <p>On a parser that accepts extensions and cannot be switched, the module fails closed: it
 * refuses to read the header at all and says how to build the mapper ({@link #strictly}).
 */
final class StrictHeaderFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    StrictHeaderFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    /**
     * The copy of a factory; the factory given is not changed.
     *
     * @param factory the application's factory
     * @return the copy
     * @throws IllegalArgumentException when the factory reads a format other than JSON
     */
    static StrictHeaderFactory of(TokenStreamFactory factory) {
        if (!(factory instanceof JsonFactory) || !JsonFactory.FORMAT_NAME_JSON.equals(factory.getFormatName())) {
            throw new IllegalArgumentException("The factory reads " + factory.getFormatName() + ", not JSON");
        }
        return new StrictHeaderFactory(((JsonFactory) factory).rebuild());
    }

    @Override
    public JsonFactory copy() {
        return new StrictHeaderFactory(rebuild());
    }

    /**
     * Runs a read of the header with the parser's JSON extensions switched off.
     *
     * @param parser the parser a deserializer was handed
     * @param read   the read
     * @return what the read returned
     * @throws IllegalStateException when the parser accepts extensions and is not one of this
     *                               factory's, so the header could not be read as strict JSON
     */
    static ResultHeader strictly(JsonParser parser, Supplier<ResultHeader> read) {
        JsonParser base = parser;
        while (base instanceof JsonParserDelegate) {
            base = ((JsonParserDelegate) base).delegate();
        }
        if (base instanceof Switchable) {
            Switchable switchable = (Switchable) base;
            int extensions = switchable.extensionsOff();
            try {
                return read.get();
            } finally {
                switchable.extensionsOn(extensions);
            }
        }
        if (base instanceof JsonParserBase) {
            List<JsonReadFeature> accepted = accepted((JsonParserBase) base);
            if (!accepted.isEmpty()) {
                throw new IllegalStateException("The mapper's parser accepts " + accepted + " and cannot be switched"
                        + " to strict JSON while the header is read: build the mapper on Jackson3Headers.mapperFactory(factory),"
                        + " as in JsonMapper.builder(Jackson3Headers.mapperFactory(new JsonFactory()))");
            }
        }
        return read.get();
    }

    private static List<JsonReadFeature> accepted(JsonParserBase parser) {
        List<JsonReadFeature> accepted = new ArrayList<>();
        for (JsonReadFeature extension : JsonReadFeature.values()) {
            if (parser.isEnabled(extension)) {
                accepted.add(extension);
            }
        }
        return accepted;
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext, InputStream in) throws JacksonException {
        return _createParser(readContext, ioContext, decoded(new ByteSourceJsonBootstrapper(ioContext, in), ioContext));
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext, byte[] data, int offset, int length)
            throws JacksonException {
        _checkRangeBoundsForByteArray(data, offset, length);
        return _createParser(readContext, ioContext, decoded(new ByteSourceJsonBootstrapper(ioContext, data, offset, length), ioContext));
    }

    /** The bytes as characters, in the charset Jackson detects, or in UTF-8 when detection is off, as Jackson reads them. */
    private Reader decoded(ByteSourceJsonBootstrapper bytes, IOContext ioContext) {
        if (isEnabled(TokenStreamFactory.Feature.CHARSET_DETECTION)) {
            bytes.detectEncoding();
        } else {
            ioContext.setEncoding(JsonEncoding.UTF8);
        }
        return bytes.constructReader();
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext, Reader reader) throws JacksonException {
        return new CharParser(readContext, ioContext, readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures), reader, _rootCharSymbols.makeChild());
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext, char[] data, int offset, int length,
            boolean recyclable) throws JacksonException {
        _checkRangeBoundsForCharArray(data, offset, length);
        return new CharParser(readContext, ioContext, readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures), _rootCharSymbols.makeChild(),
                data, offset, offset + length, recyclable);
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext, DataInput input) throws JacksonException {
        int firstByte = ByteSourceJsonBootstrapper.skipUTF8BOM(input);
        return new DataInputParser(readContext, ioContext, readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures), input,
                _byteSymbolCanonicalizer.makeChildOrPlaceholder(_factoryFeatures), firstByte);
    }

    /** A parser whose JSON extensions can be switched off and on again. */
    interface Switchable {
        /**
         * Switches every extension off.
         *
         * @return the extensions that were on
         */
        int extensionsOff();

        /**
         * Switches extensions back on.
         *
         * @param extensions what {@link #extensionsOff()} returned
         */
        void extensionsOn(int extensions);
    }

    /** Jackson's character parser, switchable. */
    private static final class CharParser extends ReaderBasedJsonParser implements Switchable {

        CharParser(ObjectReadContext readContext, IOContext ioContext, int streamFeatures, int formatFeatures, Reader reader,
                CharsToNameCanonicalizer names) {
            super(readContext, ioContext, streamFeatures, formatFeatures, reader, names);
        }

        CharParser(ObjectReadContext readContext, IOContext ioContext, int streamFeatures, int formatFeatures,
                CharsToNameCanonicalizer names, char[] data, int start, int end, boolean recyclable) {
            super(readContext, ioContext, streamFeatures, formatFeatures, null, names, data, start, end, recyclable);
        }

        @Override
        public int extensionsOff() {
            int extensions = _formatReadFeatures;
            _formatReadFeatures = 0;
            return extensions;
        }

        @Override
        public void extensionsOn(int extensions) {
            _formatReadFeatures = extensions;
        }
    }

    /** Jackson's {@code DataInput} parser, switchable. */
    private static final class DataInputParser extends UTF8DataInputJsonParser implements Switchable {

        DataInputParser(ObjectReadContext readContext, IOContext ioContext, int streamFeatures, int formatFeatures, DataInput input,
                ByteQuadsCanonicalizer names, int firstByte) {
            super(readContext, ioContext, streamFeatures, formatFeatures, input, names, firstByte);
        }

        @Override
        public int extensionsOff() {
            int extensions = _formatReadFeatures;
            _formatReadFeatures = 0;
            return extensions;
        }

        @Override
        public void extensionsOn(int extensions) {
            _formatReadFeatures = extensions;
        }
    }
}
