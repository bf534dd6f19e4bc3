package dev.nhncloud.result.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.MalformedResponseException;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.conformance.ChunkedInputStream;
import dev.nhncloud.result.conformance.ConformanceCases;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One reader shared by 32 threads gives exactly the single-threaded answers: the same header, or
 * the same reason and the same message, for every conformance case (valid and malformed), in
 * every input form, in both modes.
 *
 * <p>Each round opens a {@link CountDownLatch} start gate so that all threads begin together,
 * and each thread walks the inputs from its own starting point with its own mix of forms, so that
 * different inputs and forms are read at the same moment through the same reader.
 */
class ConcurrencyTest {

    static final int THREADS = 32;
    static final int ROUNDS = 10;

    private static final List<byte[]> INPUTS = ConformanceCases.all().stream().map(c -> c.bytes())
            .filter(bytes -> bytes.length <= 16_384).toList();
    private static final int FORMS = 4;

    @ParameterizedTest
    @MethodSource("dev.nhncloud.result.robustness.Binding#all")
    void thirtyTwoThreadsSharingOneReaderGiveTheSingleThreadedAnswers(Binding binding) throws Exception {
        for (boolean validate : new boolean[] {false, true}) {
            HeaderReader shared = binding.reader(ReadOptions.builder().validateDocument(validate).build());
            String[][] expected = new String[INPUTS.size()][FORMS];
            for (int i = 0; i < INPUTS.size(); i++) {
                for (int form = 0; form < FORMS; form++) {
                    expected[i][form] = answer(shared, INPUTS.get(i), form);
                }
            }
            long distinct = java.util.Arrays.stream(expected).map(a -> a[0]).distinct().count();
            assertTrue(distinct > 20, "the inputs give many different answers (headers and reasons): " + distinct);

            Queue<String> wrong = new ConcurrentLinkedQueue<>();
            AtomicLong reads = new AtomicLong();
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                CountDownLatch done = new CountDownLatch(THREADS);
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    int turn = round;
                    Thread worker = new Thread(() -> {
                        try {
                            start.await();
                            for (int k = 0; k < INPUTS.size(); k++) {
                                int i = (k + thread * 37 + turn * 11) % INPUTS.size();
                                int form = (k + thread + turn) % FORMS;
                                String got = answer(shared, INPUTS.get(i), form);
                                reads.incrementAndGet();
                                if (!got.equals(expected[i][form])) {
                                    wrong.add("input " + i + " form " + form + ": expected " + expected[i][form] + ", got " + got);
                                }
                            }
                        } catch (Throwable e) {
                            wrong.add("thread " + thread + " died: " + e);
                        } finally {
                            done.countDown();
                        }
                    }, "reader-" + t);
                    threads.add(worker);
                    worker.start();
                }
                start.countDown();
                assertTrue(done.await(5, TimeUnit.MINUTES), "the threads did not finish (a deadlock?)");
                for (Thread worker : threads) {
                    worker.join();
                }
            }
            assertTrue(wrong.isEmpty(), () -> binding + " validate=" + validate + ": " + wrong.size()
                    + " answers differ from the single-threaded ones, e.g.\n" + String.join("\n", wrong.stream().limit(10).toList()));
            assertEquals((long) THREADS * ROUNDS * INPUTS.size(), reads.get());
        }
    }

    /** The answer in words: the header, or the reason and the full message. */
    private static String answer(HeaderReader reader, byte[] bytes, int form) {
        try {
            switch (form) {
                case 0:
                    return reader.read(bytes).toString();
                case 1:
                    return reader.read(new ChunkedInputStream(bytes, 7)).toString();
                case 2:
                    return reader.read(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).toString();
                default:
                    return reader.read(new StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))).toString();
            }
        } catch (MalformedResponseException e) {
            return e.reason() + " / " + e.getMessage();
        } catch (Exception e) {
            return "unexpected " + e;
        }
    }
}
