package eu.trustdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.trustdesk.notification.entity.MailStatus;
import eu.trustdesk.notification.entity.OutboxMail;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static OutboxMail mail() {
        return new OutboxMail("anna@example.it", Language.IT, "account.verify", "Oggetto", "Testo", "<p>Testo</p>", NOW);
    }

    @Test
    void aFailedAttemptWaitsForItsBackoffThenIsRetried() {
        OutboxMail mail = mail();
        mail.claim(NOW);
        mail.deliveryFailed("Connection refused", NOW, Duration.ofSeconds(30), 5);
        assertEquals(MailStatus.PENDING, mail.status());
        assertEquals(1, mail.attempts());
        assertEquals(NOW.plusSeconds(30), mail.nextAttemptAt());
        assertThrows(IllegalStateException.class, () -> mail.claim(NOW.plusSeconds(29)), "not due yet");
        mail.claim(NOW.plusSeconds(30));
        mail.delivered(NOW.plusSeconds(31));
        assertEquals(MailStatus.SENT, mail.status());
    }

    @Test
    void aSentMailCannotBeClaimedAgain() {
        OutboxMail mail = mail();
        mail.claim(NOW);
        mail.delivered(NOW);
        assertThrows(IllegalStateException.class, () -> mail.claim(NOW.plusSeconds(60)));
        assertThrows(IllegalStateException.class, () -> mail.delivered(NOW));
    }

    @Test
    void afterTheLastAttemptTheMailFailsUntilAnAdministratorResendsIt() {
        OutboxMail mail = mail();
        mail.claim(NOW);
        mail.deliveryFailed("550 mailbox unavailable", NOW, Duration.ofSeconds(1), 1);
        assertEquals(MailStatus.FAILED, mail.status());
        assertThrows(IllegalStateException.class, () -> mail.claim(NOW.plusSeconds(3600)));
        mail.resend(NOW.plusSeconds(3600));
        assertEquals(MailStatus.PENDING, mail.status());
        assertEquals(0, mail.attempts());
    }

    @Test
    void aClaimLeftByAStoppedServerIsReleased() {
        OutboxMail mail = mail();
        mail.claim(NOW);
        mail.releaseStaleClaim(NOW.plusSeconds(300));
        assertEquals(MailStatus.PENDING, mail.status());
        mail.claim(NOW.plusSeconds(300));
    }
}
