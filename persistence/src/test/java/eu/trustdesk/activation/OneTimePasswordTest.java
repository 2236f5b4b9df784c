package eu.trustdesk.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.activation.entity.ActivationRequest;
import eu.trustdesk.activation.entity.OneTimePassword;
import eu.trustdesk.activation.entity.OneTimePassword.Outcome;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimePasswordTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final ActivationRequest request = new ActivationRequest("TD-1", "SIG", "Sig", 1, "a@example.it",
            new Account("a@example.it", "A", "B", Language.IT, "h", NOW), NOW);

    @Test
    void codesAreSixRandomDigits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = OneTimePassword.newCode();
            assertTrue(code.matches("\\d{6}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 190, "no visible repetition");
    }

    @Test
    void theRightCodeWorksOnceWithinTenMinutes() {
        OneTimePassword otp = new OneTimePassword(request, "a@example.it", "123456", NOW);
        assertEquals(Outcome.VERIFIED, otp.check("123456", NOW.plus(Duration.ofMinutes(9))));
        assertEquals(Outcome.USED, otp.check("123456", NOW.plus(Duration.ofMinutes(9))));
    }

    @Test
    void anExpiredCodeIsRefused() {
        OneTimePassword otp = new OneTimePassword(request, "a@example.it", "123456", NOW);
        assertEquals(Outcome.EXPIRED, otp.check("123456", NOW.plus(Duration.ofMinutes(10))));
    }

    @Test
    void theSixthAttemptIsRefusedEvenWithTheRightCode() {
        OneTimePassword otp = new OneTimePassword(request, "a@example.it", "123456", NOW);
        for (int i = 1; i <= 4; i++) {
            assertEquals(Outcome.WRONG, otp.check("000000", NOW));
        }
        assertEquals(Outcome.TOO_MANY_ATTEMPTS, otp.check("000000", NOW), "the fifth wrong one ends it");
        assertEquals(Outcome.TOO_MANY_ATTEMPTS, otp.check("123456", NOW));
        assertEquals(0, otp.attemptsLeft());
    }

    @Test
    void resendNoSoonerThanAMinuteAndAtMostFivePerHour() {
        BusinessException soon = assertThrows(BusinessException.class,
                () -> OneTimePassword.checkResend(List.of(NOW.minusSeconds(59)), NOW));
        assertEquals("error.otp.tooSoon", soon.messageKey());
        OneTimePassword.checkResend(List.of(NOW.minusSeconds(60)), NOW);
        List<Instant> five = List.of(NOW.minusSeconds(61), NOW.minusSeconds(600), NOW.minusSeconds(1200),
                NOW.minusSeconds(1800), NOW.minusSeconds(3000));
        BusinessException hourly = assertThrows(BusinessException.class, () -> OneTimePassword.checkResend(five, NOW));
        assertEquals("error.otp.hourlyLimit", hourly.messageKey());
        OneTimePassword.checkResend(List.of(NOW.minusSeconds(61), NOW.minusSeconds(600), NOW.minusSeconds(1200),
                NOW.minusSeconds(1800), NOW.minusSeconds(3601)), NOW);
    }
}
