package eu.trustdesk.invoicing.boundary;

import eu.trustdesk.invoicing.entity.InvoiceKind;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the register shows: every criterion may be null (no restriction).
 *
 * @param kind invoices or credit notes
 * @param numberContains part of the number, e.g. {@code 2026-0001}
 * @param issuedFrom first issue date, included
 * @param issuedTo last issue date, included
 */
public record InvoiceFilter(InvoiceKind kind, @Size(max = InvoiceFilter.NUMBER_TEXT_LENGTH) String numberContains,
        LocalDate issuedFrom, LocalDate issuedTo) implements Serializable {

    public static final int NUMBER_TEXT_LENGTH = 20;

    /** Everything. */
    public static InvoiceFilter all() {
        return new InvoiceFilter(null, null, null, null);
    }
}
