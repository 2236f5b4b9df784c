package eu.trustdesk.invoicing.control;

import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.shared.Language;
import java.time.LocalDate;

/** The payment terms (BT-20) an invoice carries, in its payer's language, from the invoice bundle. */
public final class InvoiceTerms {

    private InvoiceTerms() {
    }

    /** The standard terms: how to pay and by when; for nothing to pay ({@code means} null), that nothing is due. */
    public static String standard(Language language, PaymentMeans means, int days, LocalDate dueDate, String sellerName) {
        DocumentTexts texts = DocumentTexts.of(DocumentBundle.INVOICE, language);
        if (means == null) {
            return texts.text("terms.nothingDue");
        }
        return texts.text("terms." + means.name(), days, texts.date(dueDate), sellerName);
    }

    /**
     * The terms of an invoice issued for an order already paid: when and how the money came, and
     * that nothing is due. No instruction to pay, no due date.
     */
    public static String paid(Language language, PaymentMeans means, LocalDate paidOn) {
        DocumentTexts texts = DocumentTexts.of(DocumentBundle.INVOICE, language);
        return texts.text("terms.paid", texts.date(paidOn), texts.text("terms.paid.means." + means.name()));
    }
}
