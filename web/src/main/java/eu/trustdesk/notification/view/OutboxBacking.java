package eu.trustdesk.notification.view;

import eu.trustdesk.notification.boundary.Outbox;
import eu.trustdesk.notification.entity.OutboxMail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** {@code console/outbox.xhtml}: the outbox, page by page. View-scoped so that paging keeps its model. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Outbox outbox;

    private LazyDataModel<OutboxMail> mails;

    @PostConstruct
    void init() {
        mails = new OutboxMails(outbox);
    }

    public LazyDataModel<OutboxMail> getMails() {
        return mails;
    }
}
