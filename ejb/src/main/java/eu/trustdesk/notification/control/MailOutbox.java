package eu.trustdesk.notification.control;

import eu.trustdesk.notification.entity.OutboxMail;
import eu.trustdesk.platform.SecretBox;
import eu.trustdesk.shared.Language;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Where boundaries put the e-mails their business change causes. The mail is rendered and stored
 * in the caller's transaction: if the change rolls back, so does the mail; if it commits, the mail
 * will be delivered by {@code OutboxSender}, whatever happens to the mail server meanwhile.
 * Links and codes given as {@link Secret}s are never stored readable (see {@link RenderedMail}).
 */
@Dependent
public class MailOutbox {

    private final MailTemplates templates = new MailTemplates();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecretBox box;

    /**
     * Queues the mail {@code template} for {@code recipient}, written in {@code language}. Pass a
     * link token or a code as a {@link Secret}: the outbox then stores the mail masked, and the
     * mail as sent only sealed.
     */
    public OutboxMail queue(String recipient, Language language, String template, Object... arguments) {
        RenderedMail mail = templates.render(template, language, arguments);
        OutboxMail queued;
        if (mail.hasSecrets()) {
            queued = new OutboxMail(recipient, language, template, mail.subject(), mail.maskedText(), mail.maskedHtml(),
                    clock.instant()).seal(box.seal(mail.text()), box.seal(mail.html()));
        } else {
            queued = new OutboxMail(recipient, language, template, mail.subject(), mail.text(), mail.html(),
                    clock.instant());
        }
        em.persist(queued);
        return queued;
    }
}
