package dev.nhncloud.result.benchmarks;

import dev.nhncloud.result.ApiFamily;
import dev.nhncloud.result.ResultCode;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.benchmarks.InstanceList.Outcome;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The code model, for the allocation targets: looking up a documented code must allocate
 * nothing, and {@link #returnedHeader} is what a header read cannot avoid allocating (the header
 * it returns, with its message and detail), the baseline against which a read's allocation is
 * judged.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
@State(Scope.Benchmark)
public class ModelBenchmark {

    /** Every documented code: 0 to -8, 20001, 20004, and PP400 to PP499 of every family. */
    private static final int[] DOCUMENTED = IntStream.concat(
            IntStream.concat(IntStream.rangeClosed(-8, 0), IntStream.of(20001, 20004)),
            java.util.Arrays.stream(ApiFamily.values())
                    .flatMapToInt(family -> IntStream.rangeClosed(400, 499).map(status -> family.prefix() * 1000 + status)))
            .toArray();
    private static final int DOCUMENTED_COUNT = 9 + 2 + 100 * 12;

    /** What the header says, as in {@link ResponseBody}. */
    @Param({"success", "failure"})
    public String outcome;

    private boolean successful;
    private int code;
    private char[] message;

    /** Takes the fields of the header the bodies carry. */
    @Setup
    public void fields() {
        if (DOCUMENTED.length != DOCUMENTED_COUNT) {
            throw new IllegalStateException("expected " + DOCUMENTED_COUNT + " documented codes, found " + DOCUMENTED.length);
        }
        ResultHeader header = Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)) == Outcome.SUCCESS
                ? ResultHeader.of(true, 0, "SUCCESS") : ResultHeader.of(false, -3, "Permission denied: token expired");
        successful = header.isSuccessfulFlag();
        code = header.resultCode();
        message = header.resultMessage().toCharArray();
    }

    /**
     * {@code ResultCode.of} for every documented code; the time and allocation are per lookup.
     *
     * @param blackhole consumes every result
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTED_COUNT)
    public void resultCodeOf(Blackhole blackhole) {
        for (int value : DOCUMENTED) {
            blackhole.consume(ResultCode.of(value));
        }
    }

    /**
     * The objects a header read returns, built from fresh text as a parser hands it over: the
     * header, its message and, for a failure, the detail.
     *
     * @return the header
     */
    @Benchmark
    public ResultHeader returnedHeader() {
        return ResultHeader.of(successful, code, new String(message));
    }
}
