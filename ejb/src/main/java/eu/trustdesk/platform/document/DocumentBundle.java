package eu.trustdesk.platform.document;

/**
 * The resource bundles documents (PDFs, the e-invoice's words, payment instructions) are written
 * from, and how each one is written. A bundle is "formatted" when every text in it is a
 * {@link java.text.MessageFormat} pattern, so an apostrophe is always written twice ({@code l''IBAN});
 * the shop's bundle predates that rule: its texts without arguments are printed as written (the
 * terms of sale, whose accepted wording is fingerprinted, keep their single apostrophes).
 */
public enum DocumentBundle {

    /** Purchase orders, terms of sale, payment instructions (ordering). */
    SHOP("eu.trustdesk.ordering.documents", false),
    /** Invoices and credit notes, and the words of their EN 16931 documents (invoicing). */
    INVOICE("eu.trustdesk.invoicing.invoice", true),
    /** Quotes and delivery notes; their columns and totals are {@link #SHOP}'s (procurement). */
    PROCUREMENT("eu.trustdesk.procurement.documents", true),
    /** Printable vouchers (voucher). */
    VOUCHER("eu.trustdesk.voucher.vouchers", true);

    private final String baseName;
    private final boolean formatted;

    DocumentBundle(String baseName, boolean formatted) {
        this.baseName = baseName;
        this.formatted = formatted;
    }

    public String baseName() {
        return baseName;
    }

    /** Whether every text is a pattern, even one without arguments. */
    public boolean formatted() {
        return formatted;
    }
}
