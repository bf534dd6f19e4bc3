package dev.nhncloud.result.benchmarks;

import dev.nhncloud.result.benchmarks.InstanceList.HeaderPosition;
import dev.nhncloud.result.benchmarks.InstanceList.Outcome;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The body for what reads a whole document whatever it holds: the naive way (a tree of the
 * whole body) and the library's floor (a token loop to the end). The header's place and what it
 * says change nothing in that work, so only the size varies: measuring them for every place and
 * outcome would triple the run for the same numbers. The body is the header-last, success body
 * of {@link ResponseBody} (the same bytes, the header at the other end, for header-first).
 */
@State(Scope.Benchmark)
public class WholeDocumentBody {

    /** Body size, binary units. */
    @Param({"1KB", "64KB", "1MB", "16MB"})
    public String size;

    /** The UTF-8 bytes of the body. */
    public byte[] bytes;

    /** Builds the body. */
    @Setup(Level.Trial)
    public void build() {
        bytes = InstanceList.bytes(InstanceList.parseSize(size), HeaderPosition.LAST, Outcome.SUCCESS);
    }
}
