package dev.nhncloud.result.benchmarks.analysis;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.gson.GsonHeaders;
import dev.nhncloud.result.engine.TextSource;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From Gson's floor to the SDK, one step at a time: the JDK's decoder, core's text source, the
 * binding's {@code StrictTextGuard}, a token loop that builds every name as the header rules
 * need, then the SDK.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class GsonCosts {

    private static final HeaderReader READER = GsonHeaders.reader();
    private static final Constructor<? extends Reader> GUARD = guard();

    /** The binding's guard is package-private: reached by reflection, for measurement only. */
    @SuppressWarnings("unchecked")
    private static Constructor<? extends Reader> guard() {
        try {
            Constructor<? extends Reader> constructor = (Constructor<? extends Reader>)
                    Class.forName("dev.nhncloud.result.gson.StrictTextGuard").getDeclaredConstructor(Reader.class);
            constructor.setAccessible(true);
            return constructor;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reader guarded(byte[] bytes) {
        try {
            return GUARD.newInstance(TextSource.of(bytes));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The floor: Gson over the JDK's decoder, skipValue.
     *
     * @param body the body
     * @return the last token
     * @throws IOException never
     */
    @Benchmark
    public JsonToken floorJdkChars(AnalysisBody body) throws IOException {
        try (JsonReader reader = new JsonReader(Settings.jdkReader(body.bytes))) {
            reader.skipValue();
            return reader.peek();
        }
    }

    /**
     * Gson over core's text source.
     *
     * @param body the body
     * @return the last token
     * @throws IOException never
     */
    @Benchmark
    public JsonToken floorTextSource(AnalysisBody body) throws IOException {
        try (JsonReader reader = new JsonReader(TextSource.of(body.bytes))) {
            reader.skipValue();
            return reader.peek();
        }
    }

    /**
     * Gson over the guard over core's text source.
     *
     * @param body the body
     * @return the last token
     * @throws IOException never
     */
    @Benchmark
    public JsonToken floorGuard(AnalysisBody body) throws IOException {
        try (JsonReader reader = new JsonReader(guarded(body.bytes))) {
            reader.setStrictness(Strictness.STRICT);
            reader.skipValue();
            return reader.peek();
        }
    }

    /**
     * A token loop over the guard that builds every name and number as the header rules need
     * them, and skips strings, without the rules.
     *
     * @param body the body
     * @return a sum of lengths
     * @throws IOException never
     */
    @Benchmark
    public long tokensAsCore(AnalysisBody body) throws IOException {
        return tokens(body, true);
    }

    /**
     * The same loop skipping names instead of building them: what building names costs.
     *
     * @param body the body
     * @return a sum of lengths
     * @throws IOException never
     */
    @Benchmark
    public long tokensSkippingNames(AnalysisBody body) throws IOException {
        return tokens(body, false);
    }

    private long tokens(AnalysisBody body, boolean buildNames) throws IOException {
        try (JsonReader reader = new JsonReader(guarded(body.bytes))) {
            reader.setStrictness(Strictness.STRICT);
            long sum = 0;
            int depth = 0;
            do {
                switch (reader.peek()) {
                    case BEGIN_OBJECT:
                        reader.beginObject();
                        depth++;
                        break;
                    case BEGIN_ARRAY:
                        reader.beginArray();
                        depth++;
                        break;
                    case END_OBJECT:
                        reader.endObject();
                        depth--;
                        break;
                    case END_ARRAY:
                        reader.endArray();
                        depth--;
                        break;
                    case NAME:
                        if (!buildNames) {
                            reader.skipValue();
                            break;
                        }
                        reader.setStrictness(Strictness.LEGACY_STRICT);
                        sum += reader.nextName().length();
                        reader.setStrictness(Strictness.STRICT);
                        break;
                    case NUMBER:
                        sum += reader.nextString().length();
                        break;
                    default:
                        reader.skipValue();
                        break;
                }
            } while (depth > 0);
            return sum;
        }
    }

    /**
     * The guard alone: core's text source through the guard, read to the end in Gson's buffer size.
     *
     * @param body the body
     * @return the number of characters
     * @throws IOException never
     */
    @Benchmark
    public long decodeGuard(AnalysisBody body) throws IOException {
        return Settings.drain(guarded(body.bytes), 1024);
    }

    /**
     * Decoding alone, in Gson's buffer size.
     *
     * @param body the body
     * @return the number of characters
     * @throws IOException never
     */
    @Benchmark
    public long decodeTextSource(AnalysisBody body) throws IOException {
        return Settings.drain(TextSource.of(body.bytes), 1024);
    }

    /**
     * The SDK.
     *
     * @param body the body
     * @return the header
     */
    @Benchmark
    public ResultHeader sdk(AnalysisBody body) {
        return READER.read(body.bytes);
    }
}
