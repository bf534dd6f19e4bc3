package dev.nhncloud.result.benchmarks.analysis;

import dev.nhncloud.result.benchmarks.InstanceList;
import dev.nhncloud.result.benchmarks.InstanceList.HeaderPosition;
import dev.nhncloud.result.benchmarks.InstanceList.Outcome;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A body for the cost analysis: header last by default, so every variant reads it all. */
@State(Scope.Benchmark)
public class AnalysisBody {

    /** Body size, binary units. */
    @Param({"1MB"})
    public String size;

    /** Where the header sits. */
    @Param({"last"})
    public String position;

    /** The UTF-8 bytes of the body. */
    public byte[] bytes;

    /** Builds the body. */
    @Setup(Level.Trial)
    public void build() {
        bytes = InstanceList.bytes(InstanceList.parseSize(size), HeaderPosition.valueOf(position.toUpperCase(Locale.ROOT)),
                Outcome.SUCCESS);
    }
}
