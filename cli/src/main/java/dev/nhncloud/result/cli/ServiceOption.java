package dev.nhncloud.result.cli;

import dev.nhncloud.result.LogSafeText;
import dev.nhncloud.result.service.Service;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --service}, the same option on {@code read}, {@code explain} and {@code codes}: a
 * service by its identifier ({@code compute}, {@code sms}, {@code email},
 * {@code kakaotalk-bizmessage}, {@code push}), in any case, as the other options' values are.
 * The identifiers are core's ({@link Service#id()}), so that the command line and the SDK name a
 * service the same way; picocli's own enum conversion would want {@code KAKAOTALK_BIZMESSAGE}.
 */
final class ServiceOption {

    @Option(names = "--service", paramLabel = "SERVICE", defaultValue = "compute", converter = Converter.class,
            completionCandidates = Candidates.class,
            description = "The NHN Cloud service whose codes apply: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Service service;

    /** Converts an identifier to its service. */
    static final class Converter implements ITypeConverter<Service> {
        @Override
        public Service convert(String value) {
            String id = value.toLowerCase(Locale.ROOT);
            for (Service service : Service.values()) {
                if (service.id().equals(id)) {
                    return service;
                }
            }
            throw new TypeConversionException("expected one of " + String.join(", ", new Candidates()) + " but was '"
                    + LogSafeText.escape(value) + "'");
        }
    }

    /** The identifiers, for picocli's {@code ${COMPLETION-CANDIDATES}} and shell completion. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Service.values()).map(Service::id).iterator();
        }
    }
}
