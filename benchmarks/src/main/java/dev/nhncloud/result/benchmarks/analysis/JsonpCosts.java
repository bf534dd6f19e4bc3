package dev.nhncloud.result.benchmarks.analysis;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.engine.TextSource;
import dev.nhncloud.result.jsonp.JsonpHeaders;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From Parsson's floor to the SDK, one step at a time: bytes through Parsson's own decoding,
 * core's text source, a loop that builds every name and number as the header rules need them,
 * then the SDK.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonpCosts {

    private static final JsonParserFactory FACTORY = JsonProvider.provider()
            .createParserFactory(Map.of("org.eclipse.parsson.maxParsingLimit", Integer.MAX_VALUE));
    private static final HeaderReader READER = JsonpHeaders.reader();

    /**
     * The floor: Parsson over the bytes, next() to the end.
     *
     * @param body the body
     * @return the number of events
     */
    @Benchmark
    public int floorBytes(AnalysisBody body) {
        try (JsonParser parser = FACTORY.createParser(new ByteArrayInputStream(body.bytes))) {
            int events = 0;
            while (parser.hasNext()) {
                parser.next();
                events++;
            }
            return events;
        }
    }

    /**
     * Parsson over core's text source.
     *
     * @param body the body
     * @return the number of events
     */
    @Benchmark
    public int floorTextSource(AnalysisBody body) {
        try (JsonParser parser = FACTORY.createParser(TextSource.of(body.bytes))) {
            int events = 0;
            while (parser.hasNext()) {
                parser.next();
                events++;
            }
            return events;
        }
    }

    /**
     * Parsson over core's text source, building every name and number as the header rules
     * need them, without the rules.
     *
     * @param body the body
     * @return a sum of lengths
     */
    @Benchmark
    public long tokensAsCore(AnalysisBody body) {
        try (JsonParser parser = FACTORY.createParser(TextSource.of(body.bytes))) {
            long sum = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.KEY_NAME || event == JsonParser.Event.VALUE_NUMBER) {
                    sum += parser.getString().length();
                }
            }
            return sum;
        }
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
