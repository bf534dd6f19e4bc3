package dev.nhncloud.result.cli;

import java.util.Locale;

/** The languages the SDK describes codes in. */
enum Language {
    en(Locale.ENGLISH), ko(Locale.KOREAN), ja(Locale.JAPANESE), zh(Locale.CHINESE);

    final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }
}
