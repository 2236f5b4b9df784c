package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.boundary.BillingForm;
import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code customer/billing-profile.xhtml?organisation=N[&profile=M]}: adds or changes who pays the invoices. */
@Named
@ViewScoped
public class BillingProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyOrganisations organisations;

    private Long organisationId;
    private Long profileId;
    private String organisationName;
    private BillingForm form = new BillingForm();

    public void load() {
        if (organisationId == null) {
            Pages.notFound();
            return;
        }
        try {
            Organisation organisation = organisations.get(organisationId);
            organisationName = organisation.name();
            if (profileId != null) {
                form = BillingForm.of(organisations.billingProfile(organisationId, profileId));
            } else {
                form.getPayer().setCountry(organisation.country());
                form.getAddress().setCountry(organisation.country());
            }
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public void save() {
        try {
            if (profileId == null) {
                organisations.addBillingProfile(organisationId, form);
            } else {
                organisations.changeBillingProfile(organisationId, profileId, form);
            }
            Messages.info("organisation.saved");
            Pages.redirect("/customer/organisation.xhtml?id=" + organisationId);
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getProfileId() {
        return profileId;
    }

    public void setProfileId(Long profileId) {
        this.profileId = profileId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public BillingForm getForm() {
        return form;
    }
}
