package eu.trustdesk.invoicing.boundary;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * The invoices and credit notes of the signed-in customer's orders, newest first, and their PDFs.
 *
 * <p>An invoice belongs to the account that placed its order (its {@code buyerEmail}). Somebody
 * else's invoice is answered exactly like one that does not exist ({@code error.notFound}), so
 * trying ids reveals nothing.
 */
@Stateless
@RolesAllowed({Role.Names.CUSTOMER, Role.Names.PARTNER})
public class MyInvoices {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    public List<Invoice> page(int first, int size) {
        return em.createNamedQuery(Invoice.OF_BUYER, Invoice.class).setParameter("email", caller())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), MAX_PAGE_SIZE))
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery(Invoice.COUNT_OF_BUYER, Long.class).setParameter("email", caller()).getSingleResult();
    }

    /** One of the caller's invoices, with its lines and VAT breakdown loaded. */
    public Invoice get(long invoiceId) {
        Invoice invoice = owned(invoiceId);
        invoice.lines().size();
        invoice.vatBreakdown().size();
        return invoice;
    }

    /** The PDF of one of the caller's invoices. */
    public byte[] pdf(long invoiceId) {
        byte[] document = owned(invoiceId).pdf();
        if (document == null) {
            throw new BusinessException("error.notFound");
        }
        return document;
    }

    /** The id of one of the caller's invoices by its number, as shown on an order. */
    public long idOf(String number) {
        return em.createNamedQuery(Invoice.BY_NUMBER, Invoice.class).setParameter("number", number)
                .getResultStream().filter(i -> i.buyerEmail().equals(caller())).findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound")).id();
    }

    private Invoice owned(long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || !invoice.buyerEmail().equals(caller())) {
            throw new BusinessException("error.notFound");
        }
        return invoice;
    }

    /** Accounts are identified by their e-mail address, stored in lower case. */
    private String caller() {
        return session.getCallerPrincipal().getName().strip().toLowerCase(Locale.ROOT);
    }
}
