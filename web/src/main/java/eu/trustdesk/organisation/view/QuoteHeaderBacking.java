package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.boundary.AddressForm;
import eu.trustdesk.organisation.boundary.ContactForm;
import eu.trustdesk.organisation.entity.Organisation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** {@code customer/quote-header.xhtml?organisation=N}: the address printed at the top of quotes, and the named contact. */
@Named
@ViewScoped
public class QuoteHeaderBacking extends OrganisationPartBacking {

    private static final long serialVersionUID = 1L;

    private AddressForm address = new AddressForm();
    private ContactForm contact = new ContactForm();

    @Override
    protected void prepare(Organisation organisation) {
        address = AddressForm.of(organisation.quoteHeaderAddress());
        if (organisation.quoteHeaderAddress() == null) {
            address.setCountry(organisation.country());
        }
        contact = ContactForm.of(organisation.contact());
    }

    @Override
    protected void persist(long organisation) {
        organisations.changeQuoteHeader(organisation, address, contact);
    }

    public AddressForm getAddress() {
        return address;
    }

    public ContactForm getContact() {
        return contact;
    }
}
