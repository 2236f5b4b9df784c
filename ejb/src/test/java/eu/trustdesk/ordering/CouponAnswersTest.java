package eu.trustdesk.ordering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.trustdesk.ordering.control.CouponRedemption;
import eu.trustdesk.ordering.control.CouponThrottle;
import eu.trustdesk.shared.BusinessException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a customer is told about a discount code: one answer whether it does not exist, is
 * switched off, not yet or no longer valid, or used up; and no more than ten refused codes per
 * quarter of an hour, per address and per account.
 */
class CouponAnswersTest {

    private static final Instant NOW = Instant.parse("2026-12-07T20:15:00Z");

    @Test
    void unknownExpiredAndExhaustedCodesGetTheSameAnswer() {
        BusinessException unknown = CouponRedemption.asCustomerSees(
                new BusinessException("error.coupon.unknown", "noel2026"), "noel2026");
        BusinessException expired = CouponRedemption.asCustomerSees(
                new BusinessException("error.coupon.expired", "NOEL2026"), "noel2026");
        BusinessException exhausted = CouponRedemption.asCustomerSees(
                new BusinessException("error.coupon.exhausted", "NOEL2026"), "noel2026");
        for (BusinessException seen : new BusinessException[] {unknown, expired, exhausted,
                CouponRedemption.asCustomerSees(new BusinessException("error.coupon.disabled", "NOEL2026"), " noel2026 "),
                CouponRedemption.asCustomerSees(new BusinessException("error.coupon.notYetValid", "NOEL2026"), "Noel2026")}) {
            assertEquals("error.coupon.unavailable", seen.messageKey());
            assertArrayEquals(new Object[] {"NOEL2026"}, seen.arguments(), "not even the case of the letters differs");
        }
    }

    @Test
    void refusalsAboutTheCustomersOwnCartStayPrecise() {
        BusinessException mine = new BusinessException("error.coupon.perCustomerExhausted", "BIENVENUE10");
        assertEquals(mine, CouponRedemption.asCustomerSees(mine, "bienvenue10"));
        BusinessException scope = new BusinessException("error.coupon.notApplicable", "TOKEN50");
        assertEquals(scope, CouponRedemption.asCustomerSees(scope, "token50"));
    }

    @Test
    void tenRefusedCodesFromOneAddressOrAccountStopTheGuessing() {
        CouponThrottle throttle = new CouponThrottle();
        for (int i = 0; i < CouponThrottle.MAX_REFUSALS; i++) {
            throttle.checkAllowed("helene.lefevre@example.fr", "198.51.100.4", NOW);
            throttle.refused("helene.lefevre@example.fr", "198.51.100.4", NOW.plusSeconds(i));
        }
        BusinessException throttled = assertThrows(BusinessException.class,
                () -> throttle.checkAllowed("helene.lefevre@example.fr", "203.0.113.99", NOW.plusSeconds(60)));
        assertEquals("error.coupon.throttled", throttled.messageKey());
        assertArrayEquals(new Object[] {14L}, throttled.arguments(), "minutes until the first refusal is 15 minutes old");
        // the same address under another account (or none) is stopped as well
        assertThrows(BusinessException.class, () -> throttle.checkAllowed(null, "198.51.100.4", NOW.plusSeconds(60)));
        // another person elsewhere is not
        throttle.checkAllowed("niccolo.dellacqua@example.it", "192.0.2.33", NOW.plusSeconds(60));
        // a quarter of an hour later the window has moved on
        throttle.checkAllowed("helene.lefevre@example.fr", "198.51.100.4", NOW.plusSeconds(15 * 60 + 10));
    }
}
