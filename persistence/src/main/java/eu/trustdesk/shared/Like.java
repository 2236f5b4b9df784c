package eu.trustdesk.shared;

import java.util.Locale;

/**
 * LIKE patterns built from what a user types in a search field: the user's % and _ are matched
 * as themselves, not as wildcards (the escape character is the backslash, MySQL's and H2's default).
 */
public final class Like {

    private Like() {
    }

    /** "%text%" in lower case, for a case-insensitive "contains" against {@code lower(column)}. */
    public static String containingLowerCase(String text) {
        return containing(text == null ? "" : text.toLowerCase(Locale.ROOT));
    }

    /** "%TEXT%" in upper case, for codes stored in upper case (order and invoice numbers). */
    public static String containingUpperCase(String text) {
        return containing(text == null ? "" : text.toUpperCase(Locale.ROOT));
    }

    private static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
