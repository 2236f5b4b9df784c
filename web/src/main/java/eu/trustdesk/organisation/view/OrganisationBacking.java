package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * {@code customer/organisation.xhtml?id=N}: one organisation with its addresses and billing
 * profiles. Somebody else's id answers 404, like an id that does not exist.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyOrganisations organisations;

    private Long id;

    private Organisation organisation;

    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            organisation = organisations.get(id);
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public void removeDeliveryAddress(long addressId) {
        try {
            organisations.removeDeliveryAddress(id, addressId);
            Messages.info("organisation.removed");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        Pages.redirect("/customer/organisation.xhtml?id=" + id);
    }

    public void removeBillingProfile(long profileId) {
        try {
            organisations.removeBillingProfile(id, profileId);
            Messages.info("organisation.removed");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        Pages.redirect("/customer/organisation.xhtml?id=" + id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }
}
