package dev.nhncloud.result.spring;

import dev.nhncloud.result.ComputeApiException;
import java.util.Locale;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a {@link ComputeApiException} that reaches a controller with its
 * {@link ComputeProblemDetails problem detail}, as {@code application/problem+json}, in the
 * request's language ({@code Accept-Language}). The auto-configuration registers it with
 * {@code nhncloud.result.problem-details.enabled=true}; an application that builds its context
 * by hand declares it as a bean.
 */
@RestControllerAdvice
public class ComputeProblemHandler {

    private final ComputeProblemDetails problems;

    /**
     * A handler with the given mapping.
     *
     * @param problems how failures become problem details
     */
    public ComputeProblemHandler(ComputeProblemDetails problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /**
     * The answer to a failed NHN Cloud call.
     *
     * @param failure the failure
     * @param locale  the request's locale
     * @return the problem detail, with its status
     */
    @ExceptionHandler(ComputeApiException.class)
    public ResponseEntity<ProblemDetail> handle(ComputeApiException failure, Locale locale) {
        ProblemDetail problem = problems.of(failure, locale);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
