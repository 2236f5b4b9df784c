package eu.trustdesk.audit.control;

import eu.trustdesk.audit.entity.AuditEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Records back-office decisions in the caller's transaction: the decision and its trace commit together. */
@Dependent
public class AuditTrail {

    /** The actor of what no signed-in person did: a schedule, a batch job. */
    public static final String SYSTEM = "system";
    /** The actor of what someone did without an account we know of (a sign-in with an unknown address). */
    public static final String ANONYMOUS = "anonymous";
    /** The names application servers give a caller without an identity (Payara: "ANONYMOUS"). */
    private static final Set<String> UNAUTHENTICATED = Set.of("anonymous", "guest");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void record(String actor, String action, String subjectType, long subjectId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, subjectType, subjectId, detail));
    }

    /** The caller's name for an audit row: its account's e-mail, or {@link #SYSTEM} without a signed-in caller. */
    public static String actor(Principal caller) {
        if (caller == null || caller.getName() == null || caller.getName().isBlank()
                || UNAUTHENTICATED.contains(caller.getName().toLowerCase(java.util.Locale.ROOT))) {
            return SYSTEM;
        }
        return caller.getName();
    }

    public List<AuditEvent> of(String subjectType, long subjectId) {
        return em.createNamedQuery(AuditEvent.OF_SUBJECT, AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }
}
