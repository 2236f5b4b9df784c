package eu.trustdesk.notification.boundary;

import eu.trustdesk.notification.control.OutboxStore;
import eu.trustdesk.notification.control.SmtpGateway;
import eu.trustdesk.notification.control.SmtpSettings;
import eu.trustdesk.notification.entity.OutboxMail;
import eu.trustdesk.platform.SecretBox;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Empties the outbox every few seconds: each due mail is claimed, handed to the mail server and
 * marked sent, or put back with a growing delay when the server does not take it. A sealed mail
 * (one with a link token or a code) is opened here, in memory, just before it is handed over.
 *
 * <p>A singleton, so ticks never overlap. When the mail server cannot be reached the tick stops
 * at the first mail: the others keep their place and their attempt count until it is back.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int MAILS_PER_TICK = 50;
    /** Far longer than one delivery can take (connection and I/O timeouts are seconds). */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(2);

    @EJB
    private OutboxStore store;

    @Inject
    private SmtpSettings settings;

    @Inject
    private SecretBox box;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    private SmtpGateway gateway;
    private String messageIdDomain;

    @PostConstruct
    void init() {
        messageIdDomain = Optional.ofNullable(URI.create(baseUrl).getHost()).orElse("trustdesk.local");
        if (settings.deliveryEnabled()) {
            gateway = new SmtpGateway(settings);
        } else {
            LOG.warning("No mail server configured (TRUSTDESK_MAIL_HOST): e-mails stay in the outbox console.");
        }
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "outbox delivery")
    void tick() {
        if (gateway == null) {
            return;
        }
        store.releaseStaleClaims(STALE_CLAIM);
        List<Long> due = store.due(MAILS_PER_TICK);
        for (Long id : due) {
            Optional<OutboxMail> claimed = store.claim(id);
            if (claimed.isEmpty()) {
                continue;
            }
            OutboxMail mail = claimed.get();
            String text;
            String html;
            try {
                text = mail.sealed() ? box.open(mail.sealedText()) : mail.textBody();
                html = mail.sealed() ? box.open(mail.sealedHtml()) : mail.htmlBody();
            } catch (RuntimeException e) {
                // sealed with another key (TRUSTDESK_SECRET_KEY changed): this mail can never be sent,
                // the others can; it fails after its attempts and shows its error in the console
                store.failed(id, describe(e), settings);
                LOG.log(Level.WARNING, "Mail {0} cannot be opened: {1}", new Object[] {id, describe(e)});
                continue;
            }
            try {
                gateway.deliver(mail, text, html, messageIdDomain);
                store.delivered(id);
            } catch (MessagingException | RuntimeException e) {
                store.failed(id, describe(e), settings);
                LOG.log(Level.INFO, "Mail {0} not delivered, will retry: {1}", new Object[] {id, describe(e)});
                // the server is unreachable or refuses us: the next tick will try again
                return;
            }
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root == e ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
    }
}
