package eu.trustdesk.notification.view;

import eu.trustdesk.notification.boundary.Outbox;
import eu.trustdesk.notification.entity.OutboxMail;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** {@code console/outbox-mail.xhtml?id=}: one mail as its recipient gets it, and sending it again. */
@Named
@RequestScoped
public class OutboxMailBacking {

    private static final String SELF = "/console/outbox-mail?faces-redirect=true&includeViewParams=true";

    @EJB
    private Outbox outbox;

    private Long id;
    private OutboxMail mail;

    /**
     * The id as posted by the resend form, before the view parameter sets it: the mail's panel is
     * rendered only when the mail is known, and JSF decodes the button while the view parameter
     * is still unset — without this the "send again" button was never decoded and did nothing.
     */
    @PostConstruct
    void idOfThePostedForm() {
        String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (posted != null && posted.matches("\\d{1,18}")) {
            id = Long.valueOf(posted);
        }
    }

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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
