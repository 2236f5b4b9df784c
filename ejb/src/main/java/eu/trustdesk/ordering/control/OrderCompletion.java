package eu.trustdesk.ordering.control;

import eu.trustdesk.shared.Links;
import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import eu.trustdesk.account.control.SecretTokens;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.ApplicantInvitation;
import eu.trustdesk.invoicing.control.InvoiceIssuer;
import eu.trustdesk.invoicing.control.SellerDetails;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceDraft;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.notification.control.MailOutbox;
import eu.trustdesk.notification.control.Secret;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.ordering.entity.OrderLine;
import eu.trustdesk.ordering.entity.Payer;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.shared.pricing.PricedLine;
import eu.trustdesk.shared.pricing.VatSubtotal;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything that follows a submitted order, in its transaction: the purchase-order PDF, one
 * activation request per unit to activate, the mails (buyer, and applicant when it is someone
 * else), and the invoice when the order is accepted.
 */
@Dependent
public class OrderCompletion {

    /** Days to pay an invoice that is not settled at issue. */
    static final int PAYMENT_DAYS = 30;
    /**
     * Invitations one buyer may have mailed to applicants (addresses of their choosing) in a day:
     * ordering must not become a way to send our mails to anyone. Past it the order goes through
     * as usual, but no invitation is mailed (logged as a warning to look into).
     */
    static final int MAX_INVITATIONS_PER_DAY = 10;
    private static final System.Logger LOG = System.getLogger(OrderCompletion.class.getName());

    private final PurchaseOrderPdf purchaseOrders = new PurchaseOrderPdf();
    private final SecretTokens secrets = new SecretTokens();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private eu.trustdesk.activation.control.ActivationMails activationMails;

    @Inject
    private SellerDetails sellerDetails;

    @Inject
    private InvoiceIssuer invoices;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    public void complete(CustomerOrder order, Language language) {
        complete(order, language, true);
    }

    /**
     * Everything {@link #complete} does but the invoice: an order converted from a public body's
     * quote is invoiced when its goods are delivered ({@link #invoice}).
     */
    public void completeInvoicingLater(CustomerOrder order, Language language) {
        complete(order, language, false);
    }

    private void complete(CustomerOrder order, Language language, boolean invoiceWhenAccepted) {
        Instant now = clock.instant();
        String instructions = paymentInstructions(order, language);
        order.attachPurchaseOrder(purchaseOrders.render(order, language, sellerDetails.current(), instructions));

        Account buyer = order.buyer();
        Account applicantAccount = order.buyerIsApplicant() ? buyer : null;
        for (OrderLine line : order.linesWhere(OrderLine::needsActivation)) {
            for (int unit = 0; unit < line.quantity(); unit++) {
                ActivationRequest request = new ActivationRequest(order.number(), line.sku(), line.description(),
                        line.validityYears(), order.applicant().email(), applicantAccount, now);
                em.persist(request);
                if (applicantAccount != null) {
                    activationMails.created(request);
                }
            }
        }
        DocumentTexts texts = DocumentTexts.of(DocumentBundle.SHOP, language);
        outbox.queue(buyer.email(), language, "order.confirmation", buyer.firstName(),
                link("customer/order.xhtml?id=" + order.id()), order.number(),
                texts.money(order.totalIncludingVat(), order.currency()), instructions);
        if (!order.buyerIsApplicant() && !order.linesWhere(OrderLine::needsActivation).isEmpty()
                && invitationAllowed(buyer, order, now)) {
            String secret = secrets.newSecret();
            em.persist(new ApplicantInvitation(order.number(), order.applicant().email(), secrets.hash(secret), now));
            outbox.queue(order.applicant().email(), language, "order.applicantInvitation", order.applicant().firstName(),
                    Secret.link(link("customer/applicant.xhtml?token="), secret), order.number(),
                    buyer.displayName() + " (" + order.buyerOrganisation().name() + ")");
        }
        if (invoiceWhenAccepted && order.isAccepted()) {
            invoice(order, language);
        }
    }

    private boolean invitationAllowed(Account buyer, CustomerOrder order, Instant now) {
        // an invitation keeps no creation time: it was created VALIDITY before it expires
        Instant createdSince = now.minus(java.time.Duration.ofDays(1)).plus(ApplicantInvitation.VALIDITY);
        long sent = em.createQuery("select count(i) from ApplicantInvitation i where i.expiresAt > :since"
                + " and i.orderNumber in (select o.number from CustomerOrder o where o.buyer = :buyer)", Long.class)
                .setParameter("since", createdSince).setParameter("buyer", buyer).getSingleResult();
        if (sent >= MAX_INVITATIONS_PER_DAY) {
            LOG.log(System.Logger.Level.WARNING, "APPLICANT_INVITATION_LIMIT buyer={0} order={1}: invitation not sent",
                    buyer.email(), order.number());
            return false;
        }
        return true;
    }

    /** Issues the invoice of an accepted order to its payer. */
    public Invoice invoice(CustomerOrder order, Language language) {
        Payer payer = order.payer();
        eu.trustdesk.invoicing.entity.Payer invoiced = new eu.trustdesk.invoicing.entity.Payer(payer.name(),
                payer.holderType(), payer.country(), payer.identity(), payer.address(), payer.contact(),
                payer.publicBody(), language);
        PaymentMeans means = switch (order.paymentMode()) {
            case BANK_TRANSFER -> PaymentMeans.CREDIT_TRANSFER;
            case CHEQUE -> PaymentMeans.CHEQUE;
            case ADMINISTRATIVE_MANDATE -> PaymentMeans.ADMINISTRATIVE_MANDATE;
            case CLIENT_CONTRACT -> PaymentMeans.CLIENT_CONTRACT;
            case PREPAID_ACCOUNT -> PaymentMeans.PREPAID_ACCOUNT;
            case NONE, CARD -> null;
        };
        // an order that waited for its transfer or cheque is invoiced once paid: the invoice says so
        // and asks for nothing (BT-113 = total, BT-115 = 0), rather than "to pay within 30 days"
        java.time.LocalDate paidOn = order.payments().isEmpty() ? null : order.paidOn();
        Invoice invoice = invoices.issue(new InvoiceDraft(order.number(), order.buyer().email(), invoiced,
                order.serviceCode(), order.commitmentNumber(), order.contractNumber(), means,
                means == null || means == PaymentMeans.PREPAID_ACCOUNT || paidOn != null ? 0 : PAYMENT_DAYS, null,
                null, prices(order), paidOn));
        order.invoiced(invoice.number(), clock.instant());
        return invoice;
    }

    /** How to pay this order, in words, for the purchase order, the confirmation page and the mail. */
    public String paymentInstructions(CustomerOrder order, Language language) {
        DocumentTexts t = DocumentTexts.of(DocumentBundle.SHOP, language);
        eu.trustdesk.invoicing.entity.Seller seller = sellerDetails.current();
        String total = t.money(order.totalIncludingVat(), order.currency());
        String none = t.text("instructions.none");
        return switch (order.paymentMode()) {
            case BANK_TRANSFER -> t.text("instructions.BANK_TRANSFER", total, seller.ibanGrouped(), seller.bic(),
                    seller.name(), order.number());
            case CHEQUE -> t.text("instructions.CHEQUE", total, seller.name(),
                    seller.postalLine(),
                    order.number());
            case ADMINISTRATIVE_MANDATE -> t.text("instructions.ADMINISTRATIVE_MANDATE",
                    order.serviceCode() == null ? none : order.serviceCode(),
                    order.commitmentNumber() == null ? none : order.commitmentNumber());
            case CLIENT_CONTRACT -> t.text("instructions.CLIENT_CONTRACT", order.contractNumber());
            case PREPAID_ACCOUNT -> t.text("instructions.PREPAID_ACCOUNT", total);
            case NONE, CARD -> t.text("instructions.NONE");
        };
    }

    /** The order's figures as they were priced: the invoice repeats them to the cent. */
    private static PriceSummary prices(CustomerOrder order) {
        return new PriceSummary(order.currency(),
                order.lines().stream().map(l -> new PricedLine(l.sku(), l.description(), l.quantity(), l.unitPrice(),
                        l.grossAmount(), l.allowance(), l.netAmount(), l.vatRate())).toList(),
                order.vatBreakdown().stream().map(v -> new VatSubtotal(v.rate(), v.taxableAmount(), v.taxAmount()))
                        .toList(),
                order.discountTotal(), order.totalExcludingVat(), order.totalVat(), order.totalIncludingVat());
    }

    private String link(String page) {
        return Links.join(baseUrl, page);
    }
}
