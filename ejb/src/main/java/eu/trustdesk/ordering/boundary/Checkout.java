package eu.trustdesk.ordering.boundary;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.ordering.control.OrderCompletion;
import eu.trustdesk.ordering.control.CouponThrottle;
import eu.trustdesk.ordering.control.PaymentAccounts;
import eu.trustdesk.ordering.control.PaymentContext;
import eu.trustdesk.ordering.control.PaymentPolicy;
import eu.trustdesk.ordering.control.TermsArchive;
import eu.trustdesk.ordering.control.TermsOfSale;
import eu.trustdesk.ordering.entity.Applicant;
import eu.trustdesk.ordering.entity.CustomerOrder.LineFacts;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.ordering.entity.Payer;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.organisation.entity.BillingProfile;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.Money;
import eu.trustdesk.shared.pricing.Discount;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.shared.pricing.PriceSummary;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The shop's checkout: prices a cart, tells which payment modes the buyer's organisation may
 * use, and turns a cart and a filled-in checkout into a submitted order.
 *
 * <p>Every rule the page shows is enforced here again: a forged request choosing the
 * administrative mandate for a private company, someone else's organisation or billing profile,
 * a product not on sale or terms not accepted are refused with the message the user would see.
 */
@Stateless
@RolesAllowed({Role.Names.CUSTOMER})
public class Checkout {


    private final PaymentPolicy policy = new PaymentPolicy();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @Inject
    private PaymentAccounts payments;

    @Inject
    private OrderCompletion completion;

    @Inject
    private CouponThrottle couponThrottle;

    @Inject
    private eu.trustdesk.invoicing.control.SellerDetails sellerDetails;

    @Inject
    private TermsArchive termsArchive;

    /**
     * The figures of a cart, with a discount code when one is given (checked, not consumed).
     * Visitors may price a cart before signing in; the per-customer limit of a code is then
     * checked at submission.
     */
    @PermitAll
    public PriceSummary price(@NotNull List<CartLine> cart, String couponCode, @NotNull Language language) {
        List<Priced> lines = priced(cart, language);
        String customer = session.isCallerInRole(Role.Names.CUSTOMER) ? session.getCallerPrincipal().getName() : null;
        Discount discount = couponCode == null || couponCode.isBlank() ? null
                : payments.checkCoupon(couponCode, customer, skus(lines), clock.instant());
        return PriceCalculator.price(Money.EUR, lines.stream().map(Priced::item).toList(), discount);
    }

    /**
     * A discount code typed in the cart: the cart's figures with it, or its refusal. Limited per
     * network address and per account ({@link CouponThrottle}): past the limit of refused codes,
     * every code is refused unchecked for a while.
     *
     * @param clientAddress the caller's network address, for the limit
     * @throws BusinessException {@code error.coupon.throttled}, {@code error.coupon.unavailable} (unknown,
     *         switched off, not yet or no longer valid, used up: one answer), {@code error.coupon.perCustomerExhausted},
     *         {@code error.coupon.notApplicable}
     */
    @PermitAll
    public PriceSummary applyCoupon(@NotNull List<CartLine> cart, @NotNull String couponCode, String clientAddress,
            @NotNull Language language) {
        String customer = session.isCallerInRole(Role.Names.CUSTOMER) ? session.getCallerPrincipal().getName() : null;
        Instant now = clock.instant();
        couponThrottle.checkAllowed(customer, clientAddress, now);
        try {
            return price(cart, couponCode, language);
        } catch (BusinessException refused) {
            if (refused.messageKey().startsWith("error.coupon.")) {
                couponThrottle.refused(customer, clientAddress, now);
            }
            throw refused;
        }
    }

    /** Each payment mode for this organisation and total: allowed, or refused with the reason. */
    public List<PaymentOption> paymentOptions(long buyerOrganisationId, @NotNull BigDecimal total, boolean paperFileByPost) {
        PaymentContext context = context(owned(buyerOrganisationId), total, paperFileByPost);
        return Arrays.stream(PaymentMode.values())
                .map(mode -> policy.refusal(mode, context)
                        .map(key -> new PaymentOption(mode, false, key))
                        .orElseGet(() -> new PaymentOption(mode, true, null)))
                .toList();
    }

    /** True when something in the cart is sent by post (a USB token, a reader): it needs a delivery address. */
    @PermitAll
    public boolean ships(@NotNull List<CartLine> cart) {
        return !cart.isEmpty() && priced(cart, Language.DEFAULT).stream().anyMatch(p -> p.facts().shipped());
    }

    /**
     * Where the goods of an order of this organisation would be sent: the delivery address chosen,
     * or else the organisation's own address (the one on its quotes), as {@link #submit} records it.
     */
    public Delivery delivery(long buyerOrganisationId, Long deliveryAddressId) {
        return delivery(owned(buyerOrganisationId), deliveryAddressId);
    }

    /** A recipient and the postal address goods are sent to. */
    public record Delivery(String recipient, eu.trustdesk.organisation.entity.PostalAddress address)
            implements java.io.Serializable {
    }

    private static Delivery delivery(Organisation organisation, Long deliveryAddressId) {
        if (deliveryAddressId != null) {
            eu.trustdesk.organisation.entity.DeliveryAddress chosen = organisation.deliveryAddress(deliveryAddressId)
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            return new Delivery(chosen.recipient(), chosen.address());
        }
        if (organisation.quoteHeaderAddress() == null) {
            throw new BusinessException("error.checkout.deliveryAddressRequired", organisation.name());
        }
        return new Delivery(organisation.contact() == null ? organisation.name() : organisation.contact().name(),
                organisation.quoteHeaderAddress());
    }

    /** Where transfers and cheques go, shown at the payment step before the order exists. */
    @PermitAll
    public Payee payee() {
        eu.trustdesk.invoicing.entity.Seller seller = sellerDetails.current();
        return new Payee(seller.name(), seller.ibanGrouped(), seller.bic(), seller.postalLine());
    }

    /** The seller's payment details: who cheques are made out to and where they are posted, the account for transfers. */
    public record Payee(String name, String iban, String bic, String postalAddress) implements java.io.Serializable {
    }

    /** The current terms of sale the buyer must accept. */
    @PermitAll
    public String termsVersion() {
        return TermsOfSale.CURRENT_VERSION;
    }

    /**
     * The current terms of sale as a PDF, for anyone to read before buying: the bytes kept for
     * this version and language (stored the first time), the very ones an order will link.
     */
    @PermitAll
    public byte[] termsPdf(@NotNull Language language) {
        return termsArchive.current(language).pdf();
    }

    /**
     * Submits the order: checks everything, prices it, applies the payment (coupon use, prepaid
     * debit, contract), stores it with its purchase-order PDF, creates the activation requests,
     * mails the applicant and issues the invoice when the order is accepted at once. One
     * transaction: a refusal anywhere leaves nothing behind.
     */
    public OrderReceipt submit(@NotNull List<CartLine> cart, @NotNull CheckoutForm form, String clientAddress,
            @NotNull Language language) {
        Account buyer = caller();
        if (form.getBuyerOrganisationId() == null) {
            throw new BusinessException("error.checkout.organisationRequired");
        }
        Organisation organisation = owned(form.getBuyerOrganisationId());
        if (!form.isTermsAccepted()) {
            throw new BusinessException("error.checkout.termsRequired");
        }
        if (form.getPaymentMode() == null) {
            throw new BusinessException("error.payment.modeRequired");
        }
        Instant now = clock.instant();
        List<Priced> lines = priced(cart, language);
        String coupon = form.getCouponCode() == null || form.getCouponCode().isBlank() ? null
                : form.getCouponCode().strip().toUpperCase(java.util.Locale.ROOT);
        Discount discount = coupon == null ? null : payments.checkCoupon(coupon, buyer.email(), skus(lines), now);
        PriceSummary prices = PriceCalculator.price(Money.EUR, lines.stream().map(Priced::item).toList(), discount);

        PaymentContext context = context(organisation, prices.totalIncludingVat(), form.isPaperFileByPost());
        policy.refusal(form.getPaymentMode(), context).ifPresent(key -> {
            throw new BusinessException(key);
        });

        Applicant applicant = Applicant.of(form.getApplicantFirstName(), form.getApplicantLastName(),
                form.getApplicantEmail(), form.getApplicantPhone(), form.getApplicantOrganisation());
        boolean buyerIsApplicant = applicant.email().equals(buyer.email());
        CustomerOrder order = new CustomerOrder(buyer, organisation, applicant, buyerIsApplicant,
                payer(organisation, form), prices, lines.stream().map(Priced::facts).toList(), coupon,
                form.getPaymentMode(), TermsOfSale.CURRENT_VERSION, clientAddress, now);
        if (form.getPaymentMode() == PaymentMode.ADMINISTRATIVE_MANDATE) {
            order.publicPaymentReferences(form.getServiceCode(), form.getCommitmentNumber());
        }
        if (order.ships()) {
            Delivery delivery = delivery(organisation, form.getDeliveryAddressId());
            order.shipTo(delivery.recipient(), delivery.address());
        }
        // the evidence of what was agreed: the document of the version accepted, as it was issued
        order.acceptedTerms(termsArchive.current(language));
        em.persist(order);
        em.flush();
        order.assignNumber(String.format("CMD-%d-%06d", BusinessCalendar.today(clock).getYear(), order.id()));

        if (coupon != null) {
            payments.redeemCoupon(coupon, buyer.email(), skus(lines), order.number(), now);
        }
        switch (form.getPaymentMode()) {
            case PREPAID_ACCOUNT -> payments.debitPrepaid(organisation.id(), prices.totalIncludingVat(), order.number());
            case CLIENT_CONTRACT -> order.onContract(payments.activeContractNumber(organisation.id(), today())
                    .orElseThrow(() -> new BusinessException("error.payment.contractRequired")));
            default -> {
                // transfer and cheque wait for the money; mandate and free orders need nothing more here
            }
        }
        completion.complete(order, language);
        return new OrderReceipt(order.id(), order.number(), order.status(), order.paymentMode(),
                order.totalIncludingVat(), order.currency(), buyerIsApplicant, applicant.email(),
                completion.paymentInstructions(order, language));
    }

    private Payer payer(Organisation organisation, CheckoutForm form) {
        if (form.isBillingDifferent()) {
            if (form.getBillingProfileId() == null) {
                throw new BusinessException("error.checkout.billingProfileRequired");
            }
            BillingProfile profile = organisation.billingProfile(form.getBillingProfileId())
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            boolean publicPayer = organisation.isConfirmedPublicBody()
                    && profile.holderType() == HolderType.PUBLIC_ADMINISTRATION;
            return new Payer(profile.payerName(), profile.holderType(), profile.country(), profile.identity(),
                    profile.address(), profile.contact(), publicPayer, profile.thirdParty());
        }
        if (organisation.quoteHeaderAddress() == null) {
            // the invoice must carry the payer's address (EN 16931 BG-8)
            throw new BusinessException("error.checkout.payerAddressRequired", organisation.name());
        }
        return new Payer(organisation.name(), organisation.holderType(), organisation.country(),
                organisation.identity(), organisation.quoteHeaderAddress(), organisation.contact(),
                organisation.isConfirmedPublicBody(), false);
    }

    private PaymentContext context(Organisation organisation, BigDecimal total, boolean paperFileByPost) {
        return new PaymentContext(organisation.isConfirmedPublicBody(),
                payments.activeContractNumber(organisation.id(), today()).isPresent(),
                payments.prepaidBalance(organisation.id()).orElse(null), total, paperFileByPost);
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    /** The cart's products as priced lines, each checked: on sale, offered for that validity, sensible quantity. */
    private List<Priced> priced(List<CartLine> cart, Language language) {
        if (cart.isEmpty()) {
            throw new BusinessException("error.cart.empty");
        }
        List<Priced> lines = new ArrayList<>();
        for (CartLine line : cart) {
            Product product = em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", line.sku())
                    .getResultStream().filter(Product::active).findFirst()
                    .orElseThrow(() -> new BusinessException("error.cart.productUnavailable", line.sku()));
            Money price = product.prices().get(line.validityYears());
            if (price == null) {
                throw new BusinessException("error.cart.validityUnavailable", product.name(language));
            }
            if (line.quantity() < 1 || line.quantity() > CartLine.MAX_QUANTITY) {
                throw new BusinessException("error.cart.quantity", CartLine.MAX_QUANTITY);
            }
            String description = product.name(language)
                    + (product.oneOff() ? "" : " – " + DocumentTexts.of(DocumentBundle.SHOP, language).text("line.validity", line.validityYears()));
            lines.add(new Priced(new LineItem(product.sku(), description, line.quantity(), price.amount(),
                    product.vatRate()), new LineFacts(line.validityYears(), product.kind().needsActivation(),
                    product.shipped())));
        }
        return lines;
    }

    private static Set<String> skus(List<Priced> lines) {
        Set<String> skus = new LinkedHashSet<>();
        lines.forEach(l -> skus.add(l.item().sku()));
        return skus;
    }

    private Organisation owned(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.ownedBy(caller())) {
            throw new BusinessException("error.notFound");
        }
        return organisation;
    }

    private Account caller() {
        return callerAccount.get();
    }

    private record Priced(LineItem item, LineFacts facts) {
    }
}
