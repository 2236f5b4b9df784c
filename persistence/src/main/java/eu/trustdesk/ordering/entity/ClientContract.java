package eu.trustdesk.ordering.entity;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.organisation.entity.Organisation;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A client contract: an organisation commits to an annual volume of orders and, while the
 * contract is active, may choose "client contract" as payment mode; such orders go onto the
 * contract's next periodic statement instead of being paid one by one.
 *
 * <p>The period is a pair of calendar days, both included. A terminated contract is over from the
 * moment it is terminated: no new order goes on it, whatever its end date said.
 */
@Entity
@Table(name = "client_contract")
@NamedQuery(name = ClientContract.OF_ORGANISATION,
        query = "select c from ClientContract c where c.organisation.id = :organisation order by c.startDate desc, c.id desc")
@NamedQuery(name = ClientContract.ACTIVE_ON,
        query = "select c from ClientContract c where c.organisation.id = :organisation and c.status = :active"
                + " and c.startDate <= :day and c.endDate >= :day order by c.startDate desc, c.id desc")
@NamedQuery(name = ClientContract.OVERLAPPING,
        query = "select c from ClientContract c where c.organisation.id = :organisation and c.status = :active"
                + " and c.startDate <= :end and c.endDate >= :start")
@NamedQuery(name = ClientContract.LAST_NUMBER,
        query = "select max(c.number) from ClientContract c where c.number like :prefix")
public class ClientContract {

    public static final String OF_ORGANISATION = "ClientContract.ofOrganisation";
    public static final String ACTIVE_ON = "ClientContract.activeOn";
    public static final String OVERLAPPING = "ClientContract.overlapping";
    public static final String LAST_NUMBER = "ClientContract.lastNumber";

    public static final int NUMBER_LENGTH = 20;
    /** CT-2026-0001: the year the contract was made, then its rank in that year. */
    private static final Pattern NUMBER = Pattern.compile("CT-\\d{4}-\\d{4,6}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "contract_number", nullable = false, unique = true, length = NUMBER_LENGTH)
    private String number;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    /** Volume of orders, excluding VAT, the organisation commits to per year. */
    @Column(name = "annual_commitment", nullable = false, precision = 12, scale = Money.SCALE)
    private BigDecimal annualCommitment;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ContractStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = Account.EMAIL_LENGTH)
    private String createdBy;

    @Column(name = "terminated_at")
    private Instant terminatedAt;

    @Column(name = "terminated_by", length = Account.EMAIL_LENGTH)
    private String terminatedBy;

    @Version
    private long version;

    protected ClientContract() {
        // for JPA
    }

    /**
     * An active contract. Refuses a number not of the form CT-2026-0001 ({@code error.contract.number}),
     * a period ending before it starts ({@code error.contract.period}) and a commitment not above
     * zero or with more than two decimals ({@code error.contract.commitment}).
     */
    public ClientContract(Organisation organisation, String number, LocalDate startDate, LocalDate endDate,
            BigDecimal annualCommitment, String currency, String createdBy, Instant now) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        if (number == null || !NUMBER.matcher(number).matches()) {
            throw new BusinessException("error.contract.number", String.valueOf(number));
        }
        this.number = number;
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw new BusinessException("error.contract.period");
        }
        this.startDate = startDate;
        this.endDate = endDate;
        if (annualCommitment == null || annualCommitment.signum() <= 0
                || annualCommitment.stripTrailingZeros().scale() > Money.SCALE
                || annualCommitment.compareTo(MAX_AMOUNT) > 0) {
            throw new BusinessException("error.contract.commitment");
        }
        this.annualCommitment = annualCommitment.setScale(Money.SCALE);
        this.currency = Currency.getInstance(Objects.requireNonNull(currency, "currency")).getCurrencyCode();
        this.status = ContractStatus.ACTIVE;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** The number of the {@code rank}th contract made in {@code year}: CT-2026-0001. */
    public static String number(int year, int rank) {
        return String.format("CT-%04d-%04d", year, rank);
    }

    /** Whether an order placed on {@code day} may go onto this contract. */
    public boolean isActiveOn(LocalDate day) {
        return status == ContractStatus.ACTIVE && !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Ends the contract now, before its end date; refuses a contract already terminated. */
    public void terminate(String administrator, Instant now) {
        if (status == ContractStatus.TERMINATED) {
            throw new BusinessException("error.contract.terminated", number);
        }
        status = ContractStatus.TERMINATED;
        terminatedBy = Objects.requireNonNull(administrator, "administrator");
        terminatedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String number() {
        return number;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public BigDecimal annualCommitment() {
        return annualCommitment;
    }

    public String currency() {
        return currency;
    }

    public ContractStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant terminatedAt() {
        return terminatedAt;
    }

    public String terminatedBy() {
        return terminatedBy;
    }
}
