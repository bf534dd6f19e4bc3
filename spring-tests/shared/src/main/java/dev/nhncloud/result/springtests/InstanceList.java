package dev.nhncloud.result.springtests;

import dev.nhncloud.result.ResultHeader;
import java.util.List;

/** The answer of GET /v2/{tenant}/servers/detail as the application binds it, header included. */
public record InstanceList(ResultHeader header, List<Instance> instances) {

    /** One instance, with the members the application uses; the answer has more, ignored by Boot's mapper. */
    public record Instance(String id, String name, String status, Flavor flavor, List<Address> addresses) {}

    /** The instance's flavor. */
    public record Flavor(String id, String name, int vcpus, int ram) {}

    /** One address of the instance. */
    public record Address(String addr, int version, String type) {}
}
