package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.control.TotpCodes;
import java.net.URI;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The codes an authenticator app shows, and the window of steps accepted around the server's time. */
class TotpCodesTest {

    /** RFC 6238 appendix B's SHA-1 seed "12345678901234567890" in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private final TotpCodes totp = new TotpCodes();

    @Test
    void theCodesAreThoseOfRfc6238() {
        // appendix B gives 8 digits; an app shows the last 6
        assertEquals("287082", totp.codeAt(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", totp.codeAt(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("353130", totp.codeAt(RFC_SECRET, TotpCodes.step(Instant.ofEpochSecond(20000000000L))));
    }

    @Test
    void theCurrentStepAndOneOnEachSideAreAcceptedNoMore() {
        Instant now = Instant.ofEpochSecond(1_800_000_015L);
        long step = TotpCodes.step(now);
        assertEquals(OptionalLong.of(step), totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step), now));
        assertEquals(OptionalLong.of(step - 1), totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step - 1), now));
        assertEquals(OptionalLong.of(step + 1), totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step + 1), now));
        assertEquals(OptionalLong.empty(), totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step - 2), now));
        assertEquals(OptionalLong.empty(), totp.matchingStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step + 2), now));
    }

    @Test
    void aCodeIsSixDigitsSpacesAllowed() {
        Instant now = Instant.ofEpochSecond(59);
        assertTrue(totp.matchingStep(RFC_SECRET, "287 082", now).isPresent());
        assertFalse(totp.matchingStep(RFC_SECRET, "28708", now).isPresent());
        assertFalse(totp.matchingStep(RFC_SECRET, "2870821", now).isPresent());
        assertFalse(totp.matchingStep(RFC_SECRET, "abcdef", now).isPresent());
        assertFalse(TotpCodes.looksLikeCode("k7m2-x9ab-4cde-fghj"));
    }

    @Test
    void theQrCodeNamesTrustDeskAndTheAccount() {
        String secret = totp.newSecret();
        assertEquals(32, secret.length());
        assertTrue(secret.matches("[A-Z2-7]+"), secret);
        URI uri = URI.create(totp.otpauthUri("zoë.d'aurevilly@example.fr", secret));
        assertEquals("otpauth", uri.getScheme());
        assertEquals("totp", uri.getHost());
        assertTrue(uri.getPath().contains("TrustDesk:zoë.d'aurevilly@example.fr"), uri.getPath());
        assertTrue(uri.getQuery().contains("secret=" + secret), uri.getQuery());
        assertTrue(uri.getQuery().contains("issuer=TrustDesk"), uri.getQuery());
        assertTrue(uri.getQuery().contains("digits=6") && uri.getQuery().contains("period=30"), uri.getQuery());
    }
}
