package eu.trustdesk.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.notification.control.MailTemplates;
import eu.trustdesk.notification.control.RenderedMail;
import eu.trustdesk.notification.control.Secret;
import eu.trustdesk.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each kind of secret a mail carries (address confirmation, password reset, applicant invitation,
 * one-time password) is in the recipient's copy and masked in the copy the outbox shows, in
 * every language.
 */
class MailSecretsTest {

    private static final String BASE = "https://trustdesk.test/";
    private static final String TOKEN = "q7Xk2_Lm-9PzR4tY";
    private static final String OTP = "482913";

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(Language.class)
    void theAddressConfirmationLinkIsMasked(Language language) {
        assertMasked(templates.render("account.verify", language, "Zoé",
                Secret.link(BASE + "verify.xhtml?token=", TOKEN)), BASE + "verify.xhtml?token=", TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePasswordResetLinkIsMasked(Language language) {
        assertMasked(templates.render("account.reset", language, "Françoise",
                Secret.link(BASE + "password-reset.xhtml?token=", TOKEN), 30), BASE + "password-reset.xhtml?token=", TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theApplicantInvitationLinkIsMasked(Language language) {
        assertMasked(templates.render("order.applicantInvitation", language, "Niccolò",
                Secret.link(BASE + "customer/applicant.xhtml?token=", TOKEN), "TD-2026-000042",
                "Jean-Noël L'Écuyer (Café de l'Été SARL)"), BASE + "customer/applicant.xhtml?token=", TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theOneTimePasswordIsMasked(Language language) {
        RenderedMail mail = templates.render("activation.otp", language, "Łucja", BASE + "customer/request.xhtml?id=7",
                Secret.code(OTP), 10);
        assertMasked(mail, "", OTP);
        assertTrue(mail.maskedText().contains(BASE + "customer/request.xhtml?id=7"), "links that are no secret stay");
    }

    @Test
    void aMailWithoutSecretHasNoMaskedCopy() {
        RenderedMail mail = templates.render("account.exists", Language.FR, "Zoé", BASE + "login.xhtml");
        assertFalse(mail.hasSecrets());
    }

    @Test
    void aSecretNeverShowsInALogLine() {
        assertFalse(Secret.link(BASE + "verify.xhtml?token=", TOKEN).toString().contains(TOKEN));
    }

    private static void assertMasked(RenderedMail mail, String visible, String secret) {
        assertTrue(mail.hasSecrets());
        assertTrue(mail.text().contains(visible + secret), "the recipient gets it: " + mail.text());
        assertTrue(mail.html().contains(visible + secret), mail.html());
        for (String shown : new String[] {mail.maskedText(), mail.maskedHtml(), mail.subject()}) {
            assertFalse(shown.contains(secret), shown);
        }
        assertTrue(mail.maskedText().contains(visible + "••••"), mail.maskedText());
        assertTrue(mail.maskedHtml().contains(visible + "••••"), mail.maskedHtml());
        assertEquals(mail.text().replace(visible + secret, visible + "••••"), mail.maskedText(),
                "nothing else differs");
    }
}
