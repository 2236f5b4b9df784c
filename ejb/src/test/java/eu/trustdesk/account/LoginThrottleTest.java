package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.control.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ATTACKER = "203.0.113.7";

    private final LoginThrottle throttle = new LoginThrottle();

    /** Failures one second apart from T0. */
    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(throttle.allows(address, T0.plusSeconds(i)), "attempt " + (i + 1) + " is allowed");
            throttle.recordFailure(address, T0.plusSeconds(i));
        }
    }

    @Test
    void theLimitsAreTwentyFailuresInFifteenMinutes() {
        assertEquals(20, LoginThrottle.MAX_FAILURES);
        assertEquals(Duration.ofMinutes(15), LoginThrottle.WINDOW);
    }

    @Test
    void anUnknownAddressIsAllowed() {
        assertTrue(throttle.allows(ATTACKER, T0));
    }

    @Test
    void nineteenFailuresStillAllowAnAttempt() {
        fail(ATTACKER, LoginThrottle.MAX_FAILURES - 1);
        assertTrue(throttle.allows(ATTACKER, T0.plusSeconds(60)));
    }

    @Test
    void twentyFailuresWithinTheWindowBlockTheAddress() {
        fail(ATTACKER, LoginThrottle.MAX_FAILURES);
        assertFalse(throttle.allows(ATTACKER, T0.plusSeconds(60)));
        assertFalse(throttle.allows(ATTACKER, T0.plus(LoginThrottle.WINDOW).minusMillis(1)),
                "blocked until the oldest failure leaves the window");
    }

    @Test
    void theTwentyFirstAttemptIsAllowedOnceTheWindowHasPassed() {
        fail(ATTACKER, LoginThrottle.MAX_FAILURES);
        assertTrue(throttle.allows(ATTACKER, T0.plus(LoginThrottle.WINDOW)));
        assertTrue(throttle.allows(ATTACKER, T0.plus(LoginThrottle.WINDOW).plusSeconds(60)));
    }

    @Test
    void aFailureAfterTheWindowBlocksAgainOnlyWithTwentyRecentOnes() {
        fail(ATTACKER, LoginThrottle.MAX_FAILURES);
        Instant later = T0.plus(LoginThrottle.WINDOW);
        throttle.recordFailure(ATTACKER, later);
        assertFalse(throttle.allows(ATTACKER, later), "19 failures still in the window and a new one");
        assertTrue(throttle.allows(ATTACKER, later.plusSeconds(1)), "the second oldest has left the window");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotBlock() {
        for (int minute = 0; minute < 30; minute++) {
            Instant at = T0.plus(Duration.ofMinutes(minute));
            assertTrue(throttle.allows(ATTACKER, at), "minute " + minute);
            throttle.recordFailure(ATTACKER, at);
        }
    }

    @Test
    void otherAddressesAreNotAffected() {
        fail(ATTACKER, LoginThrottle.MAX_FAILURES);
        assertFalse(throttle.allows(ATTACKER, T0.plusSeconds(60)));
        assertTrue(throttle.allows("198.51.100.23", T0.plusSeconds(60)));
        assertTrue(throttle.allows("2001:db8::1", T0.plusSeconds(60)));
    }

    @Test
    void anUnknownAddressIsCountedAsOne() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.recordFailure(null, T0.plusSeconds(i));
        }
        assertFalse(throttle.allows(null, T0.plusSeconds(60)));
        assertTrue(throttle.allows(ATTACKER, T0.plusSeconds(60)));
    }
}
