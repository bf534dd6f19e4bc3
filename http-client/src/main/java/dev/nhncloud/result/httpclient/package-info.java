/**
 * The JDK {@code HttpClient}'s body handlers for NHN Cloud answers:
 * {@link dev.nhncloud.result.httpclient.ComputeBodyHandlers} and
 * {@link dev.nhncloud.result.httpclient.ComputeApiClient} read the header with core's
 * {@link dev.nhncloud.result.HeaderReader} as the body arrives and fail with a
 * {@link dev.nhncloud.result.ComputeApiException} (a
 * {@link dev.nhncloud.result.httpclient.FailedRequestException} naming the request);
 * {@link dev.nhncloud.result.httpclient.TokenRenewal} and
 * {@link dev.nhncloud.result.httpclient.RetryAdvice} act on the failure's
 * {@link dev.nhncloud.result.ResultCode}.
 */
package dev.nhncloud.result.httpclient;
