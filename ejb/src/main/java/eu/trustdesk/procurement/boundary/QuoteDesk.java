package eu.trustdesk.procurement.boundary;

import eu.trustdesk.shared.Links;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.invoicing.control.SellerDetails;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.ordering.control.OrderCompletion;
import eu.trustdesk.ordering.entity.Applicant;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.ordering.entity.CustomerOrder.LineFacts;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.procurement.control.DeliveryNotePdf;
import eu.trustdesk.procurement.control.StockKeeper;
import eu.trustdesk.procurement.entity.DeliveryNote;
import eu.trustdesk.procurement.entity.PurchaseOrderReceipt;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.procurement.entity.QuoteLine;
import eu.trustdesk.procurement.entity.StockLevel;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Like;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.shared.pricing.PricedLine;
import eu.trustdesk.shared.pricing.VatSubtotal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accountants' side of public-body procurement: find a quote, record the ORIGINAL purchase
 * order that turns it into an accepted order (administrative mandate, the purchase-order number
 * as commitment reference), ship its physical goods with a delivery note, and invoice the paying
 * service at delivery with the purchase order attached.
 */
@Stateless
@RolesAllowed({Role.Names.ACCOUNTANT, Role.Names.ADMIN})
public class QuoteDesk {

    private static final int MAX_RESULTS = 200;

    private final DeliveryNotePdf deliveryNotePdf = new DeliveryNotePdf();

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    @Inject
    private OrderCompletion completion;

    @Inject
    private StockKeeper stock;

    @Inject
    private SellerDetails sellerDetails;

    @Inject
    private MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    /** Quotes whose number, organisation or purchase-order number contains {@code text}, newest first. */
    public List<Quote> search(String text) {
        String pattern = text == null || text.isBlank() ? "%" : Like.containingLowerCase(text.strip());
        return em.createNamedQuery(Quote.SEARCH, Quote.class).setParameter("text", pattern).setMaxResults(MAX_RESULTS)
                .getResultList();
    }

    public Quote get(long quoteId) {
        Quote quote = find(quoteId);
        quote.lines().size();
        return quote;
    }

    public byte[] pdf(long quoteId) {
        return find(quoteId).pdf();
    }

    /** The scan of the original purchase order, once recorded. */
    public Optional<PurchaseOrderReceipt> purchaseOrder(long quoteId) {
        return Optional.ofNullable(find(quoteId).purchaseOrder());
    }

    public Optional<DeliveryNote> shipment(long quoteId) {
        return em.createNamedQuery(DeliveryNote.OF_QUOTE, DeliveryNote.class).setParameter("quote", find(quoteId))
                .getResultStream().findFirst();
    }

    public byte[] deliveryNotePdf(long quoteId) {
        return shipment(quoteId).orElseThrow(() -> new BusinessException("error.notFound")).pdf();
    }

    /** The warehouse: units on hand and held for pre-ordered quotes, per physical product. */
    public List<StockLevel> stock() {
        return em.createQuery("select s from StockLevel s order by s.sku", StockLevel.class).getResultList();
    }

    /**
     * Records the ORIGINAL purchase order of a valid quote: the quote becomes an accepted order paid
     * by administrative mandate, whose commitment reference (BT-13) is the purchase-order number.
     * Refused with the reason when the quote has expired or a field is missing. A quote without
     * physical goods has nothing to deliver and is invoiced at once.
     *
     * @return the order's number
     */
    public String recordPurchaseOrder(long quoteId, @NotNull PurchaseOrderForm form) {
        Quote quote = locked(quoteId);
        Instant now = clock.instant();
        LocalDate today = BusinessCalendar.dayOf(now);
        quote.requireOpen(today);
        PurchaseOrderReceipt receipt = PurchaseOrderReceipt.of(form.getNumber(), form.getDate(), form.getSignatory(),
                form.isOriginalConfirmed(), form.getScanName(), form.getScan(), actor(), now, today);
        quote.convert(receipt, now, today);

        Account buyer = quote.buyer();
        Applicant applicant = Applicant.of(buyer.firstName(), buyer.lastName(), buyer.email(), quote.applicantPhone(),
                quote.organisationName());
        CustomerOrder order = new CustomerOrder(buyer, quote.organisation(), applicant, true, quote.payer(),
                prices(quote), quote.lines().stream().map(l -> new LineFacts(l.validityYears(), l.needsActivation(),
                        l.shipped())).toList(), null, PaymentMode.ADMINISTRATIVE_MANDATE, quote.termsVersion(), null, now);
        order.publicPaymentReferences(form.getServiceCode(), receipt.number());
        em.persist(order);
        em.flush();
        order.assignNumber(String.format("CMD-%d-%06d", today.getYear(), order.id()));
        order.record(now, actor(), "purchaseOrderReceived", quote.number() + " / " + receipt.number());
        completion.completeInvoicingLater(order, quote.language());
        quote.convertedInto(order.id(), order.number());
        if (quote.shippedLines().isEmpty()) {
            invoice(quote, order, null);
        }
        return order.number();
    }

    /**
     * Ships the physical goods of a converted quote: numbered delivery note with its PDF, stock
     * taken (from what the pre-order held, if any), the buyer told, and the invoice issued to the
     * paying service and e-mailed with the purchase order.
     */
    public DeliveryNote ship(long quoteId, String carrier, String trackingNumber) {
        Quote quote = locked(quoteId);
        if (shipment(quoteId).isPresent()) {
            throw new BusinessException("error.delivery.alreadyShipped", quote.number());
        }
        Instant now = clock.instant();
        DeliveryNote note = new DeliveryNote(quote, carrier, trackingNumber, actor(), now);
        stock.ship(quote, quote.shipReservation(now));
        em.persist(note);
        em.flush();
        note.assignNumber(String.format("BL-%d-%06d", BusinessCalendar.dayOf(now).getYear(),
                note.id()));
        note.attachPdf(deliveryNotePdf.render(note, sellerDetails.current()));

        CustomerOrder order = em.find(CustomerOrder.class, quote.orderId(), LockModeType.PESSIMISTIC_WRITE);
        order.record(now, actor(), "shipped", note.number() + " – " + note.carrier() + " " + note.trackingNumber());
        Account buyer = quote.buyer();
        outbox.queue(buyer.email(), quote.language(), "quote.shipped", buyer.firstName(), link("customer/quotes.xhtml"),
                quote.number(), note.number(), note.carrier(), note.trackingNumber())
                .attach(note.number() + ".pdf", "application/pdf", note.pdf());
        note.invoiced(invoice(quote, order, note).number());
        return note;
    }

    /** Cancels a valid quote (the body withdrew); held goods go back to stock. */
    public void cancel(long quoteId, String reason) {
        Quote quote = locked(quoteId);
        if (quote.cancel(actor(), reason, clock.instant())) {
            stock.release(quote);
        }
    }

    /** The invoice to the paying service, e-mailed with the original purchase order attached. */
    private Invoice invoice(Quote quote, CustomerOrder order, DeliveryNote note) {
        Invoice invoice = completion.invoice(order, quote.language());
        DocumentTexts texts = DocumentTexts.of(DocumentBundle.PROCUREMENT, quote.language());
        String recipient = quote.payer().contact() != null && quote.payer().contact().email() != null
                ? quote.payer().contact().email() : quote.buyer().email();
        String name = quote.payer().contact() != null && quote.payer().contact().name() != null
                ? quote.payer().contact().name() : quote.payer().name();
        var seller = sellerDetails.current();
        var mail = outbox.queue(recipient, quote.language(), "quote.invoice", name, link(""), invoice.number(),
                quote.purchaseOrder().number(), texts.money(invoice.totalIncludingVat(), invoice.currency()),
                seller.ibanGrouped(), seller.bic(), quote.organisationName())
                .attach(invoice.number() + ".pdf", "application/pdf", invoice.pdf())
                .attach(quote.purchaseOrder().scanName(), quote.purchaseOrder().scanType(), quote.purchaseOrder().scan());
        if (note != null) {
            mail.attach(note.number() + ".pdf", "application/pdf", note.pdf());
        }
        return invoice;
    }

    private static PriceSummary prices(Quote quote) {
        List<PricedLine> lines = quote.lines().stream().map((QuoteLine l) -> new PricedLine(l.sku(), l.description(),
                l.quantity(), l.unitPrice(), l.grossAmount(), l.allowance(), l.netAmount(), l.vatRate())).toList();
        return new PriceSummary(quote.currency(), lines,
                quote.vatBreakdown().stream().map(v -> new VatSubtotal(v.rate(), v.taxableAmount(), v.taxAmount()))
                        .toList(),
                java.math.BigDecimal.ZERO.setScale(2), quote.totalExcludingVat(), quote.totalVat(),
                quote.totalIncludingVat());
    }

    private Quote locked(long quoteId) {
        Quote quote = find(quoteId);
        em.lock(quote, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(quote);
        return quote;
    }

    private Quote find(long quoteId) {
        Quote quote = em.find(Quote.class, quoteId);
        if (quote == null) {
            throw new BusinessException("error.notFound");
        }
        return quote;
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }

    private String link(String page) {
        return Links.join(baseUrl, page);
    }
}
