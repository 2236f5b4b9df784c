package eu.trustdesk.shared;

import java.util.Locale;
import java.util.Optional;

/** The languages TrustDesk speaks to its users: French and Italian customers, English for everybody else. */
public enum Language {
    FR,
    IT,
    EN;

    /** Column length of a stored language code. */
    public static final int CODE_LENGTH = 2;

    /** The language used when neither the user nor the browser says anything we support. */
    public static final Language DEFAULT = FR;

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** ISO 639-1 code, lower case, as used in URLs, cookies and resource-bundle suffixes. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a language code leniently ("it", "IT", "it-CH"); empty for anything unsupported. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.trim().split("[-_]", 2)[0].toUpperCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.name().equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromCode(locale.getLanguage()).orElse(DEFAULT);
    }
}
