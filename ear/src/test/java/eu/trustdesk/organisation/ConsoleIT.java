package eu.trustdesk.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The back-office console over HTTP, as one scenario on the demo data: an administrator finds the
 * Italian municipality its customer declared as a public body, confirms it, is refused a
 * withdrawal without a reason, withdraws it with one, and the audit trail keeps both decisions
 * with their author. A validator may look but not decide, even with a forged form; a customer
 * does not reach the console; the outbox is the administrators'.
 *
 * <p>The scenario leaves the organisation declared, as the demo data has it, and does not depend
 * on what earlier runs left behind: it counts audit lines rather than expecting a number, and
 * puts a confirmation left by an interrupted run back first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final String ORGANISATION = "Comune di Esempio";
    private static final Pattern ORGANISATION_LINK =
            Pattern.compile("console/organisation\\.xhtml\\?id=(\\d+)\"[^>]*>" + Pattern.quote(ORGANISATION) + "</a>");
    private static final Pattern STATUS = Pattern.compile("id=\"publicBodyStatus\"[^>]*data-status=\"(\\w+)\"");
    private static final Pattern DECIDED_BY = Pattern.compile("id=\"decidedBy\">\\s*([^<\\s]+)");
    private static final Pattern CONFIRMED = Pattern.compile("data-action=\"publicBody\\.confirmed\"");
    private static final Pattern WITHDRAWN = Pattern.compile("data-action=\"publicBody\\.withdrawn\"");
    /** History is newest first: the first of each is the decision just taken. */
    private static final Pattern FIRST_ACTOR = Pattern.compile("class=\"td-audit-actor\">([^<]*)<");
    private static final Pattern FIRST_ACTION = Pattern.compile("class=\"td-audit-action\" data-action=\"([^\"]*)\"");
    private static final Pattern FIRST_DETAIL = Pattern.compile("class=\"td-audit-detail\">([^<]*)<");
    private static final Pattern PAGE_LANGUAGE = Pattern.compile("<html[^>]* lang=\"(\\w+)\"");
    private static final Pattern STACK_TRACE = Pattern.compile("Caused by:|\\bat (java|jakarta|eu|org|com|sun)\\.[\\w.$]+\\(");
    private static final Map<String, String> REASON_REQUIRED = Map.of(
            "en", "Please give the reason for withdrawing the confirmation.",
            "fr", "Veuillez indiquer le motif du retrait de la confirmation.",
            "it", "Indica il motivo della revoca della conferma.");
    /** Marks the notes of this run, so that the lines of earlier runs are never taken for ours. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private static WebSession admin;
    private static String organisationPage;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    @Order(1)
    void anAdministratorFindsTheDeclaredPublicBodyBySearching() throws Exception {
        admin = signedIn(DemoAccounts.ADMIN);
        HttpResponse<String> console = admin.open("console/index.xhtml");
        assertTrue(console.body().contains("console/customers.xhtml"), "the console home links the customer search");
        assertTrue(console.body().contains("console/outbox.xhtml"), "and, for an administrator, the outbox");

        assertEquals(200, admin.open("console/customers.xhtml").statusCode());
        HttpResponse<String> searched = admin.submit("search", "submit", Map.of("text", "Comune"));
        assertEquals(302, searched.statusCode(), "the search is put in the URL");
        String results = admin.open(location(searched)).body();
        Matcher link = ORGANISATION_LINK.matcher(results);
        assertTrue(link.find(), "search results list " + ORGANISATION);
        assertTrue(results.contains(DemoAccounts.CUSTOMER), "with its owner's e-mail");
        assertFalse(STACK_TRACE.matcher(results).find());
        organisationPage = "console/organisation.xhtml?id=" + link.group(1);

        // a run interrupted between confirming and withdrawing left it confirmed: put it back
        String page = admin.open(organisationPage).body();
        if ("CONFIRMED".equals(status(page))) {
            assertEquals(302, admin.submit("withdrawForm", "withdraw", Map.of("reason", "ConsoleIT reset " + RUN))
                    .statusCode());
        }
        assertEquals("DECLARED", status(admin.open(organisationPage).body()));

        String awaiting = admin.open("console/customers.xhtml").body();
        int list = awaiting.indexOf("id=\"awaiting\"");
        assertTrue(list >= 0, "the page lists the public bodies awaiting confirmation");
        assertTrue(ORGANISATION_LINK.matcher(awaiting.substring(list)).find(), ORGANISATION + " is awaiting confirmation");
    }

    @Test
    @Order(2)
    void aValidatorSeesTheOrganisationButCannotConfirmItEvenWithAForgedForm() throws Exception {
        WebSession validator = signedIn(DemoAccounts.VALIDATOR);
        HttpResponse<String> page = validator.open(organisationPage);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(ORGANISATION));
        assertTrue(page.body().contains("80001230582"), "the codice fiscale is shown");
        assertEquals("DECLARED", status(page.body()));
        assertFalse(page.body().contains("confirmForm"), "no confirm button for a validator");
        int confirmations = count(CONFIRMED, page.body());

        // the administrator's form, posted by hand with the validator's session
        HttpResponse<String> forged = validator.submit("confirmForm", "confirm", Map.of("note", "forged " + RUN));
        // refused however the page answers (the same page, an error page, or a redirect to one):
        // what matters is below, that nothing changed
        assertTrue(forged.statusCode() == 200 || forged.statusCode() == 403 || forged.statusCode() == 302,
                "refused: " + forged.statusCode() + " " + forged.headers().firstValue("Location").orElse(""));
        assertFalse(STACK_TRACE.matcher(forged.body()).find(), "no stack trace");

        String after = validator.open(organisationPage).body();
        assertEquals("DECLARED", status(after), "the status is unchanged");
        assertEquals(confirmations, count(CONFIRMED, after), "no confirmation recorded");
        assertFalse(after.contains("forged " + RUN));
    }

    @Test
    @Order(3)
    void theAdministratorConfirmsItAndTheDecisionIsAudited() throws Exception {
        String before = admin.open(organisationPage).body();
        assertTrue(before.contains("id=\"confirmForm\""), "an administrator is offered the confirmation");
        int confirmations = count(CONFIRMED, before);

        HttpResponse<String> answer = admin.submit("confirmForm", "confirm", Map.of("note", "IPA entry checked " + RUN));
        assertEquals(302, answer.statusCode(), answer.body());
        String page = admin.open(location(answer)).body();

        assertEquals("CONFIRMED", status(page));
        assertEquals(DemoAccounts.ADMIN, first(DECIDED_BY, page), "who decided is shown");
        assertEquals(confirmations + 1, count(CONFIRMED, page));
        assertEquals(DemoAccounts.ADMIN, first(FIRST_ACTOR, page));
        assertEquals("publicBody.confirmed", first(FIRST_ACTION, page));
        assertEquals("IPA entry checked " + RUN, first(FIRST_DETAIL, page));
        assertFalse(page.contains("id=\"confirmForm\""), "a confirmed body cannot be confirmed again");
        assertTrue(page.contains("id=\"withdrawForm\""));
    }

    @Test
    @Order(4)
    void aWithdrawalWithoutAReasonIsRefused() throws Exception {
        String before = admin.open(organisationPage).body();
        int withdrawals = count(WITHDRAWN, before);

        HttpResponse<String> refused = admin.submit("withdrawForm", "withdraw", Map.of("reason", "  "));
        assertEquals(200, refused.statusCode());
        String language = first(PAGE_LANGUAGE, refused.body());
        assertTrue(refused.body().contains(REASON_REQUIRED.get(language)), "the reason is asked for, in " + language);
        assertEquals("CONFIRMED", status(refused.body()));
        assertEquals(withdrawals, count(WITHDRAWN, admin.open(organisationPage).body()));
    }

    @Test
    @Order(5)
    void aWithdrawalWithAReasonWorksAndTheHistoryKeepsBothDecisions() throws Exception {
        String before = admin.open(organisationPage).body();
        int withdrawals = count(WITHDRAWN, before);

        HttpResponse<String> answer = admin.submit("withdrawForm", "withdraw",
                Map.of("reason", "Not found on IndicePA " + RUN));
        assertEquals(302, answer.statusCode(), answer.body());
        String page = admin.open(location(answer)).body();

        assertEquals("DECLARED", status(page));
        assertEquals(withdrawals + 1, count(WITHDRAWN, page));
        assertEquals(DemoAccounts.ADMIN, first(FIRST_ACTOR, page));
        assertEquals("publicBody.withdrawn", first(FIRST_ACTION, page));
        assertEquals("Not found on IndicePA " + RUN, first(FIRST_DETAIL, page));
        assertTrue(page.contains("IPA entry checked " + RUN), "the confirmation stays in the history");
        assertTrue(page.contains("id=\"confirmForm\""), "it can be confirmed again");
    }

    @Test
    @Order(6)
    void aCustomerDoesNotReachTheConsoleAndAnUnknownOrganisationIsNotFound() throws Exception {
        WebSession customer = signedIn(DemoAccounts.CUSTOMER);
        assertEquals(403, customer.get("console/customers.xhtml").statusCode());
        assertEquals(403, customer.get(organisationPage).statusCode());

        HttpResponse<String> missing = admin.get("console/organisation.xhtml?id=999999999");
        assertEquals(404, missing.statusCode());
        assertFalse(STACK_TRACE.matcher(missing.body()).find(), "no stack trace on the 404 page");
    }

    @Test
    @Order(7)
    void theOutboxIsShownToAdministratorsOnly() throws Exception {
        HttpResponse<String> outbox = admin.open("console/outbox.xhtml");
        assertEquals(200, outbox.statusCode());
        assertTrue(outbox.body().contains("id=\"outbox:mails\""), "the outbox table");
        assertFalse(STACK_TRACE.matcher(outbox.body()).find());
        Matcher mail = Pattern.compile("console/outbox-mail\\.xhtml\\?id=(\\d+)").matcher(outbox.body());
        if (mail.find()) {
            HttpResponse<String> opened = admin.open("console/outbox-mail.xhtml?id=" + mail.group(1));
            assertEquals(200, opened.statusCode());
            assertTrue(opened.body().contains("id=\"textBody\""), "the plain-text body");
            assertTrue(opened.body().contains("sandbox=\"\""), "the HTML body in a sandboxed frame");
        }

        WebSession validator = signedIn(DemoAccounts.VALIDATOR);
        assertEquals(403, validator.get("console/outbox.xhtml").statusCode());
        assertFalse(validator.open("console/index.xhtml").body().contains("console/outbox.xhtml"),
                "a validator is not offered the outbox");
    }

    private WebSession signedIn(String email) throws Exception {
        WebSession session = new WebSession(base.toURI(), "en");
        assertEquals(302, session.signIn(email, DemoAccounts.PASSWORD).statusCode(), email + " could not sign in");
        return session;
    }

    private static String location(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow();
    }

    private static String status(String page) {
        return first(STATUS, page);
    }

    private static String first(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertTrue(matcher.find(), "page lacks " + pattern);
        String value = matcher.group(1);
        assertNotNull(value);
        return value;
    }

    private static int count(Pattern pattern, String page) {
        return (int) pattern.matcher(page).results().count();
    }
}
