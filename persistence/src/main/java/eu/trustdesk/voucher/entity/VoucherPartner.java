package eu.trustdesk.voucher.entity;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/**
 * What an administrator decided for one partner account: whether it may order vouchers, the
 * organisation its voucher orders are invoiced to (and paid from: prepaid account, contract), and
 * its price list, the catalogue prices less a discount.
 */
@Entity
@Table(name = "voucher_partner")
@NamedQuery(name = VoucherPartner.OF_ACCOUNT, query = "select p from VoucherPartner p where p.account.id = :account")
@NamedQuery(name = VoucherPartner.BY_EMAIL, query = "select p from VoucherPartner p where p.account.email = :email")
public class VoucherPartner {

    public static final String OF_ACCOUNT = "VoucherPartner.ofAccount";
    public static final String BY_EMAIL = "VoucherPartner.byEmail";
    public static final BigDecimal MAX_DISCOUNT = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @Column(name = "decided_by", nullable = false, length = 254)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected VoucherPartner() {
        // for JPA
    }

    public VoucherPartner(Account account, String administrator, Instant now) {
        this.account = Objects.requireNonNull(account, "account");
        this.discountPercent = BigDecimal.ZERO.setScale(2);
        this.decidedBy = administrator;
        this.decidedAt = now;
    }

    /**
     * Switches the feature on or off and sets the price list. Switching it on needs the
     * organisation that pays: a voucher order is invoiced like any order.
     *
     * @throws BusinessException {@code error.voucher.partner.organisationRequired},
     *         {@code error.voucher.partner.discount}
     */
    public void configure(boolean on, Organisation payer, BigDecimal discount, String administrator, Instant now) {
        if (on && payer == null) {
            throw new BusinessException("error.voucher.partner.organisationRequired");
        }
        if (discount == null || discount.signum() < 0 || discount.compareTo(MAX_DISCOUNT) >= 0) {
            throw new BusinessException("error.voucher.partner.discount");
        }
        this.enabled = on;
        this.organisation = payer;
        this.discountPercent = discount.setScale(2, RoundingMode.HALF_UP);
        this.decidedBy = administrator;
        this.decidedAt = now;
    }

    /** The partner's unit price for a catalogue price: the discount off, rounded to the cent. */
    public BigDecimal priceOf(BigDecimal cataloguePrice) {
        BigDecimal factor = MAX_DISCOUNT.subtract(discountPercent);
        return cataloguePrice.multiply(factor).divide(MAX_DISCOUNT, 2, RoundingMode.HALF_UP);
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public boolean enabled() {
        return enabled;
    }

    public Organisation organisation() {
        return organisation;
    }

    public BigDecimal discountPercent() {
        return discountPercent;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
