package eu.trustdesk.voucher.control;

import eu.trustdesk.activation.boundary.RequestCancelled;
import eu.trustdesk.voucher.entity.Voucher;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives a voucher back when the back office cancels the activation request it produced (or
 * revokes the certificate) within 30 days of the redemption: the event comes synchronously, in
 * the back office's transaction, so the voucher changes with the decision or not at all.
 */
@Dependent
public class CancelledRequests {

    private static final Logger LOG = Logger.getLogger(CancelledRequests.class.getName());

    @PersistenceContext
    private EntityManager em;

    void onRequestCancelled(@Observes RequestCancelled event) {
        em.createNamedQuery(Voucher.OF_REQUEST, Voucher.class).setParameter("request", event.requestId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().ifPresent(voucher -> {
                    boolean reopened = voucher.requestCancelled(event.cancelledAt());
                    LOG.log(Level.INFO, "Request {0} cancelled: voucher {1} {2}", new Object[] {event.requestId(),
                        voucher.id(), reopened ? "valid-unused again" : "stays used (after 30 days)"});
                });
    }
}
