package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import java.io.Serializable;

/**
 * What the pages editing a part of one of the customer's organisations (quote header, a delivery
 * address, a billing profile) share: the organisation id from {@code ?organisation=}, a 404 for
 * an id that is not the customer's, and "save, then back to the organisation".
 */
public abstract class OrganisationPartBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    protected MyOrganisations organisations;

    private Long organisationId;
    private String organisationName;

    /** {@code f:viewAction}: loads the organisation and the part being edited. */
    public void load() {
        if (organisationId == null) {
            Pages.notFound();
            return;
        }
        try {
            Organisation organisation = organisations.get(organisationId);
            organisationName = organisation.name();
            prepare(organisation);
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public void save() {
        try {
            persist(organisationId);
            Messages.info("organisation.saved");
            Pages.redirect("/customer/organisation.xhtml?id=" + organisationId);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /** Fills the form from the organisation (and the part named by the URL, if any). */
    protected abstract void prepare(Organisation organisation);

    /** Sends the form to the boundary, which checks it belongs to the caller. */
    protected abstract void persist(long organisation);

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }
}
