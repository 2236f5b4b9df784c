package eu.trustdesk.ordering.view;

import eu.trustdesk.account.boundary.MyAccount;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.ordering.boundary.Checkout;
import eu.trustdesk.ordering.boundary.CheckoutForm;
import eu.trustdesk.ordering.boundary.OrderReceipt;
import eu.trustdesk.ordering.boundary.PaymentOption;
import eu.trustdesk.organisation.boundary.MyOrganisations;
import eu.trustdesk.organisation.entity.BillingProfile;
import eu.trustdesk.organisation.entity.DeliveryAddress;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.platform.view.LanguageBacking;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.platform.view.Pages;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.pricing.PriceSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;

/**
 * {@code customer/checkout.xhtml}: the five steps of the checkout — applicant, billing, payment,
 * terms, confirmation — over the cart of the session. The page only guides: the checkout
 * boundary checks everything again when the order is submitted.
 */
@Named
@ViewScoped
public class CheckoutBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int APPLICANT = 0;
    static final int BILLING = 1;
    static final int PAYMENT = 2;
    static final int TERMS = 3;
    static final int CONFIRMATION = 4;

    @EJB
    private Checkout checkout;

    @EJB
    private MyOrganisations organisations;

    @EJB
    private MyAccount myAccount;

    @Inject
    private CartBacking cart;

    @Inject
    private LanguageBacking language;

    private final CheckoutForm form = new CheckoutForm();
    private int step;
    private List<Organisation> myOrganisations;
    private boolean ships;

    @PostConstruct
    void start() {
        myOrganisations = organisations.list();
        if (myOrganisations.size() == 1) {
            form.setBuyerOrganisationId(myOrganisations.get(0).id());
        }
        form.setCouponCode(cart.getCouponCode());
        try {
            ships = !cart.isCartEmpty() && checkout.ships(cart.getLines());
        } catch (BusinessException e) {
            // a product withdrawn meanwhile: the cart's summary says so, and submission refuses it
            ships = false;
        }
        applicantIsMe();
    }

    /** Leaves the page for the cart when there is nothing to check out. */
    public void checkCart() {
        if (cart.isCartEmpty()) {
            Pages.redirect("/cart.xhtml");
        }
    }

    /** "I am the applicant": the fields take the buyer's own details. */
    public void applicantIsMe() {
        if (form.isBuyerIsApplicant()) {
            Account me = myAccount.profile();
            form.setApplicantFirstName(me.firstName());
            form.setApplicantLastName(me.lastName());
            form.setApplicantEmail(me.email());
            if (me.phone() != null) {
                form.setApplicantPhone(me.phone());
            }
            organisation().ifPresent(o -> form.setApplicantOrganisation(o.name()));
        }
    }

    public void next() {
        if (step == APPLICANT && form.getBuyerOrganisationId() == null) {
            Messages.error("error.checkout.organisationRequired");
            return;
        }
        if (step == BILLING && form.isBillingDifferent() && form.getBillingProfileId() == null) {
            Messages.error("error.checkout.billingProfileRequired");
            return;
        }
        if (step == PAYMENT) {
            if (form.getPaymentMode() == null) {
                Messages.error("error.payment.modeRequired");
                return;
            }
            PaymentOption chosen = getPaymentOptions().stream().filter(o -> o.mode() == form.getPaymentMode())
                    .findFirst().orElseThrow();
            if (!chosen.allowed()) {
                Messages.error(chosen.refusalKey());
                return;
            }
        }
        if (step == TERMS && !form.isTermsAccepted()) {
            Messages.error("error.checkout.termsRequired");
            return;
        }
        step = Math.min(step + 1, CONFIRMATION);
        if (step == BILLING && ships && form.getDeliveryAddressId() == null) {
            // goods go to the organisation's first delivery address unless the buyer picks another
            getDeliveryAddresses().stream().findFirst().ifPresent(d -> form.setDeliveryAddressId(d.id()));
        }
    }

    public void back() {
        step = Math.max(step - 1, APPLICANT);
    }

    public void submit() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            OrderReceipt receipt = checkout.submit(cart.getLines(), form, request.getRemoteAddr(), language.getLanguage());
            cart.clear();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("receipt", receipt);
            Pages.redirect("/customer/order-confirmation.xhtml?id=" + receipt.id());
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<PaymentOption> getPaymentOptions() {
        PriceSummary summary = cart.getSummary();
        if (form.getBuyerOrganisationId() == null || summary == null) {
            return List.of();
        }
        return checkout.paymentOptions(form.getBuyerOrganisationId(), summary.totalIncludingVat(),
                form.isPaperFileByPost());
    }

    public List<BillingProfile> getBillingProfiles() {
        return organisation().map(o -> organisations.get(o.id()).billingProfiles()).orElse(List.of());
    }

    private java.util.Optional<Organisation> organisation() {
        return myOrganisations.stream().filter(o -> o.id().equals(form.getBuyerOrganisationId())).findFirst();
    }

    public Organisation getOrganisation() {
        return organisation().orElse(null);
    }

    /**
     * Who pays, as the confirmation step shows it before "Order": the billing profile chosen when
     * the billing details are different, else the buyer's organisation (the boundary decides the
     * same way at submission).
     */
    public Party getPayer() {
        if (form.isBillingDifferent() && form.getBillingProfileId() != null) {
            return getBillingProfiles().stream().filter(b -> b.id().equals(form.getBillingProfileId())).findFirst()
                    .map(b -> new Party(b.payerName(), b.address() == null ? null : b.address().formatted()))
                    .orElse(null);
        }
        return organisation().map(o -> new Party(o.name(),
                o.quoteHeaderAddress() == null ? null : o.quoteHeaderAddress().formatted())).orElse(null);
    }

    /** True when something in the cart is sent by post: the buyer says where. */
    public boolean isShips() {
        return ships;
    }

    public List<DeliveryAddress> getDeliveryAddresses() {
        return organisation().map(o -> organisations.get(o.id()).deliveryAddresses()).orElse(List.of());
    }

    /** Where the goods will be sent, as the boundary will record it; null when nothing ships. */
    public Party getDelivery() {
        if (!ships || form.getBuyerOrganisationId() == null) {
            return null;
        }
        try {
            Checkout.Delivery delivery = checkout.delivery(form.getBuyerOrganisationId(), form.getDeliveryAddressId());
            return new Party(delivery.recipient(), delivery.address().formatted());
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
    }

    /** A party of the order by name and postal address (one line, or null when none is known). */
    public record Party(String name, String address) implements Serializable {
    }



    public Checkout.Payee getPayee() {
        return checkout.payee();
    }

    public String getTermsVersion() {
        return checkout.termsVersion();
    }

    public List<Organisation> getMyOrganisations() {
        return myOrganisations;
    }

    public CheckoutForm getForm() {
        return form;
    }

    public int getStep() {
        return step;
    }
}
