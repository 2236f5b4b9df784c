package eu.trustdesk.voucher.control;

/**
 * Cells a spreadsheet will not run: a value that starts like a formula ({@code = + - @}, tab or
 * carriage return) gets a leading apostrophe, which spreadsheets show as text (OWASP "CSV
 * injection"). Quoting is left to the CSV printer.
 */
public final class SafeCsv {

    private SafeCsv() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
