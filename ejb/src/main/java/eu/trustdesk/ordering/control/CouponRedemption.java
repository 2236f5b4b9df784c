package eu.trustdesk.ordering.control;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.ordering.entity.Coupon;
import eu.trustdesk.ordering.entity.CouponUse;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.pricing.Discount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Discount codes at checkout, in the caller's transaction: {@link #check} for the cart summary
 * (validates, consumes nothing), {@link #redeem} when the order is placed (consumes one use,
 * exactly, and stores who used it for which order; rolled back with the order).
 *
 * <p>Both refuse with the key of the reason, in the order of {@link Coupon#checkUsable}, or
 * {@code error.coupon.unknown} for a code that does not exist.
 */
@Dependent
public class CouponRedemption {

    /** Refusals that tell a code's existence or state; see {@link #asCustomerSees}. */
    private static final Set<String> UNAVAILABLE = Set.of("error.coupon.unknown", "error.coupon.disabled",
            "error.coupon.notYetValid", "error.coupon.expired", "error.coupon.exhausted");

    @PersistenceContext
    private EntityManager em;

    /**
     * The discount {@code code} would give this customer on this cart now, without using it.
     * {@code customerEmail} is null for a visitor who has not signed in: everything but the
     * per-customer limit is checked then (no uses can be counted for nobody); {@link #redeem}
     * checks that limit when the order is placed, the customer known.
     */
    public Discount check(String code, String customerEmail, Set<String> skusInCart, Instant now) {
        Coupon coupon = find(code);
        long usesByCustomer = customerEmail == null || customerEmail.isBlank() ? 0 : countUsesBy(coupon, customerEmail);
        coupon.checkUsable(now, skusInCart, usesByCustomer);
        return coupon.discount();
    }

    /**
     * Uses {@code code} once for order {@code orderNumber} and returns its discount.
     *
     * <p>Why this is exact when many customers take the last uses at the same moment: the coupon's
     * row is re-read with {@code SELECT ... FOR UPDATE} (PESSIMISTIC_WRITE) before anything is
     * checked. A second transaction redeeming the same coupon waits on that lock until the first
     * commits or rolls back, and then reads the committed {@code used_count}: a locking read
     * always sees the latest committed row, never an older snapshot, whatever the isolation
     * level. So check-limit-then-increment runs for one transaction at a time per coupon, and
     * no two can both see "4 of 5 used" and both take the fifth. The customer's earlier uses are
     * read with a locking read as well, for the same reason (a plain read could come from a
     * snapshot taken earlier in the caller's transaction and miss a use committed since). The
     * lock is held until the caller's transaction ends, so the order must be placed in that same
     * transaction; a rollback gives the use back. Behind this, the table refuses
     * {@code used_count > usage_limit} and a second use for the same order.
     *
     * <p>An optimistic {@code @Version} check alone would also never over-count, but would turn
     * most of a rush on the last uses into errors to retry; the lock queues them instead, and
     * it is held only for the few statements of placing an order.
     */
    public Discount redeem(String code, String customerEmail, Set<String> skusInCart, String orderNumber, Instant now) {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Coupon coupon = find(code);
        em.refresh(coupon, LockModeType.PESSIMISTIC_WRITE);
        long usesByCustomer = em.createNamedQuery(CouponUse.OF_CUSTOMER, CouponUse.class)
                .setParameter("coupon", coupon).setParameter("email", email(customerEmail))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().size();
        CouponUse use = coupon.redeem(customerEmail, orderNumber, now, skusInCart, usesByCustomer);
        em.persist(use);
        return coupon.discount();
    }

    /**
     * The refusal as a customer may see it. Whether a code exists, was switched off, is not valid
     * yet, has expired or has no use left is the shop's business: told apart, the answers let
     * anyone sort guessed codes into real and unreal ones. All five get one answer, about the
     * code as typed (normalised the same way whatever its state, so that not even the case of
     * the letters tells). Refusals that concern the customer's own situation (they used it up
     * themselves, nothing in their cart is in its scope) stay precise: they help, and reveal
     * nothing a guesser could use that the code itself would not give.
     */
    public static BusinessException asCustomerSees(BusinessException refusal, String typed) {
        if (!UNAVAILABLE.contains(refusal.messageKey())) {
            return refusal;
        }
        String shown = Coupon.normalizeCode(typed);
        return new BusinessException("error.coupon.unavailable",
                shown.length() > Coupon.CODE_LENGTH ? shown.substring(0, Coupon.CODE_LENGTH) : shown);
    }

    private Coupon find(String code) {
        if (!Coupon.isWellFormed(code)) {
            throw unknown(code);
        }
        return em.createNamedQuery(Coupon.BY_CODE, Coupon.class)
                .setParameter("code", Coupon.normalizeCode(code))
                .getResultStream().findFirst()
                .orElseThrow(() -> unknown(code));
    }

    private long countUsesBy(Coupon coupon, String customerEmail) {
        return em.createNamedQuery(CouponUse.COUNT_OF_CUSTOMER, Long.class)
                .setParameter("coupon", coupon).setParameter("email", email(customerEmail))
                .getSingleResult();
    }

    private static String email(String customerEmail) {
        if (customerEmail == null || customerEmail.isBlank()) {
            throw new IllegalArgumentException("a coupon is used by a signed-in customer: the e-mail address is required");
        }
        return Account.normalizeEmail(customerEmail);
    }

    private static BusinessException unknown(String code) {
        String typed = code == null ? "" : code.strip();
        return new BusinessException("error.coupon.unknown", typed.length() > Coupon.CODE_LENGTH
                ? typed.substring(0, Coupon.CODE_LENGTH) : typed);
    }
}
