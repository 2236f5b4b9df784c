package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.boundary.BillingForm;
import eu.trustdesk.organisation.entity.Organisation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** {@code customer/billing-profile.xhtml?organisation=N[&profile=M]}: adds or changes who pays the invoices. */
@Named
@ViewScoped
public class BillingProfileBacking extends OrganisationPartBacking {

    private static final long serialVersionUID = 1L;

    private Long profileId;
    private BillingForm form = new BillingForm();

    @Override
    protected void prepare(Organisation organisation) {
        if (profileId != null) {
            form = BillingForm.of(organisations.billingProfile(organisation.id(), profileId));
        } else {
            form.getPayer().setCountry(organisation.country());
            form.getAddress().setCountry(organisation.country());
        }
    }

    @Override
    protected void persist(long organisation) {
        if (profileId == null) {
            organisations.addBillingProfile(organisation, form);
        } else {
            organisations.changeBillingProfile(organisation, profileId, form);
        }
    }

    public Long getProfileId() {
        return profileId;
    }

    public void setProfileId(Long profileId) {
        this.profileId = profileId;
    }

    public BillingForm getForm() {
        return form;
    }
}
