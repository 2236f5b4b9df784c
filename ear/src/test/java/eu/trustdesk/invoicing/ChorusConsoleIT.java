package eu.trustdesk.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Chorus Pro exports console: accountants start a run on demand and follow it; other roles are kept out. */
@ExtendWith(ArquillianExtension.class)
class ChorusConsoleIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.asBuilt();
    }

    private WebSession signedIn(String email) throws Exception {
        WebSession session = new WebSession(base.toURI(), "en");
        assertEquals(302, session.signIn(email, DemoAccounts.PASSWORD).statusCode());
        return session;
    }

    @Test
    void anAccountantStartsTheExportOnDemandAndSeesTheRun() throws Exception {
        WebSession accountant = signedIn(DemoAccounts.ACCOUNTANT);
        assertTrue(accountant.open("console/index.xhtml").body().contains("console/chorus.xhtml"), "a tile leads there");
        HttpResponse<String> page = accountant.open("console/chorus.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"executions\"") && page.body().contains("id=\"flows\"")
                && page.body().contains("id=\"problems\""));

        HttpResponse<String> started = accountant.submit("run", "start", Map.of());
        String after = started.statusCode() == 302
                ? accountant.open(started.headers().firstValue("Location").orElseThrow()).body() : started.body();
        int messages = after.indexOf("id=\"messages\"");
        // the accountant's account speaks French: the confirmation is an information message with the run's number
        assertTrue(after.matches("(?s).*ui-messages-info-summary\">[^<]*\\d+\\.<.*"),
                "the run is confirmed: " + started.statusCode() + " "
                        + after.substring(Math.max(0, messages), Math.min(after.length(), Math.max(0, messages) + 600)));

        // the run ends by itself (and before the next test deploys the application again)
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            String now = accountant.open("console/chorus.xhtml").body();
            return !now.contains(">Running<") && !now.contains(">Starting<");
        });
    }

    @Test
    void otherRolesAreKeptOut() throws Exception {
        assertEquals(403, signedIn(DemoAccounts.VALIDATOR).open("console/chorus.xhtml").statusCode());
        assertEquals(403, signedIn(DemoAccounts.CUSTOMER).open("console/chorus.xhtml").statusCode());
    }
}
