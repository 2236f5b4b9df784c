package eu.trustdesk.ordering.entity;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Money;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of a prepaid balance, never changed afterwards: the signed amount (positive for a
 * top-up or refund, negative for an order), the balance after it, why, the reference (order
 * number or note), when and by whom. Made by {@link PrepaidAccount#credit} and
 * {@link PrepaidAccount#debit}.
 */
@Entity
@Table(name = "prepaid_movement")
// the id follows the order in which the movements were made, under the account's lock
@NamedQuery(name = PrepaidMovement.OF_ACCOUNT,
        query = "select m from PrepaidMovement m where m.account = :account order by m.id desc")
public class PrepaidMovement {

    public static final String OF_ACCOUNT = "PrepaidMovement.ofAccount";
    public static final int REFERENCE_LENGTH = 200;
    /** Who made a movement that no signed-in person made (a scheduled run, the demo data). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private PrepaidAccount account;

    @Column(name = "amount", nullable = false, precision = 12, scale = Money.SCALE)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false, precision = 12, scale = Money.SCALE)
    private BigDecimal balanceAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 10)
    private MovementReason reason;

    @Column(name = "reference", length = REFERENCE_LENGTH)
    private String reference;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_by", nullable = false, length = Account.EMAIL_LENGTH)
    private String recordedBy;

    protected PrepaidMovement() {
        // for JPA
    }

    PrepaidMovement(PrepaidAccount account, BigDecimal amount, BigDecimal balanceAfter, MovementReason reason,
            String reference, String by, Instant now) {
        this.account = Objects.requireNonNull(account, "account");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.balanceAfter = Objects.requireNonNull(balanceAfter, "balanceAfter");
        this.reason = Objects.requireNonNull(reason, "reason");
        String text = reference == null || reference.isBlank() ? null : reference.strip();
        if (text != null && text.length() > REFERENCE_LENGTH) {
            throw new BusinessException("error.prepaid.reference", REFERENCE_LENGTH);
        }
        this.reference = text;
        this.recordedBy = by == null || by.isBlank() ? SYSTEM : by;
        this.occurredAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public PrepaidAccount account() {
        return account;
    }

    /** Signed: what the movement added to the balance. */
    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal balanceAfter() {
        return balanceAfter;
    }

    public MovementReason reason() {
        return reason;
    }

    public String reference() {
        return reference;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
