package dev.nhncloud.result.cli;

import dev.nhncloud.result.service.CodeEntry;
import dev.nhncloud.result.service.Service;
import java.util.List;
import java.util.Locale;

/**
 * {@code codes --service S} for a service other than Compute: its catalogue as one table, a row
 * per code (or range) the provider documents, in the order of the provider's page. Derived from
 * core's catalogue, never written by hand: the README's table of each service is this table in
 * Markdown. The {@code isSuccessful} cell is the flag as the provider documents it, a JSON value
 * and not a word.
 */
final class ServiceCodes {

    private ServiceCodes() {
    }

    static List<Catalogue.Table> tables(Service service, Language language) {
        Words words = Words.of(language);
        Locale locale = language.locale;
        Catalogue.Table table = new Catalogue.Table("codes", words.format("codes.title.service", service.title()), words,
                List.of("resultCode", "name", "isSuccessful", "verdict", "remedy", "retryable", "description"));
        for (CodeEntry entry : service.catalogue().entries()) {
            table.add(entry.isRange() ? entry.firstCode() + "–" + entry.lastCode() : String.valueOf(entry.firstCode()),
                    entry.name(), String.valueOf(entry.isSuccessfulFlag()), entry.verdict().name(), entry.remedy().name(),
                    words.yesNo(entry.retryable()), entry.description(locale));
        }
        return List.of(table);
    }
}
