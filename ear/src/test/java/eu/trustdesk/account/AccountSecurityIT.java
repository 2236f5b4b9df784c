package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.control.LoginThrottle;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What protects an account, through the pages a user would use (in French): verification link
 * single use, lock after repeated wrong passwords, reset by mail, a password change that
 * closes the account's other sessions, and the second factor of sign-in (required for staff,
 * optional for customers; codes single use, wrong codes locking like wrong passwords, recovery
 * codes, an administrator's reset).
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
        return TrustDeskEar.forTests();
    }

    @BeforeAll
    static void mailServer() {
        MailCatcher.start();
    }

    /**
     * The client address of this test's visitors (a new one per test method): the failed sign-ins
     * these tests make on purpose count against it, so they neither throttle each other nor the
     * other test classes, which share the deployment and sign in from 127.0.0.1.
     */
    private final String clientAddress = "198.18." + new SecureRandom().nextInt(256) + "."
            + (1 + new SecureRandom().nextInt(254));

    private WebSession visitor() throws Exception {
        return new WebSession(base.toURI(), "fr").from(clientAddress);
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

    // --- second factor -------------------------------------------------------------------------

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9]{4}(?:-[a-z2-9]{4}){3})</code></li>");

    /** A staff account that enrolled through the forced enrolment page: its address, secret, first step used, recovery codes. */
    private record Enrolled(String email, long id, String secret, long step, List<String> recoveryCodes) {

        /** A code the account has not used yet and the server accepts now (its next step; ±1 step window). */
        String nextCode() {
            return DemoAccounts.code(secret, Instant.ofEpochSecond((step + 1) * 30));
        }
    }

    private static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 30);
    }

    private static String secretOn(String page) {
        Matcher secret = SECRET.matcher(page);
        assertTrue(secret.find(), "the secret is shown as text for typing it in");
        return secret.group(1).replace(" ", "");
    }

    private static List<String> recoveryCodesOn(String page) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = RECOVERY.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    /** A verified account made a validator in the database, as an administrator would have it made. */
    private String newValidator() throws Exception {
        WebSession session = visitor();
        String email = "lucja.dambrosio." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        session.open("register.xhtml?lang=fr");
        assertTrue(session.submit("register", "submit", Map.of("firstName", "Łucja", "lastName", "D'Ambrosio-Hélène",
                "email", email, "password", PASSWORD, "privacy_input", "on")).body().contains("id=\"done\""));
        session.open(MailCatcher.awaitLink(email, "verify.xhtml?token="));
        long id = TestDatabase.queryLong("select id from account where email = ?", email);
        try (Connection db = TestDatabase.connect();
                PreparedStatement role = db.prepareStatement("update account_role set role = 'VALIDATOR' where account_id = ?")) {
            role.setLong(1, id);
            assertEquals(1, role.executeUpdate());
        }
        return email;
    }

    /** Signs the staff account in for the first time: after its password, the enrolment page, and nothing else. */
    private Enrolled enrol(String email, WebSession session) {
        HttpResponse<String> password = session.passwordStep(email, PASSWORD);
        assertEquals(302, password.statusCode());
        assertTrue(password.headers().firstValue("Location").orElseThrow().endsWith("/mfa-enrol.xhtml"),
                "a staff account without second factor is sent to set one up");
        HttpResponse<String> console = session.get("console/index.xhtml");
        assertEquals(302, console.statusCode());
        assertTrue(console.headers().firstValue("Location").orElseThrow().endsWith("/mfa-enrol.xhtml"),
                "nothing else before the enrolment");
        String page = session.open("mfa-enrol.xhtml").body();
        assertTrue(page.contains("Activez votre second facteur"), "in French");
        assertTrue(page.contains("<svg"), "the QR code");
        String secret = secretOn(page);
        assertTrue(session.submit("enrol", "confirm", Map.of("code", "12345")).body()
                .contains("Ce code est incorrect"), "the first code proves the app is set up");
        Instant now = Instant.now();
        HttpResponse<String> done = session.submit("enrol", "confirm", Map.of("code", DemoAccounts.code(secret, now)));
        List<String> codes = recoveryCodesOn(done.body());
        assertEquals(10, codes.size(), "ten recovery codes, shown once");
        assertEquals(200, session.open("console/index.xhtml").statusCode(), "signed in once enrolled");
        assertFalse(TestDatabase.queryString("select totp_secret from account where email = ?", email).contains(secret),
                "the secret is not stored in clear");
        return new Enrolled(email, TestDatabase.queryLong("select id from account where email = ?", email), secret,
                step(now), codes);
    }

    @Test
    void aStaffPasswordAloneSignsNobodyIn() throws Exception {
        WebSession admin = visitor();
        HttpResponse<String> password = admin.passwordStep(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertEquals(302, password.statusCode());
        assertTrue(password.headers().firstValue("Location").orElseThrow().endsWith("/login-code.xhtml"));
        for (String page : List.of("console/index.xhtml", "console/outbox.xhtml", "account/profile.xhtml")) {
            HttpResponse<String> refused = admin.get(page);
            assertEquals(302, refused.statusCode(), page);
            assertTrue(refused.headers().firstValue("Location").orElseThrow().endsWith("/login-code.xhtml"),
                    page + " sends back to the code");
        }
        assertTrue(admin.open("login-code.xhtml").body().contains("saisissez le code à 6 chiffres"),
                "the code page, in the visitor's French");
        HttpResponse<String> signedIn = admin.submit("code", "submit", Map.of("code", DemoAccounts.currentCode()));
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/console/index.xhtml"));
        assertEquals(200, admin.get("console/index.xhtml").statusCode());
    }

    @Test
    void fiveWrongCodesLockTheAccountAndACodeIsGoodOnce() throws Exception {
        WebSession session = visitor();
        Enrolled validator = enrol(newValidator(), session);

        WebSession other = visitor();
        String code = validator.nextCode();
        assertEquals(302, other.secondStep(other.passwordStep(validator.email(), PASSWORD), code).statusCode());
        WebSession thief = visitor();
        HttpResponse<String> replay = thief.secondStep(thief.passwordStep(validator.email(), PASSWORD), code);
        assertEquals(200, replay.statusCode());
        assertTrue(replay.body().contains("Ce code a déjà été utilisé"), "a code is good once");

        String wrong = DemoAccounts.code(validator.secret(), Instant.now().plusSeconds(3600));
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> refused = thief.submit("code", "submit", Map.of("code", wrong));
            assertTrue(refused.body().contains("Ce code est incorrect"), "wrong code " + i);
        }
        // the replayed code was not counted as wrong: the fourth wrong code does not lock yet, the fifth does
        assertTrue(thief.submit("code", "submit", Map.of("code", wrong)).body().contains("Ce code est incorrect"));
        HttpResponse<String> locked = thief.submit("code", "submit", Map.of("code", wrong));
        assertTrue(locked.body().contains("bloqué pendant 15 minutes"), "the fifth wrong code locks");
        HttpResponse<String> again = visitor().passwordStep(validator.email(), PASSWORD);
        assertEquals(200, again.statusCode(), "the right password does not open a locked account");
        assertTrue(again.body().contains("bloqué"));
    }

    @Test
    void aRecoveryCodeSignsInOnce() throws Exception {
        Enrolled validator = enrol(newValidator(), visitor());
        String recovery = validator.recoveryCodes().get(0);
        WebSession phoneLost = visitor();
        HttpResponse<String> signedIn = phoneLost.secondStep(phoneLost.passwordStep(validator.email(), PASSWORD),
                recovery.toUpperCase());
        assertEquals(302, signedIn.statusCode(), "a recovery code, typed in capitals");
        assertEquals(200, phoneLost.get("console/index.xhtml").statusCode());

        WebSession again = visitor();
        HttpResponse<String> refused = again.secondStep(again.passwordStep(validator.email(), PASSWORD), recovery);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Ce code est incorrect"), "used once, never again");
        assertTrue(phoneLost.open("account/profile.xhtml").body().contains("Codes de secours inutilisés : 9"),
                "one used, nine left");
    }

    @Test
    void anAdministratorResetsAValidatorsSecondFactorAndTheValidatorEnrolsAgain() throws Exception {
        WebSession validatorSession = visitor();
        Enrolled validator = enrol(newValidator(), validatorSession);

        WebSession notAdmin = visitor();
        assertEquals(302, notAdmin.signIn(DemoAccounts.VALIDATOR, DemoAccounts.PASSWORD).statusCode());
        assertFalse(notAdmin.open("console/account.xhtml?id=" + validator.id()).body().contains("mfaReset"),
                "a validator may look, not reset");

        WebSession admin = visitor();
        assertEquals(302, admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).statusCode());
        long adminId = TestDatabase.queryLong("select id from account where email = ?", DemoAccounts.ADMIN);
        assertFalse(admin.open("console/account.xhtml?id=" + adminId).body().contains("mfaReset"),
                "nobody resets their own");
        assertTrue(admin.open("console/customers.xhtml?q="
                + java.net.URLEncoder.encode(validator.email(), java.nio.charset.StandardCharsets.UTF_8)).body()
                .contains("console/account.xhtml?id=" + validator.id()), "found from the console's search");
        String page = admin.open("console/account.xhtml?id=" + validator.id()).body();
        assertTrue(page.contains("data-mfa=\"on\""), page.length() + " characters");
        HttpResponse<String> reset = admin.submit("mfaReset", "reset", Map.of());
        assertEquals(302, reset.statusCode());
        String after = admin.open(reset.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(after.contains("data-mfa=\"off\""));
        assertTrue(after.contains("data-action=\"account.secondFactorReset\""), "in the account's history");
        assertEquals(1, TestDatabase.queryLong("select count(*) from audit_event where action = 'account.secondFactorReset'"
                + " and subject_type = 'Account' and subject_id = ? and actor = ?", validator.id(), DemoAccounts.ADMIN));

        HttpResponse<String> ended = validatorSession.get("console/index.xhtml");
        assertEquals(302, ended.statusCode(), "the validator's sessions end");
        assertTrue(ended.headers().firstValue("Location").orElseThrow().contains("login.xhtml?ended=true"));
        Enrolled again = enrol(validator.email(), visitor());
        assertFalse(again.secret().equals(validator.secret()), "a new secret");
    }

    @Test
    void aCustomerTurnsOnTheSecondFactorInTheProfileAndThenNeedsTheCode() throws Exception {
        WebSession session = visitor();
        String email = registerAndVerify(session);
        assertEquals(302, session.signIn(email, PASSWORD).statusCode(), "optional for customers: off at first");
        String profile = session.open("account/profile.xhtml").body();
        assertTrue(profile.contains("data-mfa=\"off\""));
        String setup = session.submit("mfaBegin", "begin", Map.of()).body();
        String secret = secretOn(setup);
        assertTrue(setup.contains("<svg"), "the QR code");
        assertTrue(session.submit("mfaEnable", "enable", Map.of("code", DemoAccounts.code(secret, Instant.now()),
                "password", "pas le bon mot de passe")).body().contains("Le mot de passe actuel"),
                "the password is asked again");
        Instant now = Instant.now();
        String enabled = session.submit("mfaEnable", "enable", Map.of("code", DemoAccounts.code(secret, now),
                "password", PASSWORD)).body();
        assertTrue(enabled.contains("La connexion en deux étapes est activée"), "told in French");
        assertEquals(10, recoveryCodesOn(enabled).size());

        WebSession later = visitor();
        HttpResponse<String> password = later.passwordStep(email, PASSWORD);
        assertTrue(password.headers().firstValue("Location").orElseThrow().endsWith("/login-code.xhtml"),
                "now the code is asked");
        assertEquals(302, later.get("customer/index.xhtml").statusCode(), "and nothing opens before it");
        HttpResponse<String> signedIn = later.secondStep(password,
                DemoAccounts.code(secret, Instant.ofEpochSecond((step(now) + 1) * 30)));
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/customer/index.xhtml"));

        later.open("account/profile.xhtml");
        assertTrue(later.submit("mfaDisable", "disable", Map.of("password", PASSWORD)).body()
                .contains("La connexion en deux étapes est désactivée"));
        assertEquals(302, visitor().signIn(email, PASSWORD).statusCode(), "the password alone again");
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
