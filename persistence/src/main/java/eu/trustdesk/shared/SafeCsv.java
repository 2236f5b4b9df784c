package eu.trustdesk.shared;

/**
 * Cells a spreadsheet will not run: a value that starts like a formula ({@code = + - @}, tab or
 * carriage return) gets a leading apostrophe, which spreadsheets show as text (OWASP "CSV
 * injection"). Quoting is left to the CSV printer. Shared by every CSV the product writes (voucher
 * codes, the audit trail), so that there is one rule for what a cell may start with.
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
