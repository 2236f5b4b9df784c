package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.shared.Language;
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
}
