package eu.trustdesk.procurement.boundary;

import eu.trustdesk.shared.Links;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.invoicing.control.SellerDetails;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.ordering.boundary.CartLine;
import eu.trustdesk.ordering.boundary.Checkout;
import eu.trustdesk.ordering.control.TermsOfSale;
import eu.trustdesk.ordering.entity.CustomerOrder.LineFacts;
import eu.trustdesk.ordering.entity.Payer;
import eu.trustdesk.organisation.entity.BillingProfile;
import eu.trustdesk.organisation.entity.DeliveryAddress;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.procurement.control.QuotePdf;
import eu.trustdesk.procurement.control.StockKeeper;
import eu.trustdesk.procurement.entity.DeliveryNote;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.PriceSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A public body's buyer and its quotes: request one from the cart at the payment step, download it
 * or receive it by e-mail, pre-order (the physical goods are then held), follow the shipment.
 *
 * <p>Only for an organisation of the caller that an administrator confirmed as a public body: a
 * private company, or someone else's organisation, is refused whatever the page showed. Another
 * buyer's quote is "not found".
 */
@Stateless
@RolesAllowed(Role.Names.CUSTOMER)
public class Quotes {

    /** The seller is French: a quote's dates are those of Paris. */

    private final QuotePdf quotePdf = new QuotePdf();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private Clock clock;

    @EJB
    private Checkout checkout;

    @Inject
    private SellerDetails sellerDetails;

    @Inject
    private MailOutbox outbox;

    @Inject
    private StockKeeper stock;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    /** Whether the caller's organisation may ask for a quote (a confirmed public body). */
    public boolean mayRequestQuote(long organisationId) {
        return owned(organisationId).isConfirmedPublicBody();
    }

    /** The organisation the quote page is about, with its delivery addresses and billing profiles. */
    public Organisation organisation(long organisationId) {
        Organisation organisation = owned(organisationId);
        organisation.deliveryAddresses().size();
        organisation.billingProfiles().size();
        return organisation;
    }

    /**
     * Prices the cart and issues a quote valid one month, with its PDF. Refused for anything but a
     * confirmed public body of the caller.
     */
    public Quote request(@NotNull List<CartLine> cart, @NotNull QuoteRequest request, @NotNull Language language) {
        Account buyer = callerAccount.get();
        if (request.getOrganisationId() == null) {
            throw new BusinessException("error.checkout.organisationRequired");
        }
        Organisation organisation = owned(request.getOrganisationId());
        if (!organisation.isConfirmedPublicBody()) {
            throw new BusinessException("error.quote.publicBodiesOnly");
        }
        PriceSummary prices = checkout.price(cart, null, language);
        DeliveryAddress delivery = request.getDeliveryAddressId() == null ? null
                : organisation.deliveryAddress(request.getDeliveryAddressId())
                        .orElseThrow(() -> new BusinessException("error.notFound"));
        Instant now = clock.instant();
        LocalDate today = today();
        Quote quote = new Quote(buyer, organisation, language,
                delivery == null ? organisation.name() : delivery.recipient(),
                delivery == null ? null : delivery.address(), delivery == null ? null : delivery.phone(),
                request.getPhone(), payer(organisation, request.getBillingProfileId()), prices, facts(cart),
                TermsOfSale.CURRENT_VERSION, now, today);
        em.persist(quote);
        em.flush();
        quote.assignNumber(String.format("DEV-%d-%06d", today.getYear(), quote.id()));
        quote.attachPdf(quotePdf.render(quote, sellerDetails.current()));
        return quote;
    }

    /** E-mails the quote, its PDF attached, to the caller. */
    public void send(long quoteId) {
        Quote quote = mine(quoteId);
        Account buyer = quote.buyer();
        DocumentTexts texts = DocumentTexts.of(DocumentBundle.PROCUREMENT, quote.language());
        outbox.queue(buyer.email(), quote.language(), "quote.issued", buyer.firstName(), link("customer/quotes.xhtml"),
                quote.number(), texts.date(quote.issuedAt()), validUntil(quote),
                texts.money(quote.totalIncludingVat(), quote.currency()))
                .attach(quote.number() + ".pdf", "application/pdf", quote.pdf());
    }

    /**
     * Pre-order by e-mail: the quote's physical goods are held from stock until it expires or is
     * converted. Refused, with nothing held, when the quote is no longer valid or stock is short.
     */
    public Quote preOrder(long quoteId) {
        Quote quote = mine(quoteId);
        em.lock(quote, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(quote);
        quote.preOrder(clock.instant(), today());
        stock.reserve(quote);
        Account buyer = quote.buyer();
        outbox.queue(buyer.email(), quote.language(), "quote.preOrdered", buyer.firstName(),
                link("customer/quotes.xhtml"), quote.number(), validUntil(quote));
        String sellerMail = sellerDetails.current().email();
        if (sellerMail != null && !sellerMail.isBlank()) {
            // the sales desk learns of it by e-mail too, as the procedure says
            outbox.queue(sellerMail, Language.FR, "quote.preOrderReceived", buyer.displayName(),
                    link("console/quote.xhtml?id=" + quote.id()), quote.number(), quote.organisationName());
        }
        return quote;
    }

    /** The caller's quotes, newest first. */
    public List<Quote> mine() {
        return em.createNamedQuery(Quote.OF_BUYER, Quote.class).setParameter("buyer", callerAccount.get())
                .getResultList();
    }

    /** One of the caller's quotes. */
    public Quote get(long quoteId) {
        Quote quote = mine(quoteId);
        quote.lines().size();
        return quote;
    }

    public byte[] pdf(long quoteId) {
        return mine(quoteId).pdf();
    }

    /** The shipment of one of the caller's quotes, once it has left. */
    public Optional<DeliveryNote> shipment(long quoteId) {
        return em.createNamedQuery(DeliveryNote.OF_QUOTE, DeliveryNote.class).setParameter("quote", mine(quoteId))
                .getResultStream().findFirst();
    }

    public byte[] deliveryNotePdf(long quoteId) {
        return shipment(quoteId).orElseThrow(() -> new BusinessException("error.notFound")).pdf();
    }

    /** Today in the seller's calendar. */
    public LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    private String validUntil(Quote quote) {
        return eu.trustdesk.shared.Formats.of(quote.language()).date(quote.validUntil());
    }

    private Payer payer(Organisation organisation, Long billingProfileId) {
        if (billingProfileId != null) {
            BillingProfile profile = organisation.billingProfile(billingProfileId)
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            return new Payer(profile.payerName(), profile.holderType(), profile.country(), profile.identity(),
                    profile.address(), profile.contact(), profile.holderType() == HolderType.PUBLIC_ADMINISTRATION,
                    profile.thirdParty());
        }
        if (organisation.quoteHeaderAddress() == null) {
            throw new BusinessException("error.quote.headerAddressRequired", organisation.name());
        }
        return new Payer(organisation.name(), organisation.holderType(), organisation.country(),
                organisation.identity(), organisation.quoteHeaderAddress(), organisation.contact(), true, false);
    }

    /** What each line needs besides its price, in cart order (the order the price lines come in). */
    private List<LineFacts> facts(List<CartLine> cart) {
        List<LineFacts> facts = new ArrayList<>();
        for (CartLine line : cart) {
            Product product = em.createNamedQuery(Product.BY_SKU, Product.class).setParameter("sku", line.sku())
                    .getResultStream().findFirst().orElseThrow(() -> new BusinessException("error.cart.productUnavailable",
                            line.sku()));
            facts.add(new LineFacts(line.validityYears(), product.kind().needsActivation(), product.shipped()));
        }
        return facts;
    }

    private Quote mine(long quoteId) {
        Quote quote = em.find(Quote.class, quoteId);
        if (quote == null || !quote.ownedBy(callerAccount.get())) {
            throw new BusinessException("error.notFound");
        }
        return quote;
    }

    private Organisation owned(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.ownedBy(callerAccount.get())) {
            throw new BusinessException("error.notFound");
        }
        return organisation;
    }

    private String link(String page) {
        return Links.join(baseUrl, page);
    }
}
