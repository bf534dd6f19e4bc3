package dev.nhncloud.result.springtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.Service;
import dev.nhncloud.result.spring.ComputeProblemDetails;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The problem detail of a failure, for Compute's codes and for another service's, which have no HTTP status or family. */
class ComputeProblemDetailsTest {

    private final ComputeProblemDetails problems = ComputeProblemDetails.withDefaultMessages();

    @Test
    void aComputeCodeGivesItsStatusKindAndFamily() {
        ProblemDetail problem = problems.of(failure(Service.COMPUTE, 10404, "Not found"), Locale.ENGLISH);
        assertEquals(404, problem.getStatus());
        assertEquals("compute", problem.getProperties().get("service"));
        assertEquals("API_ERROR", problem.getProperties().get("kind"));
        assertEquals("INSTANCE", problem.getProperties().get("api"));
        assertEquals("CHECK_RESOURCE", problem.getProperties().get("remedy"));
    }

    /** Before, this threw IllegalStateException from code(): an error page of its own instead of the problem. */
    @Test
    void anotherServicesCodeIsABadGatewayNamedInItsCatalogue() {
        ComputeApiException failure = failure(Service.SMS, -1000, "Invalid appKey.");
        assertThrows(IllegalStateException.class, failure::code, "SMS codes are not Compute's");
        ProblemDetail problem = problems.of(failure, Locale.KOREAN);
        assertEquals(502, problem.getStatus());
        assertEquals("sms", problem.getProperties().get("service"));
        assertEquals("INVALID_APPKEY", problem.getProperties().get("name"));
        assertEquals(-1000, problem.getProperties().get("resultCode"));
        assertNull(problem.getProperties().get("kind"));
        assertNull(problem.getProperties().get("api"));
        assertEquals("CHECK_CREDENTIALS", problem.getProperties().get("remedy"));
        assertEquals(false, problem.getProperties().get("retryable"));
        String meaning = failure.header().meaning().description(Locale.KOREAN);
        assertEquals("NHN Cloud API가 결과 코드 -1000에 해당하는 실패를 응답했습니다. " + meaning + " "
                + failure.remedy().description(Locale.KOREAN), problem.getDetail());
    }

    private static ComputeApiException failure(Service service, int code, String message) {
        return assertThrows(ComputeApiException.class,
                () -> ResultHeader.of(service.catalogue(), false, code, message).throwIfFailed());
    }
}
