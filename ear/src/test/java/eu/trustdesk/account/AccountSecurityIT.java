package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *
 * <p>Issue 14, item 8: no answer tells whether an address has an account (sign-in of an unknown
 * address locks like an account's, registration of a known address shows the same page and mails
 * its owner instead, at most three times a day); a wrong current password on the profile page
 * counts like a failed sign-in; sign-ins, failures and locks are in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    private static final String PASSWORD = "vingt mille lieues sous les mers";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.asBuilt();
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
        WebSession session = visitor();
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

    /** The error messages of a page, in order (the login page's growl/messages list). */
    private static List<String> messages(String body) {
        Matcher m = Pattern.compile("ui-messages-(?:error|info|warn)-summary\">([^<]*)<").matcher(body);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void anUnknownAddressAndAnAccountGetTheSameAnswersUpToTheLock() throws Exception {
        WebSession session = visitor();
        String known = registerAndVerify(session);
        assertEquals(302, session.signIn(known, PASSWORD).statusCode());
        String unknown = "jules." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        for (int i = 1; i <= 6; i++) {
            HttpResponse<String> forKnown = visitor().signIn(known, "pas le bon mot de passe " + i);
            HttpResponse<String> forUnknown = visitor().signIn(unknown, "pas le bon mot de passe " + i);
            assertEquals(forKnown.statusCode(), forUnknown.statusCode(), "attempt " + i);
            assertEquals(messages(forKnown.body()), messages(forUnknown.body()), "attempt " + i);
            assertEquals(1, messages(forKnown.body()).size(), forKnown.body());
            assertTrue(messages(forKnown.body()).get(0).contains(i < 5 ? "est incorrect" : "bloqué pendant 15 minutes"),
                    "attempt " + i + ": " + messages(forKnown.body()));
        }

        // the administrator finds the failures and the lock in the audit trail, never a password
        WebSession admin = visitor();
        assertEquals(302, admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).statusCode());
        String csv = new String(admin.download("console/audit/csv?actor=" + known).body(), StandardCharsets.UTF_8);
        assertEquals(5, csv.split(",account.loginFailed,Account,", -1).length - 1, csv);
        assertEquals(1, csv.split(",account.locked,Account,", -1).length - 1, csv);
        assertTrue(csv.contains(",account.loginSucceeded,Account,"), "the sign-in before: " + csv);
        assertTrue(!csv.contains("pas le bon mot de passe"), "no password in the trail");
        String anonymous = new String(admin.download("console/audit/csv?actor=anonymous&action=account.locked").body(),
                StandardCharsets.UTF_8);
        assertTrue(anonymous.lines().count() >= 2, "the unknown address's lock, without the address: " + anonymous);
        assertTrue(!anonymous.contains(unknown));
    }

    @Test
    void registeringAKnownAddressLooksLikeANewRegistrationAndMailsItsOwnerAtMostThreeTimesADay() throws Exception {
        WebSession owner = visitor();
        String email = registerAndVerify(owner);
        for (int attempt = 1; attempt <= 4; attempt++) {
            WebSession stranger = visitor();
            stranger.open("register.xhtml?lang=fr");
            HttpResponse<String> done = stranger.submit("register", "submit", Map.of("firstName", "Gérard",
                    "lastName", "D'Estaing", "email", email, "password", "un autre mot de passe " + attempt,
                    "privacy_input", "on"));
            assertEquals(200, done.statusCode());
            assertTrue(done.body().contains("id=\"done\""), "the same page as for a new address");
            if (attempt <= 3) {
                int expected = attempt;
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(45))
                        .until(() -> accountExistsMails(email) == expected);
            }
        }
        // a mail queued after the fourth attempt arrives: had the fourth "account exists" been queued, it would be here too
        List<String> before = MailCatcher.links(email, "password-reset.xhtml?token=");
        owner.open("password-forgotten.xhtml");
        owner.submit("forgotten", "submit", Map.of("email", email));
        MailCatcher.awaitNewLink(email, "password-reset.xhtml?token=", before);
        assertEquals(3, accountExistsMails(email), "no fourth mail in a day");
        assertEquals(302, visitor().signIn(email, PASSWORD).statusCode(), "the owner's password is untouched");
    }

    private static long accountExistsMails(String email) {
        return MailCatcher.receivedBy(email).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Tentative de création de compte");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void wrongCurrentPasswordsCountLikeFailedSignInsAndTheFifthSignsOut() throws Exception {
        WebSession session = visitor();
        String email = registerAndVerify(session);
        assertEquals(302, session.signIn(email, PASSWORD).statusCode());
        for (int i = 1; i <= 4; i++) {
            session.open("account/profile.xhtml");
            HttpResponse<String> refused = session.submit("password", "change",
                    Map.of("current", "ce n'est pas lui " + i, "new", "un tout nouveau mot de passe"));
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains("Après encore " + (5 - i) + " essai(s) erroné(s)"), refused.body());
        }
        session.open("account/profile.xhtml");
        HttpResponse<String> fifth = session.submit("password", "change",
                Map.of("current", "ce n'est pas lui 5", "new", "un tout nouveau mot de passe"));
        assertEquals(302, fifth.statusCode());
        assertTrue(fifth.headers().firstValue("Location").orElseThrow().contains("login.xhtml?reason=locked"));
        assertTrue(session.open(fifth.headers().firstValue("Location").orElseThrow()).body()
                .contains("ce compte est bloqué pendant 15 minutes"), "told why");
        assertTrue(session.get("customer/index.xhtml").headers().firstValue("Location").orElse("").contains("login.xhtml"),
                "signed out");
        assertTrue(visitor().signIn(email, PASSWORD).body().contains("bloqué"), "locked even for the right password");
    }

    @Test
    void theLoginPageSaysWhenASessionReachedItsLifetime() throws Exception {
        // the lifetime itself is unit-tested with a clock (SessionGuardFilterTest); here, what the person reads
        assertTrue(visitor().open("login.xhtml?reason=expired").body().contains("Votre session a pris fin"));
    }
}
