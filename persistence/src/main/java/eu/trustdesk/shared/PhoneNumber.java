package eu.trustdesk.shared;

import java.util.regex.Pattern;

/**
 * A telephone number as a person types it on a form: an optional "+", then 6 to 30 digits,
 * spaces, dots, dashes and parentheses ({@code +33 1 23 45 67 89}, {@code (06) 12.34.56.78}).
 * Kept as typed (only the surrounding spaces go): it is read by a person who calls, not dialled
 * by a machine, so the form is checked, not the numbering plan of a country. The one rule for
 * applicants, contacts and quotes.
 */
public final class PhoneNumber {

    private static final Pattern FORM = Pattern.compile("\\+?[0-9 ().-]{6,30}");

    private PhoneNumber() {
    }

    public static boolean valid(String typed) {
        return typed != null && FORM.matcher(typed.strip()).matches();
    }

    /** {@code typed} without its surrounding spaces; refused with {@code errorKey} when it is no phone number. */
    public static String checked(String typed, String errorKey) {
        String number = typed == null ? "" : typed.strip();
        if (!FORM.matcher(number).matches()) {
            throw new BusinessException(errorKey, number);
        }
        return number;
    }
}
