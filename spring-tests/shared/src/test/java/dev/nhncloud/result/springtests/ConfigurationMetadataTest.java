package dev.nhncloud.result.springtests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The jar describes its properties to IDEs and to Boot's tools: every one, with its description. */
class ConfigurationMetadataTest {

    private static final List<String> PROPERTIES = List.of("nhncloud.result.enabled", "nhncloud.result.base-urls",
            "nhncloud.result.binding", "nhncloud.result.validate-document", "nhncloud.result.max-depth",
            "nhncloud.result.max-message-length", "nhncloud.result.max-name-length", "nhncloud.result.service",
            "nhncloud.result.header-limit", "nhncloud.result.body-limit",
            "nhncloud.result.problem-details.enabled");

    @Test
    void everyPropertyIsDescribed() throws IOException {
        String metadata = null;
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (text.contains("\"nhncloud.result\"")) {
                    metadata = text;
                }
            }
        }
        assertNotNull(metadata, "no configuration metadata names nhncloud.result");
        for (String property : PROPERTIES) {
            int at = metadata.indexOf("\"name\": \"" + property + "\"");
            assertTrue(at >= 0, property + " is not in the metadata");
            int end = metadata.indexOf('}', at);
            assertTrue(metadata.substring(at, end).contains("\"description\""), property + " has no description");
        }
    }
}
