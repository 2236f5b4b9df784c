package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.boundary.DeliveryForm;
import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code customer/delivery-address.xhtml?organisation=N[&address=M]}: adds or changes a delivery address. */
@Named
@ViewScoped
public class DeliveryAddressBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyOrganisations organisations;

    private Long organisationId;
    private Long addressId;
    private String organisationName;
    private DeliveryForm form = new DeliveryForm();

    public void load() {
        if (organisationId == null) {
            Pages.notFound();
            return;
        }
        try {
            Organisation organisation = organisations.get(organisationId);
            organisationName = organisation.name();
            if (addressId != null) {
                form = DeliveryForm.of(organisations.deliveryAddress(organisationId, addressId));
            } else {
                form.getAddress().setCountry(organisation.country());
            }
        } catch (BusinessException e) {
            Pages.notFound();
        }
    }

    public void save() {
        try {
            if (addressId == null) {
                organisations.addDeliveryAddress(organisationId, form);
            } else {
                organisations.changeDeliveryAddress(organisationId, addressId, form);
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

    public Long getAddressId() {
        return addressId;
    }

    public void setAddressId(Long addressId) {
        this.addressId = addressId;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public DeliveryForm getForm() {
        return form;
    }
}
