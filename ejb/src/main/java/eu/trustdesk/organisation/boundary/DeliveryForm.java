package eu.trustdesk.organisation.boundary;

import eu.trustdesk.organisation.entity.DeliveryAddress;
import java.io.Serializable;

/** A delivery address as typed in a form. */
public class DeliveryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String label;
    private String recipient;
    private String phone;
    private AddressForm address = new AddressForm();

    public static DeliveryForm of(DeliveryAddress delivery) {
        DeliveryForm form = new DeliveryForm();
        form.label = delivery.label();
        form.recipient = delivery.recipient();
        form.phone = delivery.phone();
        form.address = AddressForm.of(delivery.address());
        return form;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public AddressForm getAddress() {
        return address;
    }
}
