package dev.nhncloud.result.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The command line's own words in one language: labels, headings, notes and the messages about
 * inputs, from {@code words*.properties} beside this class. The descriptions of codes are
 * core's; identifiers (kind, remedy and API names, reasons, JSON member names) are not words.
 */
final class Words {

    private static final String BUNDLE = "dev.nhncloud.result.cli.words";

    private final ResourceBundle bundle;
    private final Language language;

    private Words(Language language) {
        this.language = language;
        // Without fallback, English is the base bundle whatever the JVM's default locale.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Words of(Language language) {
        return new Words(language);
    }

    /** The language these words are in. */
    Language language() {
        return language;
    }

    /** The text of a key that has no arguments. */
    String get(String key) {
        return bundle.getString(key);
    }

    /** The text of a key with its {@code {0}}-style arguments filled in, each already text. */
    String format(String key, String... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale).format(arguments);
    }

    /** {@code answer.yes} or {@code answer.no}. */
    String yesNo(boolean value) {
        return get(value ? "answer.yes" : "answer.no");
    }
}
