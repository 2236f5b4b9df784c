package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.boundary.AddressForm;
import eu.trustdesk.organisation.boundary.ContactForm;
import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code customer/quote-header.xhtml?organisation=N}: the address printed at the top of quotes, and the named contact. */
@Named
@ViewScoped
public class QuoteHeaderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyOrganisations organisations;

    private Long organisationId;
    private String organisationName;
    private AddressForm address = new AddressForm();
    private ContactForm contact = new ContactForm();

    public void load() {
        if (organisationId == null) {
            Pages.notFound();
            return;
        }
        try {
            Organisation organisation = organisations.get(organisationId);
            organisationName = organisation.name();
            address = AddressForm.of(organisation.quoteHeaderAddress());
            if (organisation.quoteHeaderAddress() == null) {
                address.setCountry(organisation.country());
            }
            contact = ContactForm.of(organisation.contact());
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public void save() {
        try {
            organisations.changeQuoteHeader(organisationId, address, contact);
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

    public String getOrganisationName() {
        return organisationName;
    }

    public AddressForm getAddress() {
        return address;
    }

    public ContactForm getContact() {
        return contact;
    }
}
