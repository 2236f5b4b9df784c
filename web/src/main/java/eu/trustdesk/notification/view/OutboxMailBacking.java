package eu.trustdesk.notification.view;

import eu.trustdesk.notification.boundary.Outbox;
import eu.trustdesk.notification.entity.OutboxMail;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code console/outbox-mail.xhtml?id=}: one mail as its recipient gets it, links and codes masked,
 * or its envelope alone once its content is purged; and sending it again. View-scoped: the forms
 * sit in parts rendered only for a loaded mail, and a request-scoped bean would get its id from
 * the view parameter only after those parts were skipped on the postback.
 */
@Named
@ViewScoped
public class OutboxMailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SELF = "/console/outbox-mail?faces-redirect=true&includeViewParams=true";

    @EJB
    private Outbox outbox;

    private Long id;
    private OutboxMail mail;
    private String revealedHtml;

    /** {@code f:viewAction}: an unknown id gets the 404 page. */
    public void load() {
        if (getMail() == null) {
            Pages.notFound();
        }
    }

    public String resend() {
        try {
            outbox.resend(id);
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("console.mail.resent");
        return SELF;
    }

    /** Loaded on first use: the view action does not run when the resend form is posted. */
    public OutboxMail getMail() {
        if (mail == null && id != null) {
            try {
                mail = outbox.mail(id);
            } catch (BusinessException notFound) {
                return null;
            }
        }
        return mail;
    }

    /** The plain-text body, escaped, with its web addresses clickable: see {@link MailText}. */
    public String getTextBodyHtml() {
        return getMail() == null ? "" : MailText.toHtml(getMail().textBody());
    }

    /** Demo run only: shows the mail as sent, links in clear (see Outbox#revealedText). */
    public String reveal() {
        try {
            revealedHtml = MailText.toHtml(outbox.revealedText(id));
        } catch (BusinessException e) {
            Messages.error(e);
        }
        return null;
    }

    public String getRevealedHtml() {
        return revealedHtml;
    }

    public boolean isDemo() {
        return outbox.demo();
    }

    /** After how many days delivered mails lose their content (the purged mail's explanation). */
    public int getRetentionDays() {
        return outbox.contentRetentionDays();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
