/**
 * The result header of NHN Cloud API answers and what its codes mean: read a header with a
 * {@link dev.nhncloud.result.HeaderReader} from {@link dev.nhncloud.result.HeaderReaders}, decide
 * with {@link dev.nhncloud.result.ResultHeader#succeeded()}, and act on a failure's
 * {@link dev.nhncloud.result.ResultCode} (its {@link dev.nhncloud.result.Kind},
 * {@link dev.nhncloud.result.ApiFamily}, HTTP status and {@link dev.nhncloud.result.Remedy}).
 * A failed call is a {@link dev.nhncloud.result.ComputeApiException}; an answer without a
 * readable header is a {@link dev.nhncloud.result.MalformedResponseException}.
 *
 * <pre>{@code
 * HeaderReader reader = HeaderReaders.load();
 * ResultHeader header = reader.read(body);
 * if (!header.succeeded() && header.code().requiresCredentials()) {
 *     renewToken();
 * }
 * }</pre>
 */
package dev.nhncloud.result;
