package eu.trustdesk.organisation.view;

import eu.trustdesk.audit.entity.AuditEvent;
import eu.trustdesk.organisation.boundary.OrganisationDirectory;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code console/organisation.xhtml?id=}: everything known about one organisation, and the
 * public-body decisions. The page offers the decisions to administrators only; the boundary
 * refuses them to anyone else whatever the page shows.
 */
@Named
@ViewScoped
public class ConsoleOrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SELF = "/console/organisation?faces-redirect=true&includeViewParams=true";

    @EJB
    private OrganisationDirectory directory;

    private Long id;
    private Organisation organisation;
    private List<AuditEvent> history;
    private String note;
    private String reason;

    /** {@code f:viewAction}: an unknown id gets the 404 page. */
    public void load() {
        if (getOrganisation() == null) {
            Pages.notFound();
        }
    }

    public String confirm() {
        try {
            directory.confirmPublicBody(id, note);
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("console.organisation.confirmed");
        return SELF;
    }

    public String withdraw() {
        try {
            directory.withdrawPublicBody(id, reason);
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("console.organisation.withdrawn");
        return SELF;
    }

    /**
     * Loaded on first use rather than only by the view action, which does not run when a form of
     * the page is posted: the page must still show the organisation when a decision is refused.
     */
    public Organisation getOrganisation() {
        if (organisation == null && id != null) {
            try {
                organisation = directory.get(id);
            } catch (BusinessException notFound) {
                return null;
            }
        }
        return organisation;
    }

    public List<AuditEvent> getHistory() {
        if (history == null) {
            history = id == null ? List.of() : directory.history(id);
        }
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
