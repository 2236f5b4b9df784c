package eu.trustdesk.activation.control;

import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.audit.control.AuditTrail;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The activation requests of a shop order, when something happens to the order itself: a
 * cancelled order delivers nothing, so its requests still open are cancelled with it, each
 * applicant told by mail in their language, in the caller's transaction.
 */
@Dependent
public class OrderRequests {

    static final String SUBJECT = "ActivationRequest";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActivationMails mails;

    @Inject
    private AuditTrail audit;

    /** @return how many requests were cancelled */
    public int cancelOpen(String orderNumber, String actor, String reason, Instant now) {
        List<ActivationRequest> requests = em.createNamedQuery(ActivationRequest.OF_ORDER, ActivationRequest.class)
                .setParameter("order", orderNumber).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        int cancelled = 0;
        for (ActivationRequest request : requests) {
            if (!request.open()) {
                continue;
            }
            request.cancel(actor, reason, now);
            audit.record(actor, "activation.cancel", SUBJECT, request.id(), "order " + orderNumber + " cancelled");
            mails.orderCancelled(request, orderNumber);
            cancelled++;
        }
        return cancelled;
    }
}
