package eu.trustdesk.invoicing.control;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.shared.Language;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceDraft;
import eu.trustdesk.invoicing.entity.InvoiceKind;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.shared.BusinessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Issues invoices and credit notes in the caller's transaction: takes the next number, builds the
 * document, renders its PDF and stores both. If the caller's transaction rolls back, nothing was
 * issued and the number is given to the next document (see {@link InvoiceNumbers}).
 *
 * <p>The number is taken first and locks its sequence until the caller's transaction ends, so
 * callers issue the document at the end of their work and commit promptly.
 */
@Dependent
public class InvoiceIssuer {

    /**
     * The seller is French: the issue date, and so the year of the number, are those of Paris.
     * An invoice issued at 00:30 on 1 January in Paris belongs to the new year. The office's zone
     * ({@link BusinessCalendar}), named here for the Chorus export job that reads it.
     */
    public static final ZoneId LEGAL_ZONE = BusinessCalendar.ZONE;

    private final InvoicePdf pdf = new InvoicePdf();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InvoiceNumbers numbers;

    @Inject
    private SellerDetails seller;

    @Inject
    private Clock clock;

    /** Issues the invoice of an accepted order to its payer. */
    public Invoice issue(InvoiceDraft draft) {
        Objects.requireNonNull(draft, "draft");
        Instant now = clock.instant();
        LocalDate today = BusinessCalendar.dayOf(now);
        Seller current = seller.current();
        Language language = draft.payer().language();
        String terms = draft.paid() && !draft.prices().isZero()
                ? InvoiceTerms.paid(language, draft.paymentMeans(), draft.paidOn())
                : InvoiceTerms.standard(language, draft.prices().isZero() ? null : draft.paymentMeans(), draft.paymentDays(),
                        today.plusDays(draft.paymentDays()), current.name());
        String number = numbers.next(InvoiceKind.INVOICE, today.getYear());
        Invoice invoice = Invoice.issue(draft, number, current, now, today, terms);
        invoice.attachPdf(pdf.render(invoice));
        em.persist(invoice);
        return invoice;
    }

    /**
     * Issues the credit note that reverses {@code original} as a whole.
     *
     * @throws BusinessException {@code error.creditNote.ofCreditNote} for a credit note,
     *         {@code error.creditNote.alreadyCredited} when the invoice already has one,
     *         {@code error.creditNote.reason} without a reason
     */
    public Invoice creditNote(Invoice original, String reason) {
        Objects.requireNonNull(original, "original");
        if (original.isCreditNote()) {
            throw new BusinessException("error.creditNote.ofCreditNote");
        }
        if (!em.createNamedQuery(Invoice.CREDIT_NOTES_OF, Invoice.class).setParameter("invoice", original)
                .setMaxResults(1).getResultList().isEmpty()) {
            throw new BusinessException("error.creditNote.alreadyCredited", original.number());
        }
        Instant now = clock.instant();
        LocalDate today = BusinessCalendar.dayOf(now);
        Seller current = seller.current();
        String terms = DocumentTexts.of(DocumentBundle.INVOICE, original.language()).text("terms.creditNote");
        // checked before a number is taken, so that a refused credit note does not hold the sequence
        if (reason == null || reason.isBlank() || reason.strip().length() > Invoice.REASON_LENGTH) {
            throw new BusinessException("error.creditNote.reason", Invoice.REASON_LENGTH);
        }
        String number = numbers.next(InvoiceKind.CREDIT_NOTE, today.getYear());
        Invoice note = Invoice.creditNoteFor(original, number, reason, current, now, today, terms);
        note.attachPdf(pdf.render(note));
        em.persist(note);
        return note;
    }

    /**
     * Completes or corrects the Chorus Pro references of an invoice not exported yet, and renders
     * its PDF again so that the document the buyer downloads shows them.
     *
     * @throws BusinessException as {@link Invoice#completeChorusReferences}
     */
    public void completeChorusReferences(Invoice invoice, String serviceCode, String commitment) {
        invoice.completeChorusReferences(serviceCode, commitment);
        invoice.attachPdf(pdf.render(invoice));
    }
}
