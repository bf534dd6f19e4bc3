package dev.nhncloud.result.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * One instance of an instance list, as an application binds it: every member {@link InstanceList}
 * writes, so that binding a body does all the work a real response class does. Records bind in
 * every library measured (Jackson 2 and 3, Gson, Yasson).
 *
 * @param addresses        the network addresses
 * @param availabilityZone the zone
 * @param flavor           the flavor
 * @param status           the status, such as {@code ACTIVE}
 * @param id               the instance's id
 * @param name             the instance's name
 * @param image            the image's id
 * @param metadata         the image's metadata
 * @param keyName          the key pair's name
 * @param volumes          the volumes
 * @param securityGroups   the security groups
 * @param launchedAt       when it was launched
 * @param createdAt        when it was created
 * @param updatedAt        when it was last updated
 */
public record Instance(List<Address> addresses, String availabilityZone, Flavor flavor, String status, String id, String name,
        String image, Map<String, String> metadata, String keyName, Volumes volumes, List<SecurityGroup> securityGroups,
        String launchedAt, String createdAt, String updatedAt) {

    /**
     * A network address.
     *
     * @param macAddress        the MAC address
     * @param ipAddress         the fixed address
     * @param version           the IP version
     * @param floatingIpAddress the floating address, or null
     */
    public record Address(String macAddress, String ipAddress, int version, String floatingIpAddress) {
    }

    /**
     * A flavor.
     *
     * @param id   the flavor's id
     * @param name the flavor's name
     * @param cpu  the number of vCPUs
     * @param ram  the memory, in MB
     */
    public record Flavor(String id, String name, int cpu, int ram) {
    }

    /**
     * The volumes of an instance.
     *
     * @param root        the root volume
     * @param attachments the attached volumes
     */
    public record Volumes(Volume root, List<Volume> attachments) {
    }

    /**
     * A volume.
     *
     * @param id   the volume's id, or null for the root volume
     * @param name the volume's name, or null for the root volume
     * @param size the size, in GB
     * @param type the volume type
     */
    public record Volume(String id, String name, int size, String type) {
    }

    /**
     * A security group.
     *
     * @param name the group's name
     */
    public record SecurityGroup(String name) {
    }
}
