package eu.trustdesk.invoicing.boundary;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.invoicing.control.ChorusReadiness;
import eu.trustdesk.invoicing.control.CiiWriter;
import eu.trustdesk.invoicing.control.En16931Export;
import eu.trustdesk.invoicing.control.En16931Validator;
import eu.trustdesk.invoicing.control.InvoiceIssuer;
import eu.trustdesk.invoicing.control.UblWriter;
import eu.trustdesk.invoicing.entity.ExportProblem;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Like;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The accountants' register of every invoice and credit note: pages of it by kind, number and
 * issue date, each document's PDF and EN 16931 XML (CII or UBL) with the checks the Chorus Pro
 * export applies to it, and the credit note that cancels an invoice, written to the audit trail
 * with its reason.
 */
@Stateless
@RolesAllowed({Role.Names.ACCOUNTANT, Role.Names.ADMIN})
public class InvoiceRegister {

    static final String SUBJECT = "invoice";
    public static final int MAX_PAGE_SIZE = 200;

    /*
     * Plain, stateless and thread-safe controls, shared by every instance of the bean. The
     * validator's rule sets are loaded and compiled once per class loader, on the first check
     * (seconds), whatever the number of validator instances: see En16931Validator.
     */
    private static final CiiWriter CII = new CiiWriter();
    private static final UblWriter UBL = new UblWriter();
    private static final ChorusReadiness READINESS = new ChorusReadiness();
    private static final En16931Validator VALIDATOR = new En16931Validator();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private InvoiceIssuer issuer;

    @Inject
    private AuditTrail audit;

    /** The documents the filter selects, newest first. */
    public List<Invoice> page(@NotNull @Valid InvoiceFilter filter, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Invoice> query = cb.createQuery(Invoice.class);
        Root<Invoice> invoice = query.from(Invoice.class);
        query.select(invoice).where(criteria(cb, invoice, filter))
                .orderBy(cb.desc(invoice.get("issuedAt")), cb.desc(invoice.get("id")));
        return em.createQuery(query).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), MAX_PAGE_SIZE)).getResultList();
    }

    public long count(@NotNull @Valid InvoiceFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Invoice> invoice = query.from(Invoice.class);
        query.select(cb.count(invoice)).where(criteria(cb, invoice, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** The id of an invoice by its number, as shown on an order; null when there is none. */
    public Long idOf(String number) {
        return em.createNamedQuery(Invoice.BY_NUMBER, Invoice.class).setParameter("number", number)
                .getResultStream().findFirst().map(Invoice::id).orElse(null);
    }

    /** One document with its lines and VAT breakdown loaded. */
    public Invoice get(long invoiceId) {
        Invoice invoice = find(invoiceId);
        invoice.lines().size();
        invoice.vatBreakdown().size();
        return invoice;
    }

    public byte[] pdf(long invoiceId) {
        byte[] document = find(invoiceId).pdf();
        if (document == null) {
            throw new BusinessException("error.notFound");
        }
        return document;
    }

    /** The credit note that cancelled an invoice; null while it has none (and for a credit note). */
    public Invoice creditNoteOf(long invoiceId) {
        return em.createNamedQuery(Invoice.CREDIT_NOTES_OF, Invoice.class).setParameter("invoice", find(invoiceId))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /**
     * The EN 16931 document of an invoice or credit note, UTF-8, written exactly as the Chorus Pro
     * export writes it. Written whatever the checks say: an accountant may need the XML of an
     * invoice precisely because it was refused.
     */
    public byte[] xml(long invoiceId, @NotNull ExportSyntax syntax) {
        return write(get(invoiceId), syntax);
    }

    /** The version of the official EN 16931 rules {@link #validate} runs, shown beside its findings. */
    public String rulesVersion() {
        return En16931Validator.RULES_VERSION;
    }

    /**
     * Checks an invoice or credit note as the export would: the Chorus Pro business check, then the
     * official EN 16931 rules on its document in {@code syntax}.
     *
     * <p>Unlike {@link En16931Export#prepare}, which stops at a business refusal because such an
     * invoice is not sent anyway, this check always validates the document too: the accountant
     * looking at an invoice wants every finding at once. A document that cannot even be written
     * is reported as {@link En16931Export#WRITE_FAILED}, as the export reports it.
     */
    public ValidationReport validate(long invoiceId, @NotNull ExportSyntax syntax) {
        Invoice invoice = get(invoiceId);
        ValidationReport business = READINESS.check(invoice);
        byte[] document;
        try {
            document = write(invoice, syntax);
        } catch (RuntimeException e) {
            return business.and(ValidationReport.of(List.of(
                    new Finding(En16931Export.WRITE_FAILED, Finding.Severity.ERROR, String.valueOf(e), ""))));
        }
        return business.and(VALIDATOR.validate(syntax, document));
    }

    /**
     * Cancels an invoice by issuing the credit note that reverses it.
     *
     * @throws BusinessException {@code error.creditNote.ofCreditNote},
     *         {@code error.creditNote.alreadyCredited} or {@code error.creditNote.reason}
     */
    public Invoice creditNote(long invoiceId, @Size(max = Invoice.REASON_LENGTH) String reason) {
        Invoice note = issuer.creditNote(find(invoiceId), reason);
        em.flush(); // the caller gets the credit note with its id
        audit.record(session.getCallerPrincipal().getName(), "invoice.credited", SUBJECT, invoiceId,
                note.number() + ": " + reason.strip());
        return note;
    }

    /**
     * Completes or corrects the Chorus Pro service code (BT-10) and commitment number (BT-13) of an
     * invoice or credit note that has not been exported yet; the next export run sends it with them.
     * Audited with the values before and after.
     *
     * @throws BusinessException {@code error.invoice.notForChorus}, {@code error.invoice.alreadyExported}
     *         or a reference too long
     */
    public Invoice completeChorusReferences(long invoiceId,
            @Size(max = Invoice.BUYER_REFERENCE_LENGTH) String serviceCode,
            @Size(max = Invoice.PURCHASE_ORDER_LENGTH) String commitment) {
        Invoice invoice = find(invoiceId);
        String before = references(invoice);
        issuer.completeChorusReferences(invoice, serviceCode, commitment);
        audit.record(session.getCallerPrincipal().getName(), "invoice.chorusReferences", SUBJECT, invoiceId,
                before + " -> " + references(invoice));
        return invoice;
    }

    /**
     * Puts an exported invoice back in the queue of the next Chorus Pro export, after Chorus Pro
     * rejected it; audited with the flow it had left in and the reason.
     *
     * @throws BusinessException {@code error.invoice.notExported}, {@code error.invoice.reopenReason}
     */
    public Invoice reopenForExport(long invoiceId, @Size(max = Invoice.REASON_LENGTH) String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.invoice.reopenReason");
        }
        Invoice invoice = find(invoiceId);
        String previousFlow = invoice.reopenForExport();
        audit.record(session.getCallerPrincipal().getName(), "invoice.reopenedForExport", SUBJECT, invoiceId,
                previousFlow + ": " + reason.strip());
        return invoice;
    }

    /** Why the Chorus Pro export refused this invoice, most recent first (it retries every run). */
    public List<ExportProblem> exportProblems(long invoiceId) {
        return em.createNamedQuery(ExportProblem.OF_INVOICE, ExportProblem.class).setParameter("invoice", find(invoiceId).id())
                .setMaxResults(MAX_PAGE_SIZE).getResultList();
    }

    private static String references(Invoice invoice) {
        return "BT-10=" + invoice.buyerReference() + ", BT-13=" + invoice.purchaseOrderReference();
    }

    private static byte[] write(Invoice invoice, ExportSyntax syntax) {
        return syntax == ExportSyntax.CII ? CII.write(invoice) : UBL.write(invoice);
    }

    private Invoice find(long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new BusinessException("error.notFound");
        }
        return invoice;
    }

    private static Predicate[] criteria(CriteriaBuilder cb, Root<Invoice> invoice, InvoiceFilter filter) {
        List<Predicate> criteria = new ArrayList<>();
        if (filter.kind() != null) {
            criteria.add(cb.equal(invoice.get("kind"), filter.kind()));
        }
        if (filter.numberContains() != null && !filter.numberContains().isBlank()) {
            criteria.add(cb.like(invoice.get("number"), Like.containingUpperCase(filter.numberContains()), '\\'));
        }
        if (filter.issuedFrom() != null) {
            criteria.add(cb.greaterThanOrEqualTo(invoice.get("issueDate"), filter.issuedFrom()));
        }
        if (filter.issuedTo() != null) {
            criteria.add(cb.lessThanOrEqualTo(invoice.get("issueDate"), filter.issuedTo()));
        }
        return criteria.toArray(Predicate[]::new);
    }
}
