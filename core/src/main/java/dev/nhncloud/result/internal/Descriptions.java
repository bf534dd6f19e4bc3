package dev.nhncloud.result.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The localized descriptions of kinds, families, remedies and codes, from the UTF-8
 * {@code descriptions*.properties} bundles beside this class, and of the shipped services'
 * codes, from the bundles beside their tables in {@code dev/nhncloud/result/service}.
 */
public final class Descriptions {

    private static final String BUNDLE = "dev.nhncloud.result.internal.descriptions";

    private Descriptions() {
    }

    /**
     * The text for a key.
     *
     * @param key    a bundle key such as {@code kind.SUCCESS}
     * @param locale the language wanted
     * @return the text in that language, or in English when the language is not provided
     */
    public static String text(String key, Locale locale) {
        return text(BUNDLE, key, locale);
    }

    /**
     * The text for a key of another of core's bundles, with the same fallback to English.
     *
     * @param bundle the bundle's base name, such as {@code dev.nhncloud.result.service.sms}
     * @param key    a key of that bundle
     * @param locale the language wanted
     * @return the text in that language, or in English when the language is not provided
     */
    public static String text(String bundle, String key, Locale locale) {
        return bundle(bundle, locale).getString(key);
    }

    /**
     * The text for a key, with {@link MessageFormat} arguments filled in.
     *
     * @param key       a bundle key whose text has {@code {0}}-style arguments
     * @param locale    the language wanted
     * @param arguments the values, already formatted as text
     * @return the text in that language, or in English when the language is not provided
     */
    public static String format(String key, Locale locale, String... arguments) {
        return new MessageFormat(text(key, locale), locale).format(arguments);
    }

    /**
     * English is the fallback whatever the JVM's default locale: ResourceBundle would otherwise
     * answer a request for French with the default locale's bundle (Korean on a Korean
     * desktop). A custom ResourceBundle.Control cannot be used from a named module, so the
     * answer is checked instead.
     */
    private static ResourceBundle bundle(String base, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(base, locale);
        String found = bundle.getLocale().getLanguage();
        if (!found.isEmpty() && !found.equals(locale.getLanguage())) {
            bundle = ResourceBundle.getBundle(base, Locale.ROOT);
        }
        return bundle;
    }
}
