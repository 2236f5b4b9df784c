package eu.trustdesk.notification.boundary;

import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.notification.entity.OutboxMail;
import eu.trustdesk.platform.ProductionReadiness;
import eu.trustdesk.platform.SecretBox;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The outbox console: what was sent to whom, what is waiting and why, and sending again. Mails
 * with links or codes are read masked: their secrets are sealed (see MailOutbox) and only the
 * sender opens them.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private MailRetention retention;

    @Inject
    private SecretBox box;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext caller;

    static final String SUBJECT = "OutboxMail";

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

    /**
     * Sends the mail again, sealed secrets included; refused while it is being sent and once its
     * content is purged. Audited: a resend can deliver a link a second time.
     */
    public void resend(long id) {
        OutboxMail mail = mail(id);
        if (mail.contentPurged()) {
            throw new BusinessException("outbox.resend.purged");
        }
        try {
            mail.resend(clock.instant());
        } catch (IllegalStateException e) {
            throw new BusinessException("outbox.resend.sending");
        }
        audit.record(caller.getCallerPrincipal().getName(), "outbox.resent", SUBJECT, id,
                mail.template() + " to " + mail.recipient());
    }

    /**
     * The mail as sent, its links and codes in clear, for the demo run only: it has no mail server,
     * and a newcomer follows the address-confirmation link from the console (README, guided tour).
     * Refused outside a demo start, where nobody reads a secret in the console; audited.
     */
    public String revealedText(long id) {
        if (!ProductionReadiness.demo(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class))) {
            throw new BusinessException("outbox.reveal.demoOnly");
        }
        OutboxMail mail = mail(id);
        if (!mail.sealed() || mail.contentPurged()) {
            return mail.textBody();
        }
        audit.record(caller.getCallerPrincipal().getName(), "outbox.revealed", SUBJECT, id, mail.template());
        return box.open(mail.sealedText());
    }

    /** Whether this is a demo start, where the console may show a sealed mail's links. */
    public boolean demo() {
        return ProductionReadiness.demo(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    /** After how many days delivered mails lose their content, for the console's explanation. */
    public int contentRetentionDays() {
        return retention.period().days();
    }
}
