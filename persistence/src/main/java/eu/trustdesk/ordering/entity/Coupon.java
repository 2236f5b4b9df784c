package eu.trustdesk.ordering.entity;

import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.catalog.entity.Product;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Money;
import eu.trustdesk.shared.pricing.Discount;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A discount code ("Do you have a discount code?"): a percentage or a fixed amount off the products
 * it applies to, during a window of days, for a limited number of uses overall and per customer.
 *
 * <p>The code is stored in upper case and looked up the same way ({@link #normalizeCode}), so a
 * customer may type it in any case. The window is a pair of calendar days, both included, read in
 * the office's time zone ({@link BusinessCalendar}): coupons are announced as "valid until
 * 31 December", and a day is what the administrator enters and what the customer understands;
 * an {@code Instant} would make "until" depend on the time of day someone happened to type.
 *
 * <p>{@link #redeem} counts one use; exact counting under concurrency is the caller's part: it
 * must hold the coupon's row lock, see {@code CouponRedemption}.
 */
@Entity
@Table(name = "coupon")
@NamedQuery(name = Coupon.BY_CODE, query = "select c from Coupon c where c.code = :code")
@NamedQuery(name = Coupon.NEWEST_FIRST, query = "select c from Coupon c order by c.createdAt desc, c.id desc")
public class Coupon {

    public static final String BY_CODE = "Coupon.byCode";
    public static final String NEWEST_FIRST = "Coupon.newestFirst";

    public static final int CODE_LENGTH = 30;
    /** Letters, digits and dashes: easy to read out on the phone and to type. */
    public static final String CODE_PATTERN = "[A-Z0-9-]{3,30}";
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(CODE_PATTERN);
    private static final java.util.regex.Pattern SKU = java.util.regex.Pattern.compile("[A-Z0-9-]{1,40}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The largest value DECIMAL(12,2) holds. */
    private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = CODE_PATTERN)
    @Column(name = "code", nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Discount.Kind kind;

    /** Percentage (0 excluded, 100 included) or amount excluding VAT, in the shop's currency. */
    @Column(name = "discount_value", nullable = false, precision = 12, scale = Money.SCALE)
    private BigDecimal value;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    /** The SKUs the discount applies to; none means every product. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coupon_product", joinColumns = @JoinColumn(name = "coupon_id"))
    @Column(name = "sku", nullable = false, length = Product.SKU_LENGTH)
    private Set<String> skus = new TreeSet<>();

    /** Uses allowed over all customers; null: unlimited. */
    @Column(name = "usage_limit")
    private Integer usageLimit;

    /** Uses allowed to one customer; null: unlimited. */
    @Column(name = "per_customer_limit")
    private Integer perCustomerLimit;

    @Column(name = "used_count", nullable = false)
    private int usedCount;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_by", length = Account.EMAIL_LENGTH)
    private String disabledBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = Account.EMAIL_LENGTH)
    private String createdBy;

    @Version
    private long version;

    protected Coupon() {
        // for JPA
    }

    /**
     * A new coupon. Refuses, with the key of the first problem: a code not of 3 to 30 letters,
     * digits or dashes ({@code error.coupon.code}); a percentage not above 0 and at most 100
     * ({@code error.coupon.percent}); an amount not above 0 ({@code error.coupon.amount}); more
     * than two decimals ({@code error.coupon.decimals}); a window ending before it starts
     * ({@code error.coupon.window}); a limit below 1 ({@code error.coupon.limit}); a malformed
     * SKU ({@code error.coupon.sku}).
     */
    public Coupon(String code, Discount.Kind kind, BigDecimal value, LocalDate validFrom, LocalDate validUntil,
            Set<String> skus, Integer usageLimit, Integer perCustomerLimit, String createdBy, Instant now) {
        this.code = normalizeCode(code);
        if (!CODE.matcher(this.code).matches()) {
            throw new BusinessException("error.coupon.code");
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = checkedValue(kind, value);
        if (validFrom == null || validUntil == null || validUntil.isBefore(validFrom)) {
            throw new BusinessException("error.coupon.window");
        }
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        for (String sku : skus == null ? Set.<String>of() : skus) {
            String normalized = sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
            if (!SKU.matcher(normalized).matches()) {
                throw new BusinessException("error.coupon.sku", String.valueOf(sku));
            }
            this.skus.add(normalized);
        }
        if ((usageLimit != null && usageLimit < 1) || (perCustomerLimit != null && perCustomerLimit < 1)) {
            throw new BusinessException("error.coupon.limit");
        }
        this.usageLimit = usageLimit;
        this.perCustomerLimit = perCustomerLimit;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    private static BigDecimal checkedValue(Discount.Kind kind, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            throw new BusinessException(kind == Discount.Kind.PERCENT ? "error.coupon.percent" : "error.coupon.amount");
        }
        if (kind == Discount.Kind.PERCENT && value.compareTo(HUNDRED) > 0) {
            throw new BusinessException("error.coupon.percent");
        }
        if (value.compareTo(MAX_VALUE) > 0) {
            throw new BusinessException("error.coupon.amount");
        }
        if (value.stripTrailingZeros().scale() > Money.SCALE) {
            throw new BusinessException("error.coupon.decimals");
        }
        return value.setScale(Money.SCALE);
    }

    /** The form a code is stored and looked up in: without surrounding blanks, in upper case. */
    public static String normalizeCode(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code typed} could be a coupon code at all (not worth a database query otherwise). */
    public static boolean isWellFormed(String typed) {
        return CODE.matcher(normalizeCode(typed)).matches();
    }

    /**
     * Refuses this coupon for a customer's cart at {@code now}, with the key of the first reason in
     * this order: disabled, not yet valid, expired, no use left, no use left for this customer, no
     * product of the cart in its scope. {@code usesByCustomer} is how many times this customer has
     * already used it.
     */
    public void checkUsable(Instant now, Set<String> skusInCart, long usesByCustomer) {
        if (disabled) {
            throw new BusinessException("error.coupon.disabled", code);
        }
        LocalDate today = BusinessCalendar.dayOf(now);
        if (today.isBefore(validFrom)) {
            throw new BusinessException("error.coupon.notYetValid", code);
        }
        if (today.isAfter(validUntil)) {
            throw new BusinessException("error.coupon.expired", code);
        }
        if (usageLimit != null && usedCount >= usageLimit) {
            throw new BusinessException("error.coupon.exhausted", code);
        }
        if (perCustomerLimit != null && usesByCustomer >= perCustomerLimit) {
            throw new BusinessException("error.coupon.perCustomerExhausted", code);
        }
        if (!appliesToAnyOf(skusInCart)) {
            throw new BusinessException("error.coupon.notApplicable", code);
        }
    }

    /**
     * Counts one use by {@code customerEmail} for order {@code orderNumber}, after the checks of
     * {@link #checkUsable}, and returns the use to store.
     */
    public CouponUse redeem(String customerEmail, String orderNumber, Instant now, Set<String> skusInCart,
            long usesByCustomer) {
        checkUsable(now, skusInCart, usesByCustomer);
        usedCount++;
        return new CouponUse(this, customerEmail, orderNumber, now);
    }

    /** Stops the coupon for good: it stays listed, with its uses. Disabling it again changes nothing. */
    public void disable(String administrator, Instant now) {
        if (disabled) {
            return;
        }
        disabled = true;
        disabledBy = Objects.requireNonNull(administrator, "administrator");
        disabledAt = Objects.requireNonNull(now, "now");
    }

    /** Whether at least one product of the cart is in the coupon's scope. */
    public boolean appliesToAnyOf(Set<String> skusInCart) {
        return skusInCart != null && skusInCart.stream().anyMatch(this::appliesTo);
    }

    public boolean appliesTo(String sku) {
        return skus.isEmpty() || skus.contains(sku);
    }

    /** What the coupon takes off a cart, for the price calculation. */
    public Discount discount() {
        return new Discount(kind, value, skus);
    }

    public CouponState state(Instant now) {
        LocalDate today = BusinessCalendar.dayOf(now);
        if (disabled) {
            return CouponState.DISABLED;
        }
        if (today.isAfter(validUntil)) {
            return CouponState.EXPIRED;
        }
        if (usageLimit != null && usedCount >= usageLimit) {
            return CouponState.EXHAUSTED;
        }
        return today.isBefore(validFrom) ? CouponState.NOT_YET_VALID : CouponState.ACTIVE;
    }

    /** Uses left overall; null when unlimited. */
    public Integer remainingUses() {
        return usageLimit == null ? null : Math.max(0, usageLimit - usedCount);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Discount.Kind kind() {
        return kind;
    }

    public BigDecimal value() {
        return value;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public Set<String> skus() {
        return Collections.unmodifiableSet(skus);
    }

    public Integer usageLimit() {
        return usageLimit;
    }

    public Integer perCustomerLimit() {
        return perCustomerLimit;
    }

    public int usedCount() {
        return usedCount;
    }

    public boolean disabled() {
        return disabled;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public String disabledBy() {
        return disabledBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
