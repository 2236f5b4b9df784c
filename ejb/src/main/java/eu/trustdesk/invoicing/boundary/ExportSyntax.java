package eu.trustdesk.invoicing.boundary;

/**
 * The two XML syntaxes of EN 16931 (CEN/TS 16931-3-2 and 16931-3-3) that TrustDesk writes; Chorus
 * Pro accepts both.
 */
public enum ExportSyntax {
    /** UN/CEFACT Cross Industry Invoice D16B: {@code rsm:CrossIndustryInvoice}. */
    CII,
    /** OASIS UBL 2.1: {@code Invoice}, or {@code CreditNote} for a credit note. */
    UBL
}
