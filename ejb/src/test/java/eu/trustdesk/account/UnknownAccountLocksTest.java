package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.control.UnknownAccountLocks;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.shared.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An address without an account is "locked" exactly when an account would be: the same sequence
 * of failures, at the same moments, gives the same answer at every step, so the login page cannot
 * tell which addresses have an account.
 */
class UnknownAccountLocksTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final String ADDRESS = "Zoé.D'Alembert@Exemple.fr";

    private final UnknownAccountLocks unknown = new UnknownAccountLocks();
    private final Account account = new Account("zoe.dalembert@exemple.fr", "Zoé", "D'Alembert", Language.FR,
            "hash", T0);

    @Test
    void fiveFailuresLockLikeAnAccountForFifteenMinutes() {
        for (int i = 1; i < Account.MAX_FAILED_LOGINS; i++) {
            assertFalse(unknown.recordFailure(ADDRESS, T0.plusSeconds(i)), "failure " + i + " does not lock");
            assertFalse(unknown.isLocked(ADDRESS, T0.plusSeconds(i)));
        }
        assertTrue(unknown.recordFailure(ADDRESS, T0.plusSeconds(5)), "the fifth locks");
        assertTrue(unknown.isLocked(ADDRESS, T0.plusSeconds(5)));
        assertTrue(unknown.isLocked(ADDRESS.toLowerCase(), T0.plusSeconds(5)), "addresses compared as accounts are");
        assertTrue(unknown.isLocked(ADDRESS, T0.plusSeconds(5).plus(Account.LOCK_DURATION).minusSeconds(1)));
        assertFalse(unknown.isLocked(ADDRESS, T0.plusSeconds(5).plus(Account.LOCK_DURATION)));
    }

    @Test
    void theSameFailuresGiveTheSameAnswersAsAnAccountAtEveryStep() {
        // failures every 2 minutes for an hour: locks, attempts during the lock, lock ends, again
        for (int step = 0; step < 30; step++) {
            Instant now = T0.plus(Duration.ofMinutes(2L * step));
            boolean accountLocked = account.isLocked(now);
            assertEquals(accountLocked, unknown.isLocked(ADDRESS, now), "before attempt " + step);
            if (!accountLocked) {
                account.recordFailedLogin(now);
                unknown.recordFailure(ADDRESS, now);
            }
            assertEquals(account.isLocked(now), unknown.isLocked(ADDRESS, now), "after attempt " + step);
        }
    }

    @Test
    void anotherAddressIsNotLocked() {
        for (int i = 0; i < Account.MAX_FAILED_LOGINS; i++) {
            unknown.recordFailure(ADDRESS, T0);
        }
        assertFalse(unknown.isLocked("françois.øster@exemple.fr", T0));
    }
}
