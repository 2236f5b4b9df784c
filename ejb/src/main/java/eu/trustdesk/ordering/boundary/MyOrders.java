package eu.trustdesk.ordering.boundary;

import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.ordering.control.OrderCompletion;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The signed-in customer's orders and their documents. Somebody else's order is answered like
 * one that does not exist.
 */
@Stateless
@RolesAllowed({Role.Names.CUSTOMER})
public class MyOrders {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private OrderCompletion completion;

    public List<CustomerOrder> list() {
        return em.createNamedQuery(CustomerOrder.OF_BUYER, CustomerOrder.class).setParameter("buyer", caller())
                .getResultList();
    }

    public CustomerOrder get(long orderId) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId);
        if (order == null || !order.placedBy(caller())) {
            throw new BusinessException("error.notFound");
        }
        order.lines().size();
        order.history().size();
        order.payments().size();
        order.vatBreakdown().size();
        if (order.termsDocument() != null) {
            order.termsDocument().sha256(); // the terms accepted, shown with the order
        }
        order.buyerOrganisation().name();
        return order;
    }

    /** How to pay this order, in words, as on its purchase order. */
    public String paymentInstructions(long orderId, @NotNull Language language) {
        return completion.paymentInstructions(get(orderId), language);
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

    private Account caller() {
        return callerAccount.get();
    }
}
