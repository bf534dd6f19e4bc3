package dev.nhncloud.result.benchmarks;

import dev.nhncloud.result.ResultHeader;
import java.util.List;

/**
 * The response class an application binds with the SDK: a {@link ResultHeader} and the list, read
 * by each library's one-pass {@code ResponseReader} in the {@code onePass} benchmarks.
 *
 * @param header    the header, checked as it is read
 * @param instances the instances
 */
public record InstanceListResponse(ResultHeader header, List<Instance> instances) {
}
