package eu.trustdesk.voucher.control;

import eu.trustdesk.shared.Links;
import eu.trustdesk.voucher.boundary.VoucherFeatureOff;
import eu.trustdesk.voucher.boundary.LineRequest;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.invoicing.control.InvoiceIssuer;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceDraft;
import eu.trustdesk.invoicing.entity.Payer;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.ordering.control.PaymentAccounts;
import eu.trustdesk.ordering.control.PaymentContext;
import eu.trustdesk.ordering.control.PaymentPolicy;
import eu.trustdesk.ordering.control.PrepaidBalances;
import eu.trustdesk.ordering.entity.MovementReason;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.voucher.entity.Voucher;
import eu.trustdesk.voucher.entity.VoucherCode;
import eu.trustdesk.voucher.entity.VoucherOrder;
import eu.trustdesk.voucher.entity.VoucherPartner;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a partner does with vouchers, once the boundary has established who the partner is (by
 * session or API key) and that the feature is on: place, read, export and cancel orders. Every
 * read takes the partner and treats another partner's order as not found.
 */
@Dependent
public class VoucherDesk {

    /** Days to pay the invoice of an order paid by transfer. */
    static final int TRANSFER_PAYMENT_DAYS = 30;

    private final PaymentPolicy policy = new PaymentPolicy();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VoucherPricing pricing;

    @Inject
    private VoucherStore store;

    @Inject
    private PaymentAccounts payments;

    @Inject
    private PrepaidBalances prepaid;

    @Inject
    private InvoiceIssuer invoices;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "trustdesk.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    /** The partner of an account; {@link VoucherFeatureOff} unless an administrator switched the feature on. */
    public VoucherPartner enabledPartner(long accountId) {
        return em.createNamedQuery(VoucherPartner.OF_ACCOUNT, VoucherPartner.class).setParameter("account", accountId)
                .getResultStream().filter(VoucherPartner::enabled).findFirst().orElseThrow(VoucherFeatureOff::new);
    }

    public boolean enabled(long accountId) {
        return em.createNamedQuery(VoucherPartner.OF_ACCOUNT, VoucherPartner.class).setParameter("account", accountId)
                .getResultStream().anyMatch(VoucherPartner::enabled);
    }

    /** Why each payment mode is refused for this partner's organisation and total (empty: allowed). */
    public Optional<String> paymentRefusal(VoucherPartner partner, PaymentMode mode, BigDecimal total) {
        if (!VoucherOrder.PAYMENT_MODES.contains(mode)) {
            return Optional.of("error.voucher.order.paymentMode");
        }
        return policy.refusal(mode, paymentContext(partner.organisation(), total));
    }

    /**
     * Places an order: prices it, checks the payment mode with the shop's rules, stores the
     * order and its vouchers, pays (prepaid: debited now) and issues its invoice.
     */
    public VoucherOrder place(VoucherPartner partner, String customerName, String notes, List<LineRequest> lines,
            PaymentMode mode, Language language) {
        Organisation organisation = partner.organisation();
        // bounded before anything is priced or written, whoever calls (partner area or API)
        VoucherOrder.checkSize(lines == null ? null : lines.stream().map(LineRequest::quantity).toList());
        PriceSummary prices = pricing.price(partner, lines, language);
        if (mode == null) {
            throw new BusinessException("error.payment.modeRequired");
        }
        Optional<String> refusal = paymentRefusal(partner, mode, prices.totalIncludingVat());
        if (refusal.isPresent()) {
            throw new BusinessException(refusal.get());
        }
        Instant now = clock.instant();
        // a provisional number, unique, replaced by the one made from the id below
        VoucherOrder order = new VoucherOrder("P" + UUID.randomUUID().toString().substring(0, 18),
                partner.account().id(), organisation, customerName, notes, mode, prices,
                lines.stream().map(LineRequest::validityYears).toList(), now);
        em.persist(order);
        em.flush();
        String number = String.format("V%d-%06d", BusinessCalendar.dayOf(now).getYear(),
                order.id());
        order.numbered(number);
        em.flush();
        store.insertVouchers(order);
        String contract = null;
        switch (mode) {
            case PREPAID_ACCOUNT -> payments.debitPrepaid(organisation.id(), prices.totalIncludingVat(), number);
            case CLIENT_CONTRACT -> contract = payments.activeContractNumber(organisation.id(),
                    BusinessCalendar.dayOf(now)).orElseThrow(() -> new BusinessException("error.payment.contractRequired"));
            default -> {
                // bank transfer: the invoice says how to pay
            }
        }
        Invoice invoice = invoices.issue(new InvoiceDraft(number, partner.account().email(),
                payer(organisation, partner.account()), null, null, contract, means(mode),
                mode == PaymentMode.BANK_TRANSFER ? TRANSFER_PAYMENT_DAYS : 0, null, null, prices));
        order.invoiced(invoice.number());
        return order;
    }

    public List<VoucherOrder> orders(VoucherPartner partner, int first, int max) {
        return em.createNamedQuery(VoucherOrder.OF_PARTNER, VoucherOrder.class)
                .setParameter("partner", partner.account().id()).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    /** The partner's order; {@code error.notFound} for an unknown id and for another partner's order alike. */
    public VoucherOrder order(VoucherPartner partner, long orderId) {
        VoucherOrder order = em.find(VoucherOrder.class, orderId);
        if (order == null || !order.placedBy(partner.account().id())) {
            throw new BusinessException("error.notFound");
        }
        return order;
    }

    public VoucherOrder orderByNumber(VoucherPartner partner, String number) {
        return em.createQuery("select o from VoucherOrder o where o.number = :number", VoucherOrder.class)
                .setParameter("number", number).getResultStream()
                .filter(o -> o.placedBy(partner.account().id())).findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

    public List<Voucher> vouchers(VoucherOrder order) {
        return em.createNamedQuery(Voucher.OF_ORDER, Voucher.class).setParameter("order", order).getResultList();
    }

    public void writeCsv(VoucherOrder order, Writer out) {
        store.writeCsv(order, redemptionBase(), out);
    }

    /** The PDF of the whole order, or of one of its vouchers when {@code code} is given. */
    public byte[] pdf(VoucherOrder order, String code, Language language) {
        List<Voucher> vouchers = vouchers(order);
        if (code != null && !code.isBlank()) {
            String wanted = VoucherCode.normalize(code).orElse("");
            vouchers = vouchers.stream().filter(v -> v.code().equals(wanted)).toList();
            if (vouchers.isEmpty()) {
                throw new BusinessException("error.notFound");
            }
        }
        return new VoucherPdf().render(order, vouchers, redemptionBase(), language);
    }

    /** Every condition for cancelling {@code order} that fails now (none: it can be cancelled); nothing is locked. */
    public List<eu.trustdesk.shared.Refusal> cancellationRefusals(VoucherOrder order) {
        return order.cancellationRefusals(vouchers(order), clock.instant());
    }

    /**
     * Cancels a whole order and refunds it by a credit note (and to the prepaid balance when it
     * was paid from it).
     */
    public VoucherOrder cancel(VoucherOrder order) {
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        List<Voucher> vouchers = em.createNamedQuery(Voucher.OF_ORDER, Voucher.class).setParameter("order", order)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        order.cancel(vouchers, clock.instant());
        Invoice invoice = em.createNamedQuery(Invoice.BY_NUMBER, Invoice.class)
                .setParameter("number", order.invoiceNumber()).getSingleResult();
        Invoice note = invoices.creditNote(invoice, "Voucher order " + order.number() + " cancelled");
        order.creditNoteIssued(note.number());
        if (order.paymentMode() == PaymentMode.PREPAID_ACCOUNT) {
            prepaid.credit(order.organisation().id(), order.totalIncludingVat(), MovementReason.REFUND, order.number());
        }
        return order;
    }

    /** Where a voucher's code is appended to make its redemption URL. */
    public String redemptionBase() {
        return Links.join(baseUrl, "redeem.xhtml?code=");
    }

    private PaymentContext paymentContext(Organisation organisation, BigDecimal total) {
        boolean contract = payments.activeContractNumber(organisation.id(), BusinessCalendar.dayOf(clock.instant()))
                .isPresent();
        return new PaymentContext(false, contract, payments.prepaidBalance(organisation.id()).orElse(null), total, false);
    }

    private static Payer payer(Organisation organisation, Account partner) {
        return new Payer(organisation.name(), organisation.holderType(), organisation.country(), organisation.identity(),
                organisation.quoteHeaderAddress(), organisation.contact(), organisation.isConfirmedPublicBody(),
                partner.language());
    }

    private static PaymentMeans means(PaymentMode mode) {
        return switch (mode) {
            case PREPAID_ACCOUNT -> PaymentMeans.PREPAID_ACCOUNT;
            case CLIENT_CONTRACT -> PaymentMeans.CLIENT_CONTRACT;
            default -> PaymentMeans.CREDIT_TRANSFER;
        };
    }
}
