package eu.trustdesk.ordering.control;

import eu.trustdesk.ordering.entity.CustomerOrder;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Tells the activation boundaries whether the order behind a request is accepted: nothing is
 * delivered before it is paid. A request carries its order's number only; the number of a shop
 * order finds it, the number of a partner's voucher order (a redeemed voucher) does not.
 */
@Dependent
public class PaymentStandings {

    @PersistenceContext
    private EntityManager em;

    public PaymentStanding of(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank()) {
            return PaymentStanding.of(PaymentStanding.Source.NONE, null);
        }
        Optional<CustomerOrder> order = em.createNamedQuery(CustomerOrder.BY_NUMBER, CustomerOrder.class)
                .setParameter("number", orderNumber).getResultStream().findFirst();
        if (order.isPresent()) {
            return PaymentStanding.of(order.get());
        }
        boolean voucher = !em.createQuery("select o.id from VoucherOrder o where o.number = :number", Long.class)
                .setParameter("number", orderNumber).setMaxResults(1).getResultList().isEmpty();
        return PaymentStanding.of(voucher ? PaymentStanding.Source.VOUCHER : PaymentStanding.Source.NONE, orderNumber);
    }
}
