package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.shared.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static Account newAccount() {
        return new Account(" Anna.Bianchi@Example.IT ", "Anna", "Bianchi", Language.IT, "hash", Instant.EPOCH);
    }

    @Test
    void theLoginIsTheAddressInLowerCase() {
        assertEquals("anna.bianchi@example.it", newAccount().email());
    }

    @Test
    void aNewAccountCannotSignInBeforeItsAddressIsVerified() {
        Account account = newAccount().grant(Role.CUSTOMER);
        assertFalse(account.maySignIn());
        account.activate();
        assertTrue(account.maySignIn());
    }

    @Test
    void anAccountWithoutRoleOrDisabledCannotSignIn() {
        Account noRole = newAccount();
        noRole.activate();
        assertFalse(noRole.maySignIn());

        Account disabled = newAccount().grant(Role.CUSTOMER);
        disabled.activate();
        disabled.disable();
        assertFalse(disabled.maySignIn());
        assertThrows(IllegalStateException.class, disabled::activate, "a disabled account is not reactivated by a link");
    }

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Account failedTimes(int times, Instant at) {
        Account account = newAccount();
        for (int i = 0; i < times; i++) {
            account.recordFailedLogin(at.plusSeconds(i));
        }
        return account;
    }

    @Test
    void fewerFailuresThanTheLimitDoNotLock() {
        Account account = failedTimes(Account.MAX_FAILED_LOGINS - 1, T0);
        assertFalse(account.isLocked(T0.plusSeconds(10)));
        assertEquals(Account.MAX_FAILED_LOGINS - 1, account.failedLogins());
        assertNull(account.lockedUntil());
    }

    @Test
    void theFifthConsecutiveFailureLocksForFifteenMinutes() {
        assertEquals(5, Account.MAX_FAILED_LOGINS);
        assertEquals(Duration.ofMinutes(15), Account.LOCK_DURATION);
        Account account = newAccount();
        for (int i = 0; i < Account.MAX_FAILED_LOGINS - 1; i++) {
            account.recordFailedLogin(T0);
        }
        Instant lastFailure = T0.plusSeconds(30);
        account.recordFailedLogin(lastFailure);
        assertTrue(account.isLocked(lastFailure));
        assertEquals(lastFailure.plus(Account.LOCK_DURATION), account.lockedUntil());
        assertTrue(account.isLocked(lastFailure.plus(Account.LOCK_DURATION).minusMillis(1)));
    }

    @Test
    void theLockEndsAfterItsDuration() {
        Account account = failedTimes(Account.MAX_FAILED_LOGINS, T0);
        Instant until = account.lockedUntil();
        assertFalse(account.isLocked(until), "the lock ends exactly at lockedUntil");
        assertFalse(account.isLocked(until.plusSeconds(60)));
    }

    @Test
    void attemptsDuringTheLockDoNotProlongIt() {
        Account account = failedTimes(Account.MAX_FAILED_LOGINS, T0);
        Instant until = account.lockedUntil();
        for (int i = 1; i <= 3 * Account.MAX_FAILED_LOGINS; i++) {
            account.recordFailedLogin(T0.plus(Duration.ofMinutes(10)).plusSeconds(i));
        }
        assertEquals(until, account.lockedUntil());
        assertFalse(account.isLocked(until));
    }

    @Test
    void afterTheLockTheCountStartsAgainFromZero() {
        Account account = failedTimes(Account.MAX_FAILED_LOGINS, T0);
        Instant after = account.lockedUntil().plusSeconds(1);
        account.recordFailedLogin(after);
        assertFalse(account.isLocked(after), "one failure after a lock does not lock again");
        assertEquals(1, account.failedLogins());
    }

    @Test
    void aSuccessResetsTheCounter() {
        Account account = failedTimes(Account.MAX_FAILED_LOGINS - 1, T0);
        account.recordSuccessfulLogin();
        assertEquals(0, account.failedLogins());
        Instant later = T0.plusSeconds(60);
        for (int i = 0; i < Account.MAX_FAILED_LOGINS - 1; i++) {
            account.recordFailedLogin(later);
        }
        assertFalse(account.isLocked(later), "failures are counted only when consecutive");
        account.recordFailedLogin(later);
        assertTrue(account.isLocked(later));
    }

    @Test
    void changingThePasswordRaisesTheCredentialsVersionAndEndsTheLock() {
        Account account = failedTimes(Account.MAX_FAILED_LOGINS, T0);
        int before = account.credentialsVersion();
        assertTrue(account.isLocked(T0.plusSeconds(60)));

        account.changePasswordHash("new-hash");

        assertEquals("new-hash", account.passwordHash());
        assertEquals(before + 1, account.credentialsVersion());
        assertFalse(account.isLocked(T0.plusSeconds(60)));
        assertNull(account.lockedUntil());
        assertEquals(0, account.failedLogins());

        account.changePasswordHash("newer-hash");
        assertEquals(before + 2, account.credentialsVersion(), "every change raises it");
    }

    @Test
    void changingThePasswordClearsPendingFailures() {
        Account account = failedTimes(Account.MAX_FAILED_LOGINS - 1, T0);
        account.changePasswordHash("new-hash");
        account.recordFailedLogin(T0.plusSeconds(60));
        assertFalse(account.isLocked(T0.plusSeconds(60)));
    }
}
