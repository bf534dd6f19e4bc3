package dev.nhncloud.result.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inputs a fuzzer found against a binding's tree or hook ({@link KitFuzzTarget}), kept in the
 * binding's test resources under {@value #DIRECTORY}, where the kit replays them.
 */
final class KitFindings {

    /** The test resource directory of findings. */
    static final String DIRECTORY = "nhncloud-kit-findings";

    private KitFindings() {
    }

    /** The files of every findings directory on the test class path, in name order. */
    static List<Path> files() {
        List<Path> files = new ArrayList<>();
        try {
            for (URL url : Collections.list(ConformanceSuite.class.getClassLoader().getResources(DIRECTORY))) {
                if (!"file".equals(url.getProtocol())) {
                    continue;
                }
                try (Stream<Path> listing = Files.list(Path.of(url.toURI()))) {
                    files.addAll(listing.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
