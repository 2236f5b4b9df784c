package eu.trustdesk.organisation.boundary;

import eu.trustdesk.organisation.entity.BillingProfile;
import java.io.Serializable;

/** A billing profile (payer) as typed in a form: identity, address and contact person. */
public class BillingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean thirdParty;
    private IdentityForm payer = new IdentityForm();
    private AddressForm address = new AddressForm();
    private ContactForm contact = new ContactForm();

    public static BillingForm of(BillingProfile profile) {
        BillingForm form = new BillingForm();
        form.thirdParty = profile.thirdParty();
        form.payer = IdentityForm.of(profile.payerName(), profile.holderType(), profile.country(), profile.identity());
        form.address = AddressForm.of(profile.address());
        form.contact = ContactForm.of(profile.contact());
        return form;
    }

    public boolean isThirdParty() {
        return thirdParty;
    }

    public void setThirdParty(boolean thirdParty) {
        this.thirdParty = thirdParty;
    }

    public IdentityForm getPayer() {
        return payer;
    }

    public AddressForm getAddress() {
        return address;
    }

    public ContactForm getContact() {
        return contact;
    }
}
