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
 * The body a response class is bound from, for {@code onePass} (the SDK's {@code ResponseReader})
 * against {@code plainBinding} (the library alone): the bodies of {@link ResponseBody}, in the
 * sizes where binding the list is what the read costs. A failure header that comes first shows
 * the one-pass reader refusing the body after the header; the plain binding binds it all.
 */
@State(Scope.Benchmark)
public class ResponseClassBody {

    /** Body size, binary units. */
    @Param({"1MB", "16MB"})
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
