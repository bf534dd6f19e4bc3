package dev.nhncloud.result.benchmarks;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SDK's streaming reader of every binding present, found as an application finds it
 * ({@link HeaderReaders#named}): from {@code byte[]} and from an {@code InputStream}, stopping at
 * the header ({@code sdkBytes}, {@code sdkStream}) or validating the whole document
 * ({@code sdkValidate}). The libraries' own ways are the {@code *Benchmark} classes of each
 * library. {@code benchmarks/run.sh} gives {@code -p binding=} every binding present
 * ({@link Bindings}); a binding added to the SDK is measured without a change here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 3, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class SdkBenchmark {

    /** The binding's readers, early exit and validating, made once per trial. */
    @State(Scope.Benchmark)
    public static class Readers {
        /** The binding's name; run.sh lists every binding present. */
        @Param({"jackson"})
        public String binding;

        HeaderReader early;
        HeaderReader validating;

        /** Finds the binding. */
        @Setup(Level.Trial)
        public void find() {
            early = HeaderReaders.named(binding);
            validating = HeaderReaders.named(binding, ReadOptions.builder().validateDocument(true).build());
        }
    }

    /**
     * The SDK, from bytes in memory.
     *
     * @param readers the binding's readers
     * @param body    the body
     * @return the header
     */
    @Benchmark
    public ResultHeader sdkBytes(Readers readers, ResponseBody body) {
        return readers.early.read(body.bytes);
    }

    /**
     * The SDK, from a stream over the bytes, as an HTTP client hands a body.
     *
     * @param readers the binding's readers
     * @param body    the body
     * @return the header
     * @throws IOException never: the stream is in memory
     */
    @Benchmark
    public ResultHeader sdkStream(Readers readers, ResponseBody body) throws IOException {
        return readers.early.read(new ByteArrayInputStream(body.bytes));
    }

    /**
     * The SDK with {@code validateDocument}: the whole document is read and checked.
     *
     * @param readers the binding's readers
     * @param body    the body
     * @return the header
     */
    @Benchmark
    public ResultHeader sdkValidate(Readers readers, ResponseBody body) {
        return readers.validating.read(body.bytes);
    }
}
