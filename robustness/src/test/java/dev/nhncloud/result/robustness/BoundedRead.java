package dev.nhncloud.result.robustness;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads one hostile input with one binding, in both modes, in a JVM of its own started with a
 * small {@code -Xmx} by {@link ResourceBoundsTest}, and prints one line per mode (the outcomes of all its reads, {@code /}-separated when they differ):
 *
 * <pre>
 * RESULT binding=jsonp input=MESSAGE_10MB mode=early outcome=TOO_LONG consumed=10485828 millis=199 peakHeapMB=54.1 baseHeapMB=3.1 closed=false
 * </pre>
 *
 * <p>{@code peakHeapMB} is the sum of the peak usage of every heap pool during the read (measured
 * by the JVM, reset before it): an upper bound of the heap in use at any one time, the input
 * included (here it is generated, never held). {@code baseHeapMB} is what was in use before.
 *
 * <pre>{@code
 * java -Xmx16m -cp <test class path> dev.nhncloud.result.robustness.BoundedRead jackson DEEP_ARRAYS
 * }</pre>
 *
 * <p>For an endless input the system property {@code stopAfter} sets how many bytes are read
 * before the connection is closed (default {@link Hostile#STOP_AFTER}).
 */
public final class BoundedRead {

    private BoundedRead() {
    }

    public static void main(String[] args) throws Exception {
        Binding binding = Binding.named(args[0]);
        Hostile input = Hostile.valueOf(args[1]);
        for (boolean validate : new boolean[] {false, true}) {
            HeaderReader reader = binding.reader(ReadOptions.builder().validateDocument(validate).build());
            System.out.println(read(reader, input, validate ? "validate" : "early"));
        }
    }

    private static String read(HeaderReader reader, Hostile input, String mode) throws InterruptedException {
        GeneratedStream body = input.body();
        boolean closed = false;
        Thread stopper = null;
        if (input.endless()) {
            long stopAfter = Long.getLong("stopAfter", Hostile.STOP_AFTER);
            stopper = new Thread(() -> stopAfter(body, stopAfter), "stopper");
            stopper.setDaemon(true);
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).collect(Collectors.toList());
        System.gc();
        long base = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        if (stopper != null) {
            stopper.start();
        }
        long start = System.nanoTime();
        java.util.Set<String> outcomes = new java.util.LinkedHashSet<>();
        long consumed = 0;
        for (int i = 0; i < input.reads(); i++) {
            GeneratedStream next = i == 0 ? body : input.body();
            String got;
            try {
                ResultHeader header = reader.read(next);
                got = "header " + (header.succeeded() ? "SUCCESS" : header.toString());
            } catch (MalformedResponseException e) {
                got = e.reason().name();
            } catch (IOException e) {
                got = "IOException";
            } catch (Throwable t) {
                // An OutOfMemoryError or StackOverflowError: report it rather than die of it.
                got = t.getClass().getName();
            }
            consumed += next.consumed();
            outcomes.add(got);
            if (next.isClosed()) {
                closed = true;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String outcome = String.join("/", outcomes);
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        if (stopper != null) {
            stopper.join();
        }
        return String.format(Locale.ROOT, "RESULT binding=%s input=%s mode=%s outcome=%s consumed=%d millis=%d peakHeapMB=%.1f baseHeapMB=%.1f closed=%s",
                reader.binding(), input.name(), mode, outcome.replace(' ', '_'), consumed, millis,
                peak / 1048576.0, base / 1048576.0, closed);
    }

    /** Closes the connection once enough has been read, as a client's timeout would; waits without spinning. */
    private static void stopAfter(GeneratedStream body, long bytes) {
        while (body.consumed() < bytes) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        body.stop();
    }
}
