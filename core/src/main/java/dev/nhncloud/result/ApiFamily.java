package dev.nhncloud.result;

import dev.nhncloud.result.internal.Descriptions;
import java.util.Locale;
import java.util.Optional;

/**
 * The API that produced an {@link Kind#API_ERROR} code, named by the code's leading digits.
 *
 * <p>A code of the form {@code PPxxx} belongs to the family with prefix {@code PP}, and
 * {@code xxx} is an HTTP status: {@code 10404} is the {@link #INSTANCE} API answering 404.
 * {@link Kind#NO_AVAILABLE_IP} and {@link Kind#NO_ACCESSIBLE_NETWORK} also belong to
 * {@link #NETWORK}, without an HTTP status.
 */
public enum ApiFamily {
    /** Instance API, prefix 10. */
    INSTANCE(10),
    /** Flavor API, prefix 11 (the provider's current page says only "API"; an earlier edition names the Flavor API). */
    FLAVOR(11),
    /** Availability Zone API, prefix 12. */
    AVAILABILITY_ZONE(12),
    /** Key Pair API, prefix 13. */
    KEYPAIR(13),
    /** Network API, prefix 20. */
    NETWORK(20),
    /** Subnet API, prefix 21. */
    SUBNET(21),
    /** Floating IP API, prefix 22. */
    FLOATING_IP(22),
    /** Load Balancer API, prefix 23. */
    LOAD_BALANCER(23),
    /** Security Group API, prefix 24. */
    SECURITY_GROUP(24),
    /** Image API, prefix 30. */
    IMAGE(30),
    /** Block Storage (Volume) API, prefix 40. */
    VOLUME(40),
    /** Token API, prefix 50. */
    TOKEN(50);

    private static final ApiFamily[] BY_PREFIX = new ApiFamily[100];

    static {
        for (ApiFamily family : values()) {
            BY_PREFIX[family.prefix] = family;
        }
    }

    private final int prefix;

    ApiFamily(int prefix) {
        this.prefix = prefix;
    }

    /**
     * The two leading digits of this family's codes.
     *
     * @return the prefix, for example 10 for {@link #INSTANCE}
     */
    public int prefix() {
        return prefix;
    }

    /**
     * The family whose codes start with the given two digits.
     *
     * @param prefix two digits, for example 40
     * @return the family, or empty when no family uses that prefix
     */
    public static Optional<ApiFamily> ofPrefix(int prefix) {
        return Optional.ofNullable(byPrefix(prefix));
    }

    static ApiFamily byPrefix(int prefix) {
        return prefix >= 0 && prefix < BY_PREFIX.length ? BY_PREFIX[prefix] : null;
    }

    /**
     * The name of this API.
     *
     * @param locale the language wanted: English, Korean, Japanese and Chinese are provided, any other falls back to English
     * @return the name in that language, for example "Instance API"
     */
    public String description(Locale locale) {
        return Descriptions.text("family." + name(), locale);
    }
}
