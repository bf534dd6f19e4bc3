/**
 * Spring Boot 3.5 and 4 auto-configuration: {@link dev.nhncloud.result.spring.boot.NhnCloudResultAutoConfiguration}
 * and its {@code nhncloud.result.*} properties, {@link dev.nhncloud.result.spring.boot.NhnCloudResultProperties}.
 */
package dev.nhncloud.result.spring.boot;
