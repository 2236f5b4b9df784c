package eu.trustdesk.voucher.entity;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.shared.BusinessException;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One prepaid single-use code. Its state changes only through the methods below, which refuse
 * what the rules forbid: a voucher is used once, unless the request it produced is cancelled
 * within {@link #REOPEN_WINDOW}; it expires one year after its order; only a whole order is
 * cancelled, and only while none of its vouchers is used or expired.
 *
 * <p>The rows are inserted in JDBC batches when an order is placed (thousands at once, see
 * {@code VoucherStore}); the nightly expiry changes many with one conditional UPDATE per range of
 * ids (the same rule as {@link #expire}: only VALID_UNUSED and due).
 */
@Entity
@Table(name = "voucher")
@NamedQuery(name = Voucher.BY_CODE, query = "select v from Voucher v where v.code = :code")
@NamedQuery(name = Voucher.OF_ORDER, query = "select v from Voucher v where v.voucherOrder = :order order by v.id")
@NamedQuery(name = Voucher.OF_REQUEST, query = "select v from Voucher v where v.activationRequestId = :request")
@NamedQuery(name = Voucher.COUNT_BY_STATE, query = "select v.voucherOrder.id, v.state, count(v) from Voucher v"
        + " where v.voucherOrder.id in :orders group by v.voucherOrder.id, v.state")
public class Voucher {

    public static final String BY_CODE = "Voucher.byCode";
    public static final String OF_ORDER = "Voucher.ofOrder";
    public static final String OF_REQUEST = "Voucher.ofRequest";
    public static final String COUNT_BY_STATE = "Voucher.countByState";

    /** A request cancelled or revoked within this time of the redemption gives the voucher back (seed: 30 days). */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = VoucherCode.LENGTH)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private VoucherOrder voucherOrder;

    @Column(name = "line_id", nullable = false, updatable = false)
    private long lineId;

    @Column(name = "partner_account_id", nullable = false, updatable = false)
    private long partnerAccountId;

    @Column(name = "sku", nullable = false, updatable = false, length = 40)
    private String sku;

    @Column(name = "product_name", nullable = false, updatable = false, length = 200)
    private String productName;

    @Column(name = "validity_years", nullable = false, updatable = false)
    private int validityYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private VoucherState state;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "redeemed_at")
    private Instant redeemedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "redeemed_by")
    private Account redeemedBy;

    @Column(name = "activation_request_id")
    private Long activationRequestId;

    @Column(name = "expired_at")
    private Instant expiredAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private long version;

    protected Voucher() {
        // for JPA
    }

    /** A new valid–unused voucher of an order line (the store inserts the same columns in batches). */
    public Voucher(String code, VoucherOrder order, VoucherOrderLine line) {
        this.code = Objects.requireNonNull(code, "code");
        this.voucherOrder = Objects.requireNonNull(order, "order");
        this.lineId = line.id() == null ? 0 : line.id();
        this.partnerAccountId = order.partnerAccountId();
        this.sku = line.sku();
        this.productName = line.productName();
        this.validityYears = line.validityYears();
        this.state = order.awaitingPayment() ? VoucherState.AWAITING_PAYMENT : VoucherState.VALID_UNUSED;
        this.expiresAt = order.expiresAt();
    }

    /**
     * The customer requests the certificate with this voucher: it becomes used.
     *
     * @throws BusinessException {@code error.voucher.used}, {@code error.voucher.expired},
     *         {@code error.voucher.cancelled} or {@code error.voucher.awaitingPayment}
     */
    public void redeem(Account redeemer, Instant now) {
        refuseUnlessRedeemable(now);
        this.state = VoucherState.VALID_USED;
        this.redeemedBy = Objects.requireNonNull(redeemer, "redeemer");
        this.redeemedAt = now;
        this.activationRequestId = null;
    }

    /** Why this voucher cannot be redeemed at {@code now}, as the exception the redemption would throw. */
    public void refuseUnlessRedeemable(Instant now) {
        switch (state) {
            case VALID_USED -> throw new BusinessException("error.voucher.used");
            case CANCELLED -> throw new BusinessException("error.voucher.cancelled");
            case EXPIRED -> throw new BusinessException("error.voucher.expired");
            case AWAITING_PAYMENT -> throw new BusinessException("error.voucher.awaitingPayment");
            case VALID_UNUSED -> {
                // due but not yet swept by the nightly job: expired all the same
                if (isDue(now)) {
                    throw new BusinessException("error.voucher.expired");
                }
            }
        }
    }

    /** Links the activation request the redemption created. */
    public void requestCreated(long requestId) {
        if (state != VoucherState.VALID_USED) {
            throw new IllegalStateException("Only a used voucher has a request");
        }
        this.activationRequestId = requestId;
    }

    /**
     * The request this voucher produced was cancelled or its certificate revoked at {@code cancelledAt}.
     * Within {@link #REOPEN_WINDOW} of the redemption the voucher is valid–unused again; later it stays used.
     *
     * @return whether the voucher was given back
     */
    public boolean requestCancelled(Instant cancelledAt) {
        if (state != VoucherState.VALID_USED || redeemedAt == null
                || cancelledAt.isAfter(redeemedAt.plus(REOPEN_WINDOW))) {
            return false;
        }
        this.state = VoucherState.VALID_UNUSED;
        this.redeemedAt = null;
        this.redeemedBy = null;
        this.activationRequestId = null;
        return true;
    }

    /**
     * The payment of its order was recorded: the voucher can be redeemed. (The boundary releases
     * a whole order's vouchers with one UPDATE of the same rule.)
     *
     * @return whether it changed
     */
    public boolean paymentArrived() {
        if (state != VoucherState.AWAITING_PAYMENT) {
            return false;
        }
        this.state = VoucherState.VALID_UNUSED;
        return true;
    }

    /** Whether the voucher is past its expiry date at {@code now}. */
    public boolean isDue(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * The nightly expiry: a valid–unused voucher past its date becomes expired.
     *
     * @return whether it changed (used, cancelled, already expired or not due: no)
     */
    public boolean expire(Instant now) {
        if (state != VoucherState.VALID_UNUSED || !isDue(now)) {
            return false;
        }
        this.state = VoucherState.EXPIRED;
        this.expiredAt = now;
        return true;
    }

    /** Part of cancelling its whole order ({@link VoucherOrder#cancel}); never on its own. */
    void cancel(Instant now) {
        if (state != VoucherState.VALID_UNUSED && state != VoucherState.AWAITING_PAYMENT) {
            throw new BusinessException("error.voucher.cancel.notUnused");
        }
        this.state = VoucherState.CANCELLED;
        this.cancelledAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String groupedCode() {
        return VoucherCode.grouped(code);
    }

    public VoucherOrder order() {
        return voucherOrder;
    }

    public long partnerAccountId() {
        return partnerAccountId;
    }

    public String sku() {
        return sku;
    }

    public String productName() {
        return productName;
    }

    public int validityYears() {
        return validityYears;
    }

    public VoucherState state() {
        return state;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant redeemedAt() {
        return redeemedAt;
    }

    public Account redeemedBy() {
        return redeemedBy;
    }

    public Long activationRequestId() {
        return activationRequestId;
    }

    public Instant expiredAt() {
        return expiredAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
