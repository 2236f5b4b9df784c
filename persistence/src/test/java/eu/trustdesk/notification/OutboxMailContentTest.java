package eu.trustdesk.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.notification.entity.MailStatus;
import eu.trustdesk.notification.entity.OutboxMail;
import eu.trustdesk.shared.Language;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A mail's sealed content and its purge: only a delivered mail loses its content, and keeps its envelope. */
class OutboxMailContentTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static OutboxMail sealedMail() {
        return new OutboxMail("elodie.obrien@example.fr", Language.FR, "account.reset", "Réinitialisez votre mot de passe",
                "Bonjour Élodie, http://x/password-reset.xhtml?token=••••", "<p>masqué</p>", NOW)
                .seal("v1:texte", "v1:html");
    }

    @Test
    void aDeliveredMailLosesItsBodiesSealedOrNotAndAttachmentsButKeepsItsEnvelope() {
        OutboxMail mail = sealedMail().attach("devis.pdf", "application/pdf", new byte[] {1, 2, 3});
        mail.claim(NOW);
        mail.delivered(NOW.plusSeconds(2));
        Instant later = NOW.plus(Duration.ofDays(31));

        mail.purgeContent(later);

        assertEquals("", mail.textBody());
        assertEquals("", mail.htmlBody());
        assertNull(mail.sealedText());
        assertNull(mail.sealedHtml());
        assertTrue(mail.attachments().isEmpty());
        assertTrue(mail.sealed(), "the console still says the mail carried secrets");
        assertEquals(later, mail.contentPurgedAt());
        assertEquals("elodie.obrien@example.fr", mail.recipient());
        assertEquals("Réinitialisez votre mot de passe", mail.subject());
        assertEquals(MailStatus.SENT, mail.status());
        assertEquals(NOW.plusSeconds(2), mail.sentAt());
        assertThrows(IllegalStateException.class, () -> mail.resend(later), "nothing left to send");
    }

    @Test
    void aMailNotDeliveredYetKeepsItsContent() {
        OutboxMail pending = sealedMail();
        assertThrows(IllegalStateException.class, () -> pending.purgeContent(NOW));
        assertEquals("v1:texte", pending.sealedText());
        assertFalse(pending.contentPurged());
    }

    @Test
    void aMailIsSealedOnlyBeforeItsFirstAttempt() {
        OutboxMail mail = new OutboxMail("a@example.test", Language.EN, "account.verify", "s", "t", "h", NOW);
        mail.claim(NOW);
        assertThrows(IllegalStateException.class, () -> mail.seal("v1:a", "v1:b"));
    }
}
