/**
 * nhncloud-result for Spring Framework 6.2 and 7: the result header of NHN Cloud answers checked
 * on the way in, for {@code RestClient} and {@code RestTemplate}
 * ({@link dev.nhncloud.result.spring.HeaderCheckingInterceptor}), {@code WebClient}
 * ({@link dev.nhncloud.result.spring.HeaderCheckingFilter}) and the HTTP service clients built on
 * them, and failures passed on as RFC 9457 problem details
 * ({@link dev.nhncloud.result.spring.ComputeProblemDetails}). The calls checked are those to
 * {@link dev.nhncloud.result.spring.NhnCloudEndpoints}; the header is read by a core
 * {@link dev.nhncloud.result.HeaderReader} and a failure is core's
 * {@link dev.nhncloud.result.ComputeApiException} or
 * {@link dev.nhncloud.result.MalformedResponseException}.
 *
 * <p>With Spring Boot, none of this needs code: see
 * {@link dev.nhncloud.result.spring.boot.NhnCloudResultAutoConfiguration}.
 */
package dev.nhncloud.result.spring;
