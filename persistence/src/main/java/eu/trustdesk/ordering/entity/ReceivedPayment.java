package eu.trustdesk.ordering.entity;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money that arrived for an order (a transfer or a cheque), as the accountant read it on the bank
 * statement: how much, on which day, under which bank reference, and who recorded it when. Shop
 * orders and partner voucher orders keep a list of them; what is still due is the total less
 * their sum, so a short payment leaves the rest visible and an overpayment is refused before it
 * is stored (the money would have to be sent back, which is a refund, not a payment).
 */
@Embeddable
public class ReceivedPayment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REFERENCE_LENGTH = 100;
    public static final int RECORDED_BY_LENGTH = 254;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "bank_reference", nullable = false, length = REFERENCE_LENGTH)
    private String bankReference;

    @Column(name = "recorded_by", nullable = false, length = RECORDED_BY_LENGTH)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ReceivedPayment() {
        // for JPA
    }

    private ReceivedPayment(BigDecimal amount, LocalDate receivedOn, String bankReference, String recordedBy,
            Instant recordedAt) {
        this.amount = amount;
        this.receivedOn = receivedOn;
        this.bankReference = bankReference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * A payment checked against what is still due.
     *
     * @param remaining what the order still waits for
     * @param orderedOn the day the order was placed: money for it cannot have arrived earlier
     * @throws BusinessException {@code error.payment.amount} (missing, not positive, or with more than
     *         cents), {@code error.payment.overpayment} (more than the remaining amount, which is its
     *         argument), {@code error.payment.date} (missing, before the order or in the future),
     *         {@code error.payment.reference} (missing or too long)
     */
    public static ReceivedPayment of(BigDecimal amount, LocalDate receivedOn, String bankReference, String recordedBy,
            Instant now, BigDecimal remaining, LocalDate orderedOn) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("error.payment.amount");
        }
        if (amount.compareTo(remaining) > 0) {
            throw new BusinessException("error.payment.overpayment", amount, remaining);
        }
        LocalDate today = BusinessCalendar.dayOf(now);
        if (receivedOn == null || receivedOn.isAfter(today) || receivedOn.isBefore(orderedOn)) {
            throw new BusinessException("error.payment.date");
        }
        String reference = bankReference == null ? "" : bankReference.strip();
        if (reference.isEmpty() || reference.length() > REFERENCE_LENGTH) {
            throw new BusinessException("error.payment.reference", REFERENCE_LENGTH);
        }
        return new ReceivedPayment(amount.setScale(2), receivedOn, reference, Objects.requireNonNull(recordedBy, "by"),
                Objects.requireNonNull(now, "now"));
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String bankReference() {
        return bankReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
