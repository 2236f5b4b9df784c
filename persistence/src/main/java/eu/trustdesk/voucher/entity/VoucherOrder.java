package eu.trustdesk.voucher.entity;

import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.shared.pricing.PricedLine;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
     * Cancels the whole order: allowed within {@link #CANCELLATION_WINDOW} of the order and while
     * none of its vouchers is used or expired; every voucher becomes cancelled.
     *
     * @param vouchers every voucher of this order
     * @throws BusinessException naming the condition that fails: {@code error.voucher.cancel.already},
     *         {@code error.voucher.cancel.tooLate} (the last day), {@code error.voucher.cancel.used} (how
     *         many), {@code error.voucher.cancel.expired} (how many)
     */
    public void cancel(List<Voucher> vouchers, Instant now) {
        if (cancelledAt != null) {
            throw new BusinessException("error.voucher.cancel.already", number);
        }
        if (now.isAfter(orderedAt.plus(CANCELLATION_WINDOW))) {
            throw new BusinessException("error.voucher.cancel.tooLate", orderedAt.plus(CANCELLATION_WINDOW).toString());
        }
        long used = vouchers.stream().filter(v -> v.state() == VoucherState.VALID_USED).count();
        if (used > 0) {
            throw new BusinessException("error.voucher.cancel.used", used);
        }
        long expired = vouchers.stream().filter(v -> v.state() == VoucherState.EXPIRED || v.isDue(now)).count();
        if (expired > 0) {
            throw new BusinessException("error.voucher.cancel.expired", expired);
        }
        vouchers.forEach(v -> {
            if (!v.order().id().equals(id)) {
                throw new IllegalArgumentException("voucher of another order");
            }
            v.cancel(now);
        });
        this.cancelledAt = now;
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
