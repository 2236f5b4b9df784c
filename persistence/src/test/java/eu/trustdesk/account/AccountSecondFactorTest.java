package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.shared.Language;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The account's side of the second factor: who needs it, replay of a time step, recovery codes used once, reset. */
class AccountSecondFactorTest {

    private static Account account(Role role) {
        Account account = new Account("zoë.d'aurevilly@example.fr", "Zoë", "d'Aurevilly", Language.FR, "hash", Instant.EPOCH)
                .grant(role);
        account.activate();
        return account;
    }

    @Test
    void staffNeedASecondFactorCustomersAndPartnersMayChoose() {
        assertTrue(account(Role.ADMIN).secondFactorRequired());
        assertTrue(account(Role.VALIDATOR).secondFactorRequired());
        assertTrue(account(Role.ACCOUNTANT).secondFactorRequired());
        assertFalse(account(Role.CUSTOMER).secondFactorRequired());
        assertFalse(account(Role.PARTNER).secondFactorRequired());
    }

    @Test
    void aTimeStepIsAcceptedOnceAndNeverAnEarlierOne() {
        Account account = account(Role.VALIDATOR);
        account.enableSecondFactor("sealed", 100, Set.of("h1"), Instant.EPOCH);
        assertFalse(account.acceptTotpStep(100, false), "the code typed at enrolment is used");
        assertTrue(account.acceptTotpStep(101, false));
        assertFalse(account.acceptTotpStep(101, false), "same step again: replay");
        assertFalse(account.acceptTotpStep(100, false), "an older step after a newer one");
        assertTrue(account.acceptTotpStep(102, false));
        assertEquals(102L, account.totpLastStep());
    }

    @Test
    void theDemoExemptionAcceptsAnyStepAndWritesNothing() {
        Account account = account(Role.ADMIN);
        account.enableSecondFactor("sealed", 100, Set.of("h1"), Instant.EPOCH);
        assertTrue(account.acceptTotpStep(100, true));
        assertTrue(account.acceptTotpStep(99, true));
        assertTrue(account.acceptTotpStep(101, true));
        assertEquals(100L, account.totpLastStep(), "nothing written: concurrent demo sign-ins do not collide");
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        Account account = account(Role.CUSTOMER);
        account.enableSecondFactor("sealed", 1, Set.of("h1", "h2"), Instant.EPOCH);
        assertTrue(account.useRecoveryCode("h1"));
        assertFalse(account.useRecoveryCode("h1"));
        assertFalse(account.useRecoveryCode("unknown"));
        assertEquals(1, account.recoveryCodesLeft());
    }

    @Test
    void staffCannotTurnItOffButAnAdministratorResetEndsTheirSessions() {
        Account validator = account(Role.VALIDATOR);
        validator.enableSecondFactor("sealed", 1, Set.of("h1"), Instant.EPOCH);
        assertThrows(IllegalStateException.class, validator::disableSecondFactor);
        int before = validator.credentialsVersion();
        validator.resetSecondFactor();
        assertFalse(validator.secondFactorOn());
        assertNull(validator.sealedTotpSecret());
        assertEquals(0, validator.recoveryCodesLeft());
        assertEquals(before + 1, validator.credentialsVersion());
        assertThrows(IllegalStateException.class, validator::resetSecondFactor, "nothing left to reset");
    }

    @Test
    void aCustomerTurnsItOffAndOnAgain() {
        Account customer = account(Role.CUSTOMER);
        customer.enableSecondFactor("sealed", 1, Set.of("h1"), Instant.EPOCH);
        assertThrows(IllegalStateException.class,
                () -> customer.enableSecondFactor("other", 2, Set.of("h2"), Instant.EPOCH));
        customer.disableSecondFactor();
        assertFalse(customer.secondFactorOn());
        assertFalse(customer.useRecoveryCode("h1"));
        customer.enableSecondFactor("other", 2, Set.of("h2"), Instant.EPOCH);
        assertTrue(customer.secondFactorOn());
    }
}
