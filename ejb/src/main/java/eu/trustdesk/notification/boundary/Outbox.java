package eu.trustdesk.notification.boundary;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.notification.entity.OutboxMail;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** The outbox console: what was sent to whom, what is waiting and why, and sending again. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public List<OutboxMail> page(int first, int size) {
        return em.createNamedQuery(OutboxMail.NEWEST_FIRST, OutboxMail.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count() {
        return em.createQuery("select count(m) from OutboxMail m", Long.class).getSingleResult();
    }

    public List<OutboxMail> sentTo(String recipient) {
        return em.createNamedQuery(OutboxMail.BY_RECIPIENT, OutboxMail.class)
                .setParameter("recipient", recipient).getResultList();
    }

    public OutboxMail mail(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw new BusinessException("error.notFound");
        }
        return mail;
    }

    /** Queues a mail again (audited: a resend can deliver a link a second time). */
    public void resend(long id) {
        OutboxMail mail = mail(id);
        try {
            mail.resend(clock.instant());
        } catch (IllegalStateException e) {
            throw new BusinessException("outbox.resend.sending");
        }
        audit.record(session.getCallerPrincipal().getName(), "outbox.resent", "OutboxMail", id,
                mail.template() + " to " + mail.recipient());
    }
}
