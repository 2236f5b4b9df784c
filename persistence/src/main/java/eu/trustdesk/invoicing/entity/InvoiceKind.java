package eu.trustdesk.invoicing.entity;

import java.util.Locale;

/**
 * Invoice or credit note, with the number prefix of each and its EN 16931 document type code
 * (BT-3, UNTDID 1001). Each kind has its own gap-free sequence per year.
 */
public enum InvoiceKind {
    /** Facture: type code 380 "commercial invoice". */
    INVOICE("FA", "380"),
    /** Avoir: type code 381 "credit note"; its amounts are positive, as EN 16931 requires. */
    CREDIT_NOTE("AV", "381");

    /** Column length of a stored kind. */
    public static final int CODE_LENGTH = 20;
    /** Digits of the sequence part of a number; a larger value simply takes more digits. */
    public static final int SEQUENCE_DIGITS = 6;
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 9999;

    private final String prefix;
    private final String typeCode;

    InvoiceKind(String prefix, String typeCode) {
        this.prefix = prefix;
        this.typeCode = typeCode;
    }

    public String prefix() {
        return prefix;
    }

    public String typeCode() {
        return typeCode;
    }

    /** The number of the {@code sequence}-th document of this kind in {@code year}: {@code FA-2026-000123}. */
    public String number(int year, long sequence) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        return String.format(Locale.ROOT, "%s-%d-%0" + SEQUENCE_DIGITS + "d", prefix, year, sequence);
    }

    /** What every number of this kind issued in {@code year} starts with: {@code FA-2026-}. */
    public String numberPrefix(int year) {
        return prefix + "-" + year + "-";
    }
}
