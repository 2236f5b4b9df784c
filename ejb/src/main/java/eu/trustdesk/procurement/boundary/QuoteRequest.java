package eu.trustdesk.procurement.boundary;

import java.io.Serializable;

/**
 * What the buyer chooses on the quote page: for which organisation, delivered where, invoiced to
 * whom (the organisation itself, or one of its billing profiles), and the phone to reach the buyer.
 */
public class QuoteRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long organisationId;
    private Long deliveryAddressId;
    private Long billingProfileId;
    private String phone;

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getDeliveryAddressId() {
        return deliveryAddressId;
    }

    public void setDeliveryAddressId(Long deliveryAddressId) {
        this.deliveryAddressId = deliveryAddressId;
    }

    public Long getBillingProfileId() {
        return billingProfileId;
    }

    public void setBillingProfileId(Long billingProfileId) {
        this.billingProfileId = billingProfileId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
