package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.control.LoginThrottle;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What protects an account, through the pages a user would use (in French): verification link
 * single use, lock after repeated wrong passwords, reset by mail, and a password change that
 * closes the account's other sessions.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    private static final String PASSWORD = "vingt mille lieues sous les mers";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @BeforeAll
    static void mailServer() {
        MailCatcher.start();
    }

    private WebSession visitor() throws Exception {
        return new WebSession(base.toURI(), "fr");
    }

    /** Registers a new account through the page and returns its address, not yet verified. */
    private String register(WebSession session) {
        String email = "jules." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        session.open("register.xhtml?lang=fr");
        HttpResponse<String> done = session.submit("register", "submit", Map.of("firstName", "Jules", "lastName",
                "Verne", "email", email, "password", PASSWORD, "privacy_input", "on"));
        assertTrue(done.body().contains("id=\"done\""), "registered: " + done.body().length());
        return email;
    }

    private String registerAndVerify(WebSession session) {
        String email = register(session);
        session.open(MailCatcher.awaitLink(email, "verify.xhtml?token="));
        return email;
    }

    @Test
    void theVerificationLinkWorksOnceAndNoLoginBeforeIt() throws Exception {
        WebSession session = visitor();
        String email = register(session);
        HttpResponse<String> early = session.signIn(email, PASSWORD);
        assertEquals(200, early.statusCode());
        assertTrue(early.body().contains("pas encore confirmée"), "told to confirm first");

        String link = MailCatcher.awaitLink(email, "verify.xhtml?token=");
        assertTrue(session.open(link).body().contains("id=\"verified\""));
        assertTrue(session.open(link).body().contains("Ce lien a déjà été utilisé"), "single use");
        assertTrue(session.open("verify.xhtml?token=forged-" + UUID.randomUUID()).body()
                .contains("Copiez le lien complet"));

        assertEquals(302, session.signIn(email, PASSWORD).statusCode(), "signs in once verified");
    }

    @Test
    void aCommonPasswordOrAMissingPrivacyAcknowledgementIsRefused() throws Exception {
        WebSession session = visitor();
        session.open("register.xhtml?lang=fr");
        HttpResponse<String> common = session.submit("register", "submit", Map.of("firstName", "A", "lastName", "B",
                "email", "common-" + UUID.randomUUID() + "@example.test", "password", "password1234",
                "privacy_input", "on"));
        assertTrue(common.body().contains("trop courant"), "common password refused");
        assertTrue(common.body().contains("common-"), "the form keeps what was typed");

        session.open("register.xhtml?lang=fr");
        HttpResponse<String> noPrivacy = session.submit("register", "submit", Map.of("firstName", "A", "lastName",
                "B", "email", "noprivacy-" + UUID.randomUUID() + "@example.test", "password", PASSWORD));
        assertTrue(noPrivacy.body().contains("politique de confidentialité : un compte ne peut pas"),
                "privacy notice is mandatory");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        // from an address of its own: these failures count against it, not against the other tests
        WebSession session = visitor().from("192.0.2." + (1 + new SecureRandom().nextInt(250)));
        String email = registerAndVerify(session);
        for (int i = 1; i <= 4; i++) {
            assertTrue(session.signIn(email, "wrong password number " + i).body().contains("est incorrect"));
        }
        assertTrue(session.signIn(email, "wrong password number 5").body().contains("ce compte est bloqué pendant 15 minutes"));
        HttpResponse<String> right = session.signIn(email, PASSWORD);
        assertEquals(200, right.statusCode(), "the right password does not open a locked account");
        assertTrue(right.body().contains("bloqué"));
    }

    @Test
    void failedSignInsAreThrottledPerClientBehindTheProxyNotForEveryone() throws Exception {
        // two customers behind the same reverse proxy (127.0.0.1 is a trusted proxy in the tests)
        String guesser = "198.51.100." + (1 + new SecureRandom().nextInt(250));
        String neighbour = "203.0.113." + (1 + new SecureRandom().nextInt(250));
        WebSession honest = visitor().from(neighbour);
        String email = registerAndVerify(honest);
        honest.forgetCookies();

        WebSession attacker = visitor().from(guesser);
        for (int i = 1; i <= LoginThrottle.MAX_FAILURES; i++) {
            attacker.signIn("personne-" + i + "-" + UUID.randomUUID() + "@exemple.fr", "n'importe quoi " + i);
        }
        HttpResponse<String> held = attacker.signIn(email, PASSWORD);
        assertEquals(200, held.statusCode(), "even the right password is held back from the guessing address");
        assertTrue(held.body().contains("Trop de connexions échouées depuis votre réseau"), held.body());

        HttpResponse<String> signedIn = honest.signIn(email, PASSWORD);
        assertEquals(302, signedIn.statusCode(), "a customer behind the same proxy is not held back");
    }

    @Test
    void aPasswordChangeClosesTheOtherSessionsOnly() throws Exception {
        WebSession laptop = visitor();
        String email = registerAndVerify(laptop);
        WebSession phone = visitor();
        WebSession tablet = visitor();
        assertEquals(302, laptop.signIn(email, PASSWORD).statusCode());
        assertEquals(302, phone.signIn(email, PASSWORD).statusCode());
        assertEquals(302, tablet.signIn(email, PASSWORD).statusCode());
        assertEquals(200, phone.open("customer/index.xhtml").statusCode());

        laptop.open("account/profile.xhtml");
        HttpResponse<String> changed = laptop.submit("password", "change",
                Map.of("current", PASSWORD, "new", "un tout autre mot de passe"));
        assertTrue(changed.body().contains("Vos autres sessions"), "confirmed to the user");

        assertEquals(200, laptop.open("customer/index.xhtml").statusCode(), "this session goes on");
        HttpResponse<String> ended = phone.get("customer/index.xhtml");
        assertEquals(302, ended.statusCode());
        assertTrue(ended.headers().firstValue("Location").orElseThrow().contains("login.xhtml?ended=true"));
        assertTrue(phone.open("customer/index.xhtml").body().contains("login:email"), "signed out for good");
        // a download is no way around it: the old session ends there too, before any document is looked up
        HttpResponse<String> download = tablet.get("customer/documents/purchase-order/1");
        assertEquals(302, download.statusCode(), "a download of the old session");
        assertTrue(download.headers().firstValue("Location").orElseThrow().contains("login.xhtml?ended=true"));

        assertTrue(phone.signIn(email, PASSWORD).body().contains("est incorrect"), "old password is dead");
        assertEquals(302, phone.signIn(email, "un tout autre mot de passe").statusCode());
    }

    @Test
    void aForgottenPasswordIsResetOnceByMail() throws Exception {
        WebSession session = visitor();
        String email = registerAndVerify(session);
        session.open("password-forgotten.xhtml");
        assertTrue(session.submit("forgotten", "submit", Map.of("email", email)).body().contains("le lien vient"));
        // an unknown address gets the same answer
        session.open("password-forgotten.xhtml");
        assertTrue(session.submit("forgotten", "submit", Map.of("email", "nobody-" + UUID.randomUUID() + "@example.test"))
                .body().contains("le lien vient"));

        String link = MailCatcher.awaitLink(email, "password-reset.xhtml?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        session.open(link);
        assertTrue(session.submit("reset", "submit", Map.of("token", token, "password", "short")).body()
                .contains("au moins 12 caractères"), "policy applies, the link stays usable");
        session.open(link);
        HttpResponse<String> reset = session.submit("reset", "submit", Map.of("token", token, "password",
                "le tour du monde en quatre-vingts jours"));
        assertEquals(302, reset.statusCode());

        assertEquals(302, visitor().signIn(email, "le tour du monde en quatre-vingts jours").statusCode());
        session.open(link);
        assertTrue(session.submit("reset", "submit", Map.of("token", token, "password", "encore un autre essai ici"))
                .body().contains("Ce lien a déjà été utilisé"), "single use");
    }
}
