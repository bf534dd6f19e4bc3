package dev.nhncloud.result.benchmarks;

import java.util.List;

/**
 * The same response class without the SDK, for the {@code plainBinding} benchmarks: the header is
 * a plain record the application checks itself, bound by the library alone.
 *
 * @param header    the header as written
 * @param instances the instances
 */
public record PlainInstanceListResponse(PlainHeader header, List<Instance> instances) {

    /**
     * The header as an application without the SDK declares it.
     *
     * @param isSuccessful  the flag
     * @param resultCode    the code
     * @param resultMessage the message
     */
    public record PlainHeader(boolean isSuccessful, int resultCode, String resultMessage) {
    }
}
