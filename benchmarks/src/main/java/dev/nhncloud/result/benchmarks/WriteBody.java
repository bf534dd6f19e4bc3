package dev.nhncloud.result.benchmarks;

import dev.nhncloud.result.benchmarks.InstanceList.HeaderPosition;
import dev.nhncloud.result.benchmarks.InstanceList.Outcome;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes an instance-list body to a file, for measuring the command line on bodies larger than
 * a benchmark holds in memory.
 *
 * <pre>java -cp benchmarks.jar dev.nhncloud.result.benchmarks.WriteBody 200MB first success body.json</pre>
 */
public final class WriteBody {

    private WriteBody() {
    }

    /**
     * Writes the body.
     *
     * @param args size (such as {@code 200MB}), {@code first} or {@code last}, {@code success} or
     *             {@code failure}, and the file
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: WriteBody SIZE first|last success|failure FILE");
            System.exit(64);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[3])), 1 << 16)) {
            long written = InstanceList.write(out, InstanceList.parseSize(args[0]),
                    HeaderPosition.valueOf(args[1].toUpperCase(Locale.ROOT)), Outcome.valueOf(args[2].toUpperCase(Locale.ROOT)));
            System.out.println(written);
        }
    }
}
