package dev.nhncloud.result.benchmarks;

import dev.nhncloud.result.benchmarks.InstanceList.HeaderPosition;
import dev.nhncloud.result.benchmarks.InstanceList.Outcome;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The body an SDK reader reads: an instance list of a given size, with its header first or
 * last, reporting a success or a failure. Built once per trial, outside the measurement.
 */
@State(Scope.Benchmark)
public class ResponseBody {

    /** Body size, binary units. */
    @Param({"1KB", "64KB", "1MB", "16MB"})
    public String size;

    /** Where the header sits: {@code first} or {@code last}. */
    @Param({"first", "last"})
    public String position;

    /** What the header says: {@code success} or {@code failure}. */
    @Param({"success", "failure"})
    public String outcome;

    /** The UTF-8 bytes of the body. */
    public byte[] bytes;

    /** Builds the body. */
    @Setup(Level.Trial)
    public void build() {
        bytes = InstanceList.bytes(InstanceList.parseSize(size),
                HeaderPosition.valueOf(position.toUpperCase(Locale.ROOT)),
                Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)));
    }
}
