package dev.nhncloud.result.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ResultHeader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The baselines measure what they claim: on every body, each library's hand loop and filter read
 * the header the SDK reads, and each one-pass reader binds the instances the plain binding binds,
 * or refuses a failure. A baseline that returned early or read the wrong member would make every
 * ratio of the report a lie.
 */
class BaselinesTest {

    private static final String[] SIZES = {"1KB", "64KB"};

    static List<Arguments> bodies() {
        List<Arguments> bodies = new ArrayList<>();
        for (String size : SIZES) {
            for (String position : new String[] {"first", "last"}) {
                for (String outcome : new String[] {"success", "failure"}) {
                    bodies.add(Arguments.of(size, position, outcome));
                }
            }
        }
        return bodies;
    }

    private static ResponseBody body(String size, String position, String outcome) {
        ResponseBody body = new ResponseBody();
        body.size = size;
        body.position = position;
        body.outcome = outcome;
        body.build();
        return body;
    }

    private static ResponseClassBody classBody(String size, String position, String outcome) {
        ResponseClassBody body = new ResponseClassBody();
        body.size = size;
        body.position = position;
        body.outcome = outcome;
        body.build();
        return body;
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void handLoopsAndFiltersReadTheHeaderTheSdkReads(String size, String position, String outcome) throws IOException {
        ResponseBody body = body(size, position, outcome);
        ResultHeader expected = HeaderReaders.named("jackson").read(body.bytes);
        assertEquals(outcome.equals("success"), expected.succeeded(), "the body says " + outcome);

        assertEquals(expected, new JacksonBenchmark().handLoop(body), "Jackson 2 hand loop");
        assertEquals(expected, new JacksonBenchmark().filter(body), "Jackson 2 filter");
        assertEquals(expected, new Jackson3Benchmark().handLoop(body), "Jackson 3 hand loop");
        assertEquals(expected, new Jackson3Benchmark().filter(body), "Jackson 3 filter");
        assertEquals(expected, new GsonBenchmark().handLoop(body), "Gson hand loop");
        assertEquals(expected, new JsonpBenchmark().handLoop(body), "JSON-P hand loop");
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void onePassBindsWhatThePlainBindingBindsOrRefusesAFailure(String size, String position, String outcome) throws IOException {
        ResponseClassBody body = classBody(size, position, outcome);
        boolean success = outcome.equals("success");
        List<Object[]> bindings = List.of(
                new Object[] {"Jackson 2", new JacksonBenchmark().plainBinding(body), new JacksonBenchmark().onePass(body)},
                new Object[] {"Jackson 3", new Jackson3Benchmark().plainBinding(body), new Jackson3Benchmark().onePass(body)},
                new Object[] {"Gson", new GsonBenchmark().plainBinding(body), new GsonBenchmark().onePass(body)},
                new Object[] {"JSON-B", new JsonpBenchmark().plainBinding(body), new JsonpBenchmark().onePass(body)});
        for (Object[] binding : bindings) {
            PlainInstanceListResponse plain = (PlainInstanceListResponse) binding[1];
            assertEquals(success, plain.header().isSuccessful(), binding[0] + ": the plain binding's header");
            if (success) {
                InstanceListResponse response = assertInstanceOf(InstanceListResponse.class, binding[2], binding[0] + ": one pass");
                assertEquals(plain.instances(), response.instances(), binding[0] + ": the same instances");
                assertEquals(plain.header().resultCode(), response.header().resultCode(), binding[0] + ": the same code");
            } else {
                ComputeApiException refused = assertInstanceOf(ComputeApiException.class, binding[2], binding[0] + ": one pass");
                assertEquals(plain.header().resultCode(), refused.header().resultCode(), binding[0] + ": the refused code");
            }
        }
    }
}
