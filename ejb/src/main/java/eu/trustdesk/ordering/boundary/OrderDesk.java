package eu.trustdesk.ordering.boundary;

import eu.trustdesk.shared.Links;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.activation.control.OrderRequests;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.shared.Language;
import eu.trustdesk.ordering.control.OrderCompletion;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.ordering.entity.OrderStatus;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Like;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The back office's orders: search with filters and paging, an order with its history, and the
 * accountant's actions — recording a received transfer or cheque (the order is accepted and its
 * invoice issued) and cancelling an unpaid order. Each action is written to the order's history.
 */
@Stateless
@RolesAllowed({Role.Names.ACCOUNTANT, Role.Names.ADMIN, Role.Names.VALIDATOR})
public class OrderDesk {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private OrderCompletion completion;

    @Inject
    private Clock clock;

    @Inject
    private MailOutbox outbox;

    @Inject
    private OrderRequests orderRequests;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    /** Filters of the order list; null fields do not filter. */
    public record OrderFilter(OrderStatus status, PaymentMode paymentMode, Instant from, Instant to, String customer)
            implements java.io.Serializable {
    }

    public List<CustomerOrder> search(OrderFilter filter, int first, int size) {
        TypedQuery<CustomerOrder> query = query(filter, "select o", " order by o.submittedAt desc", CustomerOrder.class);
        return query.setFirstResult(first).setMaxResults(Math.min(size, 200)).getResultList();
    }

    public long count(OrderFilter filter) {
        return query(filter, "select count(o)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(OrderFilter filter, String select, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" from CustomerOrder o where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and o.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.paymentMode() != null) {
            where.append(" and o.paymentMode = :mode");
            parameters.put("mode", filter.paymentMode());
        }
        if (filter.from() != null) {
            where.append(" and o.submittedAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and o.submittedAt < :to");
            parameters.put("to", filter.to());
        }
        if (filter.customer() != null && !filter.customer().isBlank()) {
            where.append(" and (lower(o.buyer.email) like :customer or lower(o.buyerOrganisation.name) like :customer"
                    + " or o.number like :number)");
            parameters.put("customer", Like.containingLowerCase(filter.customer()));
            parameters.put("number", Like.containingUpperCase(filter.customer()));
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    public CustomerOrder get(long orderId) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId);
        if (order == null) {
            throw new BusinessException("error.notFound");
        }
        order.lines().size();
        order.history().size();
        order.payments().size();
        order.vatBreakdown().size();
        if (order.termsDocument() != null) {
            order.termsDocument().sha256(); // the terms accepted, shown with the order
        }
        order.buyer().email();
        order.buyerOrganisation().name();
        return order;
    }

    public byte[] purchaseOrderPdf(long orderId) {
        return get(orderId).purchaseOrderPdf();
    }

    /**
     * The terms of sale exactly as this order's buyer accepted them, kept since (null for an order
     * placed before the terms were kept: only their version is known).
     */
    public AcceptedTerms acceptedTerms(long orderId) {
        return AcceptedTerms.of(get(orderId));
    }

    /**
     * A transfer or cheque arrived, as the bank statement shows it. The buyer is told by mail, in
     * their language. The payment that completes the total accepts the order and issues its invoice,
     * settled ("paid on" that day, nothing due); a short one leaves the order waiting for the rest.
     *
     * @return whether the order is now paid in full
     * @throws BusinessException {@code error.order.notAwaitingPayment}, {@code error.payment.amount},
     *         {@code error.payment.overpayment}, {@code error.payment.date}, {@code error.payment.reference}
     */
    @RolesAllowed({Role.Names.ACCOUNTANT, Role.Names.ADMIN})
    public boolean recordPayment(long orderId, BigDecimal amount, LocalDate receivedOn, String bankReference) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new BusinessException("error.notFound");
        }
        String accountant = session.getCallerPrincipal().getName();
        boolean complete = order.recordPayment(amount, receivedOn, bankReference, accountant, clock.instant());
        Language language = order.buyer().language();
        DocumentTexts texts = DocumentTexts.of(DocumentBundle.SHOP, language);
        outbox.queue(order.buyer().email(), language, complete ? "order.paymentReceived" : "order.paymentPartial",
                order.buyer().firstName(), link("customer/order.xhtml?id=" + order.id()), order.number(),
                texts.money(amount, order.currency()), texts.date(receivedOn),
                texts.money(order.amountRemaining(), order.currency()));
        if (complete) {
            completion.invoice(order, language);
        }
        return complete;
    }

    /** Everything of an accepted order was delivered (tokens shipped, certificates issued): it is fulfilled. */
    @RolesAllowed({Role.Names.ACCOUNTANT, Role.Names.ADMIN})
    public void fulfil(long orderId) {
        get(orderId).fulfil(session.getCallerPrincipal().getName(), clock.instant());
    }

    /**
     * Cancels an order still waiting for its money. What it would have delivered goes with it: its
     * open activation requests are cancelled and their applicants told by mail.
     */
    @RolesAllowed({Role.Names.ACCOUNTANT, Role.Names.ADMIN})
    public void cancel(long orderId, @Size(max = 500) String reason) {
        CustomerOrder order = get(orderId);
        String actor = session.getCallerPrincipal().getName();
        Instant now = clock.instant();
        order.cancel(actor, reason, now);
        orderRequests.cancelOpen(order.number(), actor, reason, now);
    }

    private String link(String page) {
        return Links.join(baseUrl, page);
    }
}
