package eu.trustdesk.audit.control;

import eu.trustdesk.audit.entity.AuditEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Records back-office decisions in the caller's transaction: the decision and its trace commit together. */
@Dependent
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void record(String actor, String action, String subjectType, long subjectId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, subjectType, subjectId, detail));
    }

    public List<AuditEvent> of(String subjectType, long subjectId) {
        return em.createNamedQuery(AuditEvent.OF_SUBJECT, AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }
}
