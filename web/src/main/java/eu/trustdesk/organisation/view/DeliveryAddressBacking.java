package eu.trustdesk.organisation.view;

import eu.trustdesk.organisation.boundary.DeliveryForm;
import eu.trustdesk.organisation.entity.Organisation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** {@code customer/delivery-address.xhtml?organisation=N[&address=M]}: adds or changes a delivery address. */
@Named
@ViewScoped
public class DeliveryAddressBacking extends OrganisationPartBacking {

    private static final long serialVersionUID = 1L;

    private Long addressId;
    private DeliveryForm form = new DeliveryForm();

    @Override
    protected void prepare(Organisation organisation) {
        if (addressId != null) {
            form = DeliveryForm.of(organisations.deliveryAddress(organisation.id(), addressId));
        } else {
            form.getAddress().setCountry(organisation.country());
        }
    }

    @Override
    protected void persist(long organisation) {
        if (addressId == null) {
            organisations.addDeliveryAddress(organisation, form);
        } else {
            organisations.changeDeliveryAddress(organisation, addressId, form);
        }
    }

    public Long getAddressId() {
        return addressId;
    }

    public void setAddressId(Long addressId) {
        this.addressId = addressId;
    }

    public DeliveryForm getForm() {
        return form;
    }
}
