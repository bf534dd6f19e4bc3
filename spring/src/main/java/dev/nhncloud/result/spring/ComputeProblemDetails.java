package dev.nhncloud.result.spring;

import dev.nhncloud.result.ComputeApiException;
import dev.nhncloud.result.ResultCode;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.CodeEntry;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * An RFC 9457 problem detail for a failed NHN Cloud call, for applications that pass the failure
 * on to their own clients rather than handling it.
 *
 * <pre>{@code
 * ComputeProblemDetails problems = ComputeProblemDetails.withDefaultMessages();
 * ProblemDetail problem = problems.of(failure, Locale.KOREAN);
 * // {"type":"about:blank","title":"NHN Cloud API 호출 실패","status":404,"detail":"…",
 * //  "resultCode":10404,"service":"compute","name":"…","kind":"API_ERROR","api":"INSTANCE",
 * //  "remedy":"CHECK_RESOURCE","retryable":false}
 * }</pre>
 *
 * <ul>
 * <li>{@code status}: the HTTP status embedded in a Compute code (10404 gives 404, 50401 gives
 *     401); 502 Bad Gateway for a code without one (-3, 20001, an unrecognized code, and every
 *     code of the other services): the upstream API failed, not the application's client.</li>
 * <li>{@code title} and {@code detail}: from the message source, in English, Korean, Japanese or
 *     Chinese; the detail names the code, its meaning and its remedy in the SDK's words. The
 *     provider's {@code resultMessage} is left out: it may name the application's resources.</li>
 * <li>Extension members: {@code resultCode} (the code as sent), {@code service} (the catalogue's
 *     name: {@code compute}, {@code sms}…), {@code name} (the code's name in it), {@code kind}
 *     and {@code api} (Compute's kind and family; null for another service's code, and {@code api}
 *     null for a Compute code without a family), {@code remedy} and {@code retryable}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ComputeProblemDetails {

    /** The base name of the default messages: {@value}. */
    public static final String DEFAULT_MESSAGES = "dev/nhncloud/result/spring/problem-details";
    /** The key of the title; no argument. */
    public static final String TITLE = "nhncloud.result.problem.title";
    /** The key of the detail; arguments: the code, its meaning, its remedy's description. */
    public static final String DETAIL = "nhncloud.result.problem.detail";

    private final MessageSource messages;

    private ComputeProblemDetails(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Problem details worded by the SDK's messages, in English, Korean, Japanese and Chinese
     * (English for any other language).
     *
     * @return the mapping
     */
    public static ComputeProblemDetails withDefaultMessages() {
        ResourceBundleMessageSource defaults = new ResourceBundleMessageSource();
        defaults.setBasename(DEFAULT_MESSAGES);
        defaults.setDefaultEncoding("UTF-8");
        defaults.setFallbackToSystemLocale(false);
        return new ComputeProblemDetails(defaults);
    }

    /**
     * Problem details worded by the application's messages, which define {@link #TITLE} and
     * {@link #DETAIL}.
     *
     * @param messages the message source
     * @return the mapping
     */
    public static ComputeProblemDetails withMessages(MessageSource messages) {
        return new ComputeProblemDetails(Objects.requireNonNull(messages, "messages"));
    }

    /**
     * The problem detail of a failure.
     *
     * @param failure the failure
     * @param locale  the language of the title and detail
     * @return a new problem detail
     */
    public ProblemDetail of(ComputeApiException failure, Locale locale) {
        ResultHeader header = failure.header();
        CodeEntry meaning = header.meaning();
        // Compute's codes embed an HTTP status and a family; the other services' codes do not
        // (and code() throws for them rather than misread one as Compute's).
        Optional<ResultCode> compute = header.catalogue().isCompute() ? Optional.of(header.code()) : Optional.empty();
        int status = compute.map(code -> code.httpStatus().orElse(HttpStatus.BAD_GATEWAY.value()))
                .orElse(HttpStatus.BAD_GATEWAY.value());
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage(TITLE, null, locale));
        String description = compute.map(code -> code.description(locale)).orElseGet(() -> meaning.description(locale));
        problem.setDetail(messages.getMessage(DETAIL, new Object[] {
                String.valueOf(header.resultCode()), description, failure.remedy().description(locale)}, locale));
        problem.setProperty("resultCode", header.resultCode());
        problem.setProperty("service", header.catalogue().name());
        problem.setProperty("name", meaning.name());
        problem.setProperty("kind", compute.map(code -> failure.kind().name()).orElse(null));
        problem.setProperty("api", compute.flatMap(ResultCode::api).map(Enum::name).orElse(null));
        problem.setProperty("remedy", failure.remedy().name());
        problem.setProperty("retryable", compute.map(ResultCode::retryable).orElseGet(meaning::retryable));
        return problem;
    }
}
