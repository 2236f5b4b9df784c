package eu.trustdesk.notification.control;

import eu.trustdesk.notification.entity.OutboxMail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The sender's bookkeeping, each step committed on its own (an EJB only for that): the claim is
 * committed before the mail server is called and the outcome right after, so a mail is never
 * handed to the server twice by two senders, nor forgotten when the server stops.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<Long> due(int max) {
        return em.createNamedQuery(OutboxMail.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** Takes a due mail for delivery; empty when another sender took it or it is no longer due. */
    public Optional<OutboxMail> claim(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null || !mail.nextAttemptAt().isBefore(clock.instant().plusNanos(1))) {
            return Optional.empty();
        }
        try {
            mail.claim(clock.instant());
            em.flush();
        } catch (IllegalStateException | OptimisticLockException e) {
            return Optional.empty();
        }
        em.detach(mail);
        return Optional.of(mail);
    }

    public void delivered(long id) {
        em.find(OutboxMail.class, id).delivered(clock.instant());
    }

    public void failed(long id, String error, SmtpSettings settings) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        mail.deliveryFailed(error, clock.instant(), settings.backoffAfter(mail.attempts()), settings.maxAttempts());
    }

    /** Claims older than {@code age} were left by a server that stopped while sending. */
    public int releaseStaleClaims(Duration age) {
        List<OutboxMail> stale = em.createNamedQuery(OutboxMail.STALE_CLAIMS, OutboxMail.class)
                .setParameter("before", clock.instant().minus(age))
                .getResultList();
        stale.forEach(mail -> mail.releaseStaleClaim(clock.instant()));
        return stale.size();
    }
}
