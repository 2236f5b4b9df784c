package eu.trustdesk.invoicing.control;

import eu.trustdesk.invoicing.boundary.Finding;
import eu.trustdesk.invoicing.boundary.ValidationReport;
import eu.trustdesk.invoicing.entity.Invoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The business check an invoice passes before its XML is written: what Chorus Pro would refuse
 * although the document is valid EN 16931.
 *
 * <p>Chorus Pro refuses an invoice without the commitment number (numéro d'engagement, BT-13)
 * or the service code (BT-10) when the receiving structure says it requires them; that flag
 * lives in the Chorus Pro directory, which TrustDesk does not query yet. Until it does, every
 * French public buyer is taken to require a commitment number: a public body orders with one, and
 * an invoice sent without it would be rejected days later by Chorus Pro rather than caught here.
 * The requirement is a constructor argument so that the directory (or an administrator's
 * override for a buyer known not to use commitments) can replace it without touching the check.
 *
 * <p>A missing service code is only a warning: most structures do not require one, and without the
 * directory TrustDesk cannot tell which do.
 */
public class ChorusReadiness {

    /** The buyer requires a commitment number (BT-13) and the invoice has none: not exported. */
    public static final String COMMITMENT_REQUIRED = "TD-CHORUS-COMMITMENT";
    /** A Chorus Pro invoice without service code (BT-10): exported, but worth a look. */
    public static final String SERVICE_CODE_MISSING = "TD-CHORUS-SERVICE";

    private final Predicate<Invoice> buyerRequiresCommitment;

    /** Every French public buyer requires a commitment number (see the class comment). */
    public ChorusReadiness() {
        this(Invoice::forChorus);
    }

    /**
     * @param buyerRequiresCommitment whether the buyer of an invoice requires a commitment number,
     *        e.g. from the Chorus Pro directory; only asked for invoices that go to Chorus Pro
     */
    public ChorusReadiness(Predicate<Invoice> buyerRequiresCommitment) {
        this.buyerRequiresCommitment = Objects.requireNonNull(buyerRequiresCommitment, "buyerRequiresCommitment");
    }

    /** The findings for one invoice or credit note; valid when it may go on to the XML export. */
    public ValidationReport check(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        if (!invoice.forChorus()) {
            return ValidationReport.clean();
        }
        List<Finding> findings = new ArrayList<>();
        if (invoice.purchaseOrderReference() == null && buyerRequiresCommitment.test(invoice)) {
            findings.add(new Finding(COMMITMENT_REQUIRED, Finding.Severity.ERROR,
                    "the buyer requires a commitment number (BT-13, numéro d'engagement) and " + invoice.number()
                            + " has none", "BT-13"));
        }
        if (invoice.buyerReference() == null) {
            findings.add(new Finding(SERVICE_CODE_MISSING, Finding.Severity.WARNING,
                    "no Chorus Pro service code (BT-10): refused if the buyer's structure requires one", "BT-10"));
        }
        return ValidationReport.of(findings);
    }
}
