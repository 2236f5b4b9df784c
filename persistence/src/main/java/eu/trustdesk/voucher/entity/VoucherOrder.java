package eu.trustdesk.voucher.entity;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.ordering.entity.ReceivedPayment;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Refusal;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.shared.pricing.PricedLine;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A partner's order of vouchers for one end customer. Placed in one go, paid like a shop order
 * (prepaid account, contract or transfer) and invoiced at once; afterwards only cancelled, as a
 * whole, never edited: the seed allows no change to a single code.
 */
@Entity
@Table(name = "voucher_order")
@NamedQuery(name = VoucherOrder.OF_PARTNER, query = "select o from VoucherOrder o"
        + " where o.partnerAccountId = :partner order by o.orderedAt desc, o.id desc")
public class VoucherOrder {

    public static final String OF_PARTNER = "VoucherOrder.ofPartner";

    public static final int CUSTOMER_NAME_LENGTH = 150;
    public static final int NOTES_LENGTH = 500;
    /** Payment modes a voucher order may use: the shop's rules for each still apply. */
    public static final Set<PaymentMode> PAYMENT_MODES =
            Set.of(PaymentMode.PREPAID_ACCOUNT, PaymentMode.CLIENT_CONTRACT, PaymentMode.BANK_TRANSFER);
    /** An order can be cancelled for this long after it was placed (seed: refund conditions). */
    public static final Duration CANCELLATION_WINDOW = Duration.ofDays(30);
    /**
     * Lines of one order: one end customer's products, each product × validity once. Without a
     * bound, one API call of 50 lines × 1,000 created 50,000 unpaid vouchers in seconds.
     */
    public static final int MAX_LINES = 20;
    /** Vouchers of one order, all lines together (ten full lines); larger needs go in several orders. */
    public static final int MAX_VOUCHERS = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, length = 20)
    private String number;

    @Column(name = "partner_account_id", nullable = false, updatable = false)
    private long partnerAccountId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "customer_name", nullable = false, length = CUSTOMER_NAME_LENGTH)
    private String customerName;

    @Column(name = "notes", length = NOTES_LENGTH)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_mode", nullable = false, length = 30)
    private PaymentMode paymentMode;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "total_excl_vat", nullable = false, precision = 19, scale = 2)
    private BigDecimal totalExcludingVat;

    @Column(name = "total_vat", nullable = false, precision = 19, scale = 2)
    private BigDecimal totalVat;

    @Column(name = "total_incl_vat", nullable = false, precision = 19, scale = 2)
    private BigDecimal totalIncludingVat;

    @Column(name = "invoice_number", length = 30)
    private String invoiceNumber;

    @Column(name = "credit_note_number", length = 30)
    private String creditNoteNumber;

    @Column(name = "ordered_at", nullable = false, updatable = false)
    private Instant orderedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "voucher_count", nullable = false)
    private int voucherCount;

    /** Paid by transfer and not fully paid yet: its vouchers are awaiting payment. */
    @Column(name = "awaiting_payment", nullable = false)
    private boolean awaitingPayment;

    /** The transfers received so far. */
    @ElementCollection
    @CollectionTable(name = "voucher_order_payment", joinColumns = @JoinColumn(name = "voucher_order_id"))
    @OrderBy("recordedAt")
    private List<ReceivedPayment> payments = new ArrayList<>();

    @OneToMany(mappedBy = "voucherOrder", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<VoucherOrderLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected VoucherOrder() {
        // for JPA
    }

    /**
     * A new order priced by {@code prices} (one priced line per requested line, same order), with
     * the validity years of each line in {@code validities}.
     *
     * @throws BusinessException {@code error.voucher.order.customerName}, {@code error.voucher.order.notes},
     *         those of {@link #checkSize}, {@code error.voucher.order.paymentMode}
     */
    public VoucherOrder(String number, long partnerAccountId, Organisation organisation, String customerName,
            String notes, PaymentMode paymentMode, PriceSummary prices, List<Integer> validities, Instant now) {
        if (customerName == null || customerName.isBlank() || customerName.strip().length() > CUSTOMER_NAME_LENGTH) {
            throw new BusinessException("error.voucher.order.customerName", CUSTOMER_NAME_LENGTH);
        }
        if (notes != null && notes.strip().length() > NOTES_LENGTH) {
            throw new BusinessException("error.voucher.order.notes", NOTES_LENGTH);
        }
        checkSize(prices.lines().stream().map(PricedLine::quantity).toList());
        if (!PAYMENT_MODES.contains(paymentMode)) {
            throw new BusinessException("error.voucher.order.paymentMode");
        }
        this.number = Objects.requireNonNull(number, "number");
        this.partnerAccountId = partnerAccountId;
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.customerName = customerName.strip();
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.paymentMode = paymentMode;
        this.currency = prices.currency();
        this.totalExcludingVat = prices.totalExcludingVat();
        this.totalVat = prices.totalVat();
        this.totalIncludingVat = prices.totalIncludingVat();
        this.orderedAt = Objects.requireNonNull(now, "now");
        this.expiresAt = expiryOf(now);
        // a prepaid account is debited and a contract invoiced at once; a transfer is waited for
        this.awaitingPayment = paymentMode == PaymentMode.BANK_TRANSFER;
        int position = 0;
        for (PricedLine line : prices.lines()) {
            if (line.quantity() < 1 || line.quantity() > VoucherOrderLine.MAX_QUANTITY) {
                throw new BusinessException("error.voucher.order.quantity", VoucherOrderLine.MAX_QUANTITY);
            }
            lines.add(new VoucherOrderLine(this, position + 1, line.sku(), line.description(), validities.get(position),
                    line.quantity(), line.unitPrice(), line.netAmount(), line.vatRate()));
            voucherCount += line.quantity();
            position++;
        }
    }

    /**
     * Refuses an order without lines, with more than {@value #MAX_LINES} lines, with a line of
     * less than 1 or more than {@value VoucherOrderLine#MAX_QUANTITY} vouchers, or with more than
     * {@value #MAX_VOUCHERS} vouchers in all. Cheap: boundaries call it before pricing anything.
     *
     * @throws BusinessException {@code error.voucher.order.noLine}, {@code error.voucher.order.tooManyLines},
     *         {@code error.voucher.order.quantity}, {@code error.voucher.order.tooManyVouchers}
     */
    public static void checkSize(List<Integer> quantities) {
        if (quantities == null || quantities.isEmpty()) {
            throw new BusinessException("error.voucher.order.noLine");
        }
        if (quantities.size() > MAX_LINES) {
            throw new BusinessException("error.voucher.order.tooManyLines", MAX_LINES);
        }
        long total = 0;
        for (Integer quantity : quantities) {
            if (quantity == null || quantity < 1 || quantity > VoucherOrderLine.MAX_QUANTITY) {
                throw new BusinessException("error.voucher.order.quantity", VoucherOrderLine.MAX_QUANTITY);
            }
            total += quantity;
        }
        if (total > MAX_VOUCHERS) {
            throw new BusinessException("error.voucher.order.tooManyVouchers", MAX_VOUCHERS, total);
        }
    }

    /** Vouchers expire one year after their order (seed), the same time of day a year later. */
    public static Instant expiryOf(Instant orderedAt) {
        return orderedAt.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
    }

    /**
     * Gives the order its definitive number, made from its id once stored; the number it was
     * stored with is provisional (see the boundary) and is the only one that may be replaced.
     */
    public void numbered(String definitive) {
        if (invoiceNumber != null) {
            throw new IllegalStateException("An invoiced order keeps its number");
        }
        this.number = Objects.requireNonNull(definitive, "definitive");
    }

    public void invoiced(String invoice) {
        this.invoiceNumber = Objects.requireNonNull(invoice, "invoice");
    }

    /**
     * Every condition for cancelling the whole order that does not hold now, in the order they are
     * checked; empty when it can be cancelled. Cancelling is allowed within
     * {@link #CANCELLATION_WINDOW} of the order and while none of its vouchers is used or expired.
     * Partners ask this before trying, so all failing conditions are listed, not only the first:
     * {@code error.voucher.cancel.already}, {@code error.voucher.cancel.tooLate} (the last day),
     * {@code error.voucher.cancel.used} (how many), {@code error.voucher.cancel.expired} (how many).
     *
     * @param vouchers every voucher of this order
     */
    public List<Refusal> cancellationRefusals(List<Voucher> vouchers, Instant now) {
        List<Refusal> refusals = new ArrayList<>();
        if (cancelledAt != null) {
            refusals.add(Refusal.of("error.voucher.cancel.already", number));
        }
        if (now.isAfter(cancellableUntil())) {
            refusals.add(Refusal.of("error.voucher.cancel.tooLate", cancellableUntil().toString()));
        }
        long used = vouchers.stream().filter(v -> v.state() == VoucherState.VALID_USED).count();
        if (used > 0) {
            refusals.add(Refusal.of("error.voucher.cancel.used", used));
        }
        long expired = vouchers.stream().filter(v -> v.state() == VoucherState.EXPIRED || v.isDue(now)).count();
        if (expired > 0) {
            refusals.add(Refusal.of("error.voucher.cancel.expired", expired));
        }
        return refusals;
    }

    /** The last moment the order can be cancelled, the other conditions holding. */
    public Instant cancellableUntil() {
        return orderedAt.plus(CANCELLATION_WINDOW);
    }

    /**
     * Cancels the whole order when {@link #cancellationRefusals} finds nothing; every voucher
     * becomes cancelled.
     *
     * @param vouchers every voucher of this order
     * @throws BusinessException naming the first condition that fails
     */
    public void cancel(List<Voucher> vouchers, Instant now) {
        List<Refusal> refusals = cancellationRefusals(vouchers, now);
        if (!refusals.isEmpty()) {
            throw refusals.get(0).exception();
        }
        vouchers.forEach(v -> {
            if (!v.order().id().equals(id)) {
                throw new IllegalArgumentException("voucher of another order");
            }
            v.cancel(now);
        });
        this.cancelledAt = now;
        // nothing is waited for any more: what was paid is refunded with the credit note
        this.awaitingPayment = false;
    }

    /**
     * A transfer arrived for this order. The vouchers become redeemable with the payment that
     * completes the total ({@link Voucher#paymentArrived}); a short one leaves them waiting.
     *
     * @return whether the order is now fully paid
     * @throws BusinessException {@code error.voucher.order.notAwaitingPayment} (paid already, paid
     *         otherwise, or cancelled), or the refusal of {@link ReceivedPayment#of}
     */
    public boolean recordPayment(BigDecimal amount, LocalDate receivedOn, String bankReference, String accountant,
            Instant now) {
        if (!awaitingPayment || cancelledAt != null) {
            throw new BusinessException("error.voucher.order.notAwaitingPayment", number);
        }
        payments.add(ReceivedPayment.of(amount, receivedOn, bankReference, accountant, now, amountRemaining(),
                BusinessCalendar.dayOf(orderedAt)));
        if (amountRemaining().signum() == 0) {
            awaitingPayment = false;
            return true;
        }
        return false;
    }

    public boolean awaitingPayment() {
        return awaitingPayment;
    }

    public BigDecimal amountPaid() {
        return payments.stream().map(ReceivedPayment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** What is still due by transfer; nothing for an order paid otherwise or already paid. */
    public BigDecimal amountRemaining() {
        return awaitingPayment ? totalIncludingVat.subtract(amountPaid()) : BigDecimal.ZERO.setScale(2);
    }

    public List<ReceivedPayment> payments() {
        return Collections.unmodifiableList(payments);
    }

    public void creditNoteIssued(String creditNote) {
        this.creditNoteNumber = Objects.requireNonNull(creditNote, "creditNote");
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public long partnerAccountId() {
        return partnerAccountId;
    }

    public boolean placedBy(long accountId) {
        return partnerAccountId == accountId;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String customerName() {
        return customerName;
    }

    public String notes() {
        return notes;
    }

    public PaymentMode paymentMode() {
        return paymentMode;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal totalExcludingVat() {
        return totalExcludingVat;
    }

    public BigDecimal totalVat() {
        return totalVat;
    }

    public BigDecimal totalIncludingVat() {
        return totalIncludingVat;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public String creditNoteNumber() {
        return creditNoteNumber;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public int voucherCount() {
        return voucherCount;
    }

    public List<VoucherOrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
