package eu.trustdesk.ordering.entity;

import eu.trustdesk.account.entity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One use of a coupon: by whom (the customer's e-mail address, the login of their account, in its
 * stored lower-case form), for which order, when. Made by {@link Coupon#redeem}; an order uses a
 * coupon at most once (unique in the table).
 */
@Entity
@Table(name = "coupon_use")
@NamedQuery(name = CouponUse.OF_CUSTOMER,
        query = "select u from CouponUse u where u.coupon = :coupon and u.customerEmail = :email")
@NamedQuery(name = CouponUse.COUNT_OF_CUSTOMER,
        query = "select count(u) from CouponUse u where u.coupon = :coupon and u.customerEmail = :email")
@NamedQuery(name = CouponUse.OF_COUPON,
        query = "select u from CouponUse u where u.coupon.id = :coupon order by u.usedAt desc, u.id desc")
public class CouponUse {

    public static final String OF_CUSTOMER = "CouponUse.ofCustomer";
    public static final String COUNT_OF_CUSTOMER = "CouponUse.countOfCustomer";
    public static final String OF_COUPON = "CouponUse.ofCoupon";

    public static final int ORDER_NUMBER_LENGTH = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "coupon_id", nullable = false)
    private Coupon coupon;

    @Column(name = "customer_email", nullable = false, length = Account.EMAIL_LENGTH)
    private String customerEmail;

    @Column(name = "order_number", nullable = false, length = ORDER_NUMBER_LENGTH)
    private String orderNumber;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    protected CouponUse() {
        // for JPA
    }

    CouponUse(Coupon coupon, String customerEmail, String orderNumber, Instant usedAt) {
        this.coupon = Objects.requireNonNull(coupon, "coupon");
        if (customerEmail == null || customerEmail.isBlank()) {
            throw new IllegalArgumentException("a coupon use needs the customer's e-mail address");
        }
        this.customerEmail = Account.normalizeEmail(customerEmail);
        if (orderNumber == null || orderNumber.isBlank() || orderNumber.strip().length() > ORDER_NUMBER_LENGTH) {
            throw new IllegalArgumentException("order number: " + orderNumber);
        }
        this.orderNumber = orderNumber.strip();
        this.usedAt = Objects.requireNonNull(usedAt, "usedAt");
    }

    public Long id() {
        return id;
    }

    public Coupon coupon() {
        return coupon;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
