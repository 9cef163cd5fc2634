package org.contactexport.notification.user;

import java.util.Locale;

/** The language a user reads emails in. */
public enum Language {

    FR("fr", Locale.FRENCH),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("Unknown language: " + code);
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }
}
