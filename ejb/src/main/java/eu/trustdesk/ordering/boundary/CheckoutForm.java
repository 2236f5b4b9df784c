package eu.trustdesk.ordering.boundary;

import eu.trustdesk.ordering.entity.PaymentMode;
import java.io.Serializable;

/**
 * The checkout steps as filled in: (1) the applicant, (2) billing, (3) payment mode, (4) terms.
 * Checked as a whole by {@link Checkout#submit}.
 */
public class CheckoutForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long buyerOrganisationId;
    private boolean buyerIsApplicant = true;
    private String applicantFirstName;
    private String applicantLastName;
    private String applicantEmail;
    private String applicantPhone;
    private String applicantOrganisation;
    private boolean billingDifferent;
    private Long billingProfileId;
    private PaymentMode paymentMode;
    private String serviceCode;
    private String commitmentNumber;
    private boolean paperFileByPost;
    private boolean termsAccepted;
    private String couponCode;
    /** One of the buyer organisation's delivery addresses, for goods that ship; none: its own address. */
    private Long deliveryAddressId;

    public Long getBuyerOrganisationId() {
        return buyerOrganisationId;
    }

    public void setBuyerOrganisationId(Long buyerOrganisationId) {
        this.buyerOrganisationId = buyerOrganisationId;
    }

    public boolean isBuyerIsApplicant() {
        return buyerIsApplicant;
    }

    public void setBuyerIsApplicant(boolean buyerIsApplicant) {
        this.buyerIsApplicant = buyerIsApplicant;
    }

    public String getApplicantFirstName() {
        return applicantFirstName;
    }

    public void setApplicantFirstName(String applicantFirstName) {
        this.applicantFirstName = applicantFirstName;
    }

    public String getApplicantLastName() {
        return applicantLastName;
    }

    public void setApplicantLastName(String applicantLastName) {
        this.applicantLastName = applicantLastName;
    }

    public String getApplicantEmail() {
        return applicantEmail;
    }

    public void setApplicantEmail(String applicantEmail) {
        this.applicantEmail = applicantEmail;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    public String getApplicantOrganisation() {
        return applicantOrganisation;
    }

    public void setApplicantOrganisation(String applicantOrganisation) {
        this.applicantOrganisation = applicantOrganisation;
    }

    public boolean isBillingDifferent() {
        return billingDifferent;
    }

    public void setBillingDifferent(boolean billingDifferent) {
        this.billingDifferent = billingDifferent;
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

    public PaymentMode getPaymentMode() {
        return paymentMode;
    }

    public void setPaymentMode(PaymentMode paymentMode) {
        this.paymentMode = paymentMode;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public void setServiceCode(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public String getCommitmentNumber() {
        return commitmentNumber;
    }

    public void setCommitmentNumber(String commitmentNumber) {
        this.commitmentNumber = commitmentNumber;
    }

    public boolean isPaperFileByPost() {
        return paperFileByPost;
    }

    public void setPaperFileByPost(boolean paperFileByPost) {
        this.paperFileByPost = paperFileByPost;
    }

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }

    public String getCouponCode() {
        return couponCode;
    }

    public void setCouponCode(String couponCode) {
        this.couponCode = couponCode;
    }
}
