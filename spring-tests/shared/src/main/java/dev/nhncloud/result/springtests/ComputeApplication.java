package dev.nhncloud.result.springtests;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that calls the Compute API, as an application would: the SDK's
 * artifacts from the BOM, Boot's own dependency management for everything else, and no code for
 * the SDK but one property ({@code nhncloud.result.base-urls}). The same sources build on
 * Boot 3.5 (spring-tests/boot3) and Boot 4 (spring-tests/boot4).
 */
@SpringBootApplication
public class ComputeApplication {

    public static void main(String[] args) {
        SpringApplication.run(ComputeApplication.class, args);
    }
}
