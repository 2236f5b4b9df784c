package eu.trustdesk.ordering.entity;

import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * The prepaid client account of an organisation (one at most): money paid in advance that its
 * orders are paid from. The balance is never negative: {@link #debit} refuses an amount the
 * balance does not cover (and the table refuses a negative balance too). Every change of the
 * balance is a {@link PrepaidMovement} carrying the balance after it, so the movements replay the
 * balance exactly.
 *
 * <p>Under concurrency the rule holds only if debits of one account are serialised: the caller
 * holds the account's row lock, see {@code PrepaidBalances}.
 */
@Entity
@Table(name = "prepaid_account")
@NamedQuery(name = PrepaidAccount.OF_ORGANISATION,
        query = "select a from PrepaidAccount a where a.organisation.id = :organisation")
@NamedQuery(name = PrepaidAccount.ALL,
        query = "select a from PrepaidAccount a join fetch a.organisation order by a.organisation.name")
public class PrepaidAccount {

    public static final String OF_ORGANISATION = "PrepaidAccount.ofOrganisation";
    public static final String ALL = "PrepaidAccount.all";

    /** The largest balance DECIMAL(12,2) holds. */
    public static final BigDecimal MAX_BALANCE = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false, unique = true)
    private Organisation organisation;

    @Column(name = "balance", nullable = false, precision = 12, scale = Money.SCALE)
    private BigDecimal balance;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PrepaidAccount() {
        // for JPA
    }

    /** An empty account: money comes in by {@link #credit}. */
    public PrepaidAccount(Organisation organisation, String currency, Instant now) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.currency = Currency.getInstance(Objects.requireNonNull(currency, "currency")).getCurrencyCode();
        this.balance = BigDecimal.ZERO.setScale(Money.SCALE);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Adds money paid in ({@link MovementReason#TOP_UP}) or paid back ({@link MovementReason#REFUND}).
     * {@code reference}: a note, or the number of the refunded order.
     */
    public PrepaidMovement credit(BigDecimal amount, MovementReason reason, String reference, String by, Instant now) {
        if (!Objects.requireNonNull(reason, "reason").credits()) {
            throw new IllegalArgumentException("not a credit: " + reason);
        }
        BigDecimal credited = checkedAmount(amount);
        BigDecimal after = balance.add(credited);
        if (after.compareTo(MAX_BALANCE) > 0) {
            throw new BusinessException("error.prepaid.amount");
        }
        PrepaidMovement movement = new PrepaidMovement(this, credited, after, reason, reference, by, now);
        balance = after;
        return movement;
    }

    /**
     * Pays order {@code orderNumber} from the balance; refuses ({@code error.prepaid.insufficient},
     * with the balance as {@link Money}) when the balance does not cover {@code amount}.
     */
    public PrepaidMovement debit(BigDecimal amount, String orderNumber, String by, Instant now) {
        BigDecimal debited = checkedAmount(amount);
        if (orderNumber == null || orderNumber.isBlank()) {
            throw new IllegalArgumentException("a debit pays an order: its number is required");
        }
        if (!covers(debited)) {
            throw new BusinessException("error.prepaid.insufficient", Money.of(balance, currency));
        }
        BigDecimal after = balance.subtract(debited);
        PrepaidMovement movement = new PrepaidMovement(this, debited.negate(), after, MovementReason.ORDER, orderNumber,
                by, now);
        balance = after;
        return movement;
    }

    public boolean covers(BigDecimal amount) {
        return balance.compareTo(amount) >= 0;
    }

    /** A positive amount with at most two decimals, at scale 2. */
    private static BigDecimal checkedAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > Money.SCALE
                || amount.compareTo(MAX_BALANCE) > 0) {
            throw new BusinessException("error.prepaid.amount");
        }
        return amount.setScale(Money.SCALE);
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public BigDecimal balance() {
        return balance;
    }

    public String currency() {
        return currency;
    }

    public Money balanceAsMoney() {
        return Money.of(balance, currency);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
