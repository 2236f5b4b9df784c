package eu.trustdesk.invoicing.control;

import eu.trustdesk.invoicing.boundary.Finding;
import eu.trustdesk.invoicing.boundary.ValidationReport;
import eu.trustdesk.invoicing.boundary.ExportSyntax;
import eu.trustdesk.invoicing.entity.Invoice;
import java.util.List;
import java.util.Objects;

/**
 * Everything an export job does with one invoice before sending it: the business check
 * ({@link ChorusReadiness}), the XML in the chosen syntax, and its validation against the official
 * EN 16931 rules ({@link En16931Validator}). It never throws for a bad invoice: whatever is wrong
 * comes back as findings, so that a job can report it and go on with the next one.
 *
 * <p>Thread-safe; create one per job (or share one): the rules are loaded once per class loader.
 */
public class En16931Export {

    /** The rule id of an invoice that could not even be written: a bug or corrupt data, see the message. */
    public static final String WRITE_FAILED = "TD-EXPORT-WRITE";

    private final ChorusReadiness readiness;
    private final En16931Validator validator;
    private final CiiWriter cii = new CiiWriter();
    private final UblWriter ubl = new UblWriter();

    public En16931Export() {
        this(new ChorusReadiness(), new En16931Validator());
    }

    public En16931Export(ChorusReadiness readiness, En16931Validator validator) {
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * The document of one invoice and what was found on the way.
     *
     * @param document the XML, or null when the business check refused the invoice or it could not
     *        be written; present but not to be sent when {@link #exportable()} is false, so that the
     *        report can attach it
     * @param report the findings of every step
     */
    public record Prepared(String number, ExportSyntax syntax, byte[] document, ValidationReport report) {

        /** Whether the document may be sent: written, and no step found an error. */
        public boolean exportable() {
            return document != null && report.valid();
        }
    }

    public Prepared prepare(Invoice invoice, ExportSyntax syntax) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(syntax, "syntax");
        ValidationReport business = readiness.check(invoice);
        if (!business.valid()) {
            // not written: the XML of an invoice Chorus Pro will refuse is of no use to anyone
            return new Prepared(invoice.number(), syntax, null, business);
        }
        byte[] document;
        try {
            document = syntax == ExportSyntax.CII ? cii.write(invoice) : ubl.write(invoice);
        } catch (RuntimeException e) {
            return new Prepared(invoice.number(), syntax, null, business.and(ValidationReport.of(List.of(
                    new Finding(WRITE_FAILED, Finding.Severity.ERROR, String.valueOf(e), "")))));
        }
        return new Prepared(invoice.number(), syntax, document, business.and(validator.validate(syntax, document)));
    }
}
