package eu.trustdesk.ordering.control;

import eu.trustdesk.platform.RateLimiter;
import eu.trustdesk.shared.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits the discount codes a person may try: after {@value #MAX_REFUSALS} refused codes within
 * {@link #WINDOW}, from one network address or by one account, every further code is refused
 * unchecked until the oldest refusal leaves the window. Codes that work are not counted: a
 * customer applying a real code is never slowed down, a script guessing codes is.
 */
@ApplicationScoped
public class CouponThrottle {

    public static final int MAX_REFUSALS = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final RateLimiter refusals = new RateLimiter(MAX_REFUSALS, WINDOW);

    /**
     * Refuses at once when the account (null for a visitor) or the address has too many refused
     * codes in the window.
     *
     * @throws BusinessException {@code error.coupon.throttled} with the minutes to wait
     */
    public void checkAllowed(String account, String address, Instant now) {
        long wait = Math.max(account == null ? 0 : refusals.blocked("account:" + account, now).orElse(0),
                refusals.blocked("address:" + address, now).orElse(0));
        if (wait > 0) {
            throw new BusinessException("error.coupon.throttled", (wait + 59) / 60);
        }
    }

    /** Counts a refused code against the account (when signed in) and the address. */
    public void refused(String account, String address, Instant now) {
        if (account != null) {
            refusals.record("account:" + account, now);
        }
        refusals.record("address:" + address, now);
    }
}
