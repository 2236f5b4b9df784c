package eu.trustdesk.notification.boundary;

import eu.trustdesk.notification.entity.OutboxMail;
import eu.trustdesk.platform.RetentionPeriod;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The purge of delivered mails (job {@code mail-purge}): their bodies and attachments are deleted
 * {@code TRUSTDESK_MAIL_BODY_RETENTION_DAYS} after delivery; the envelope stays (recipient,
 * subject, dates, status) and the console says when the content went.
 *
 * <p>Called by the batch job, which has no signed-in caller, hence no role. No caller can purge
 * more than the policy says: the period comes from the configuration, never from a parameter,
 * and a run's start time ({@code asOf}) later than now counts as now. Reads and writes join the
 * chunk transaction, so a chunk's purges and the reader's checkpoint commit together.
 */
@Stateless
@PermitAll
public class MailRetention {

    public static final String DAYS = "trustdesk.mail.body-retention-days";
    static final int DEFAULT_DAYS = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = DAYS)
    private java.util.Optional<String> configuredDays;

    public RetentionPeriod period() {
        return RetentionPeriod.of(DAYS, configuredDays, DEFAULT_DAYS);
    }

    /** The next ids (at most {@code max}) after {@code afterId} of delivered mails whose content is due for purge. */
    public List<Long> due(long afterId, Instant asOf, int max) {
        return em.createNamedQuery(OutboxMail.PURGEABLE, Long.class)
                .setParameter("before", cutoff(asOf)).setParameter("after", afterId)
                .setMaxResults(max).getResultList();
    }

    public long dueCount(long afterId, Instant asOf) {
        return em.createNamedQuery(OutboxMail.PURGEABLE_COUNT, Long.class)
                .setParameter("before", cutoff(asOf)).setParameter("after", afterId).getSingleResult();
    }

    /**
     * Purges the mail if it is still due (a mail resent meanwhile is not); returns whether it was.
     * Mandatory transaction: the chunk's.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean purge(long mailId, Instant asOf) {
        OutboxMail mail = em.find(OutboxMail.class, mailId);
        if (mail == null || mail.contentPurged() || mail.sentAt() == null || mail.sentAt().isAfter(cutoff(asOf))
                || mail.status() != eu.trustdesk.notification.entity.MailStatus.SENT) {
            return false;
        }
        mail.purgeContent(clock.instant());
        return true;
    }

    private Instant cutoff(Instant asOf) {
        return period().cutoff(asOf, clock.instant());
    }
}
