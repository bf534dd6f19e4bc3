package dev.nhncloud.result.springtests;

import java.util.List;

/** An application class without a header: only the names. The integration checks the header all the same. */
public record InstanceNames(List<Named> instances) {

    /** An instance, by name. */
    public record Named(String name) {}
}
