package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.AccountToken;
import eu.trustdesk.account.entity.TokenPurpose;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AccountTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private final Account account = new Account("anna@example.it", "Anna", "Bianchi", Language.IT, "hash", Instant.EPOCH);

    private AccountToken token(TokenPurpose purpose) {
        return new AccountToken(account, purpose, "a".repeat(64), ISSUED);
    }

    private static void assertRefused(String key, Executable use) {
        assertEquals(key, assertThrows(BusinessException.class, use).messageKey());
    }

    @Test
    void theValidityDependsOnThePurpose() {
        assertEquals(Duration.ofHours(24), TokenPurpose.EMAIL_VERIFICATION.validity());
        assertEquals(Duration.ofMinutes(30), TokenPurpose.PASSWORD_RESET.validity());
        assertEquals(ISSUED.plus(Duration.ofHours(24)), token(TokenPurpose.EMAIL_VERIFICATION).expiresAt());
        assertEquals(ISSUED.plus(Duration.ofMinutes(30)), token(TokenPurpose.PASSWORD_RESET).expiresAt());
    }

    @Test
    void aTokenWorksOnceAndGivesItsAccount() {
        AccountToken token = token(TokenPurpose.EMAIL_VERIFICATION);
        Instant now = ISSUED.plusSeconds(60);
        assertSame(account, token.use(TokenPurpose.EMAIL_VERIFICATION, now));
        assertEquals(now, token.usedAt());
        assertRefused("error.token.used", () -> token.use(TokenPurpose.EMAIL_VERIFICATION, now.plusSeconds(1)));
    }

    @Test
    void aResetTokenWorksUntilJustBeforeThirtyMinutes() {
        AccountToken token = token(TokenPurpose.PASSWORD_RESET);
        assertSame(account, token.use(TokenPurpose.PASSWORD_RESET, ISSUED.plus(Duration.ofMinutes(30)).minusMillis(1)));
    }

    @Test
    void aResetTokenIsExpiredAtThirtyMinutesAndAfter() {
        assertRefused("error.token.expired",
                () -> token(TokenPurpose.PASSWORD_RESET).use(TokenPurpose.PASSWORD_RESET, ISSUED.plus(Duration.ofMinutes(30))));
        assertRefused("error.token.expired",
                () -> token(TokenPurpose.PASSWORD_RESET).use(TokenPurpose.PASSWORD_RESET, ISSUED.plus(Duration.ofMinutes(31))));
    }

    @Test
    void aVerificationTokenLastsADay() {
        assertSame(account, token(TokenPurpose.EMAIL_VERIFICATION)
                .use(TokenPurpose.EMAIL_VERIFICATION, ISSUED.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertRefused("error.token.expired", () -> token(TokenPurpose.EMAIL_VERIFICATION)
                .use(TokenPurpose.EMAIL_VERIFICATION, ISSUED.plus(Duration.ofHours(24))));
    }

    @Test
    void anExpiredTokenStaysUnused() {
        AccountToken token = token(TokenPurpose.PASSWORD_RESET);
        assertRefused("error.token.expired", () -> token.use(TokenPurpose.PASSWORD_RESET, ISSUED.plus(Duration.ofHours(1))));
        assertNull(token.usedAt());
    }

    @Test
    void aTokenOfAnotherPurposeIsInvalid() {
        AccountToken verification = token(TokenPurpose.EMAIL_VERIFICATION);
        assertRefused("error.token.invalid", () -> verification.use(TokenPurpose.PASSWORD_RESET, ISSUED.plusSeconds(1)));
        assertNull(verification.usedAt(), "a refused use does not spend the token");
        assertSame(account, verification.use(TokenPurpose.EMAIL_VERIFICATION, ISSUED.plusSeconds(2)));

        AccountToken reset = token(TokenPurpose.PASSWORD_RESET);
        assertRefused("error.token.invalid", () -> reset.use(TokenPurpose.EMAIL_VERIFICATION, ISSUED.plusSeconds(1)));
    }

    @Test
    void aWithdrawnTokenCannotBeUsed() {
        AccountToken token = token(TokenPurpose.PASSWORD_RESET);
        token.withdraw(ISSUED.plusSeconds(10));
        assertRefused("error.token.used", () -> token.use(TokenPurpose.PASSWORD_RESET, ISSUED.plusSeconds(20)));
    }

    @Test
    void withdrawingAUsedTokenKeepsTheTimeOfUse() {
        AccountToken token = token(TokenPurpose.PASSWORD_RESET);
        Instant used = ISSUED.plusSeconds(10);
        token.use(TokenPurpose.PASSWORD_RESET, used);
        token.withdraw(ISSUED.plusSeconds(20));
        assertEquals(used, token.usedAt());
    }
}
