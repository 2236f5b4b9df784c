package eu.trustdesk.invoicing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static eu.trustdesk.testing.TestDatabase.queryLong;
import static eu.trustdesk.testing.TestDatabase.queryString;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.ShopDriver;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Chorus Pro exports console: accountants start a run on demand and follow it, complete a
 * public buyer's references before the invoice leaves, open a flow (its invoices, its zip) and send
 * a rejected invoice again; other roles are kept out.
 */
@ExtendWith(ArquillianExtension.class)
class ChorusConsoleIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
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
        awaitNoRun(accountant);
    }

    /**
     * Until the console lists no run starting or running (read from the status each row carries:
     * its label is in the accountant's language). A run started meanwhile would refuse the next start.
     */
    private static void awaitNoRun(WebSession accountant) {
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String now = accountant.open("console/chorus.xhtml").body();
            return !now.contains("data-status=\"STARTED\"") && !now.contains("data-status=\"STARTING\"")
                    && !now.contains("data-status=\"STOPPING\"");
        });
    }

    @Test
    void anAccountantCompletesTheReferencesAndSendsARejectedInvoiceAgainInANewFlow() throws Exception {
        // a confirmed public body orders by administrative mandate without a commitment number
        ShopDriver shop = new ShopDriver(base);
        String mairie = shop.organisationOf(DemoAccounts.BUYER, "Mairie de Villeneuve-Exemple");
        String answer = shop.call(DemoAccounts.BUYER, "order",
                Map.of("org", mairie, "cart", "SIG-TOKEN:1:1", "mode", "ADMINISTRATIVE_MANDATE"));
        assertTrue(answer.startsWith("OK ") && answer.contains(" ACCEPTED "), answer);
        String order = answer.split(" ")[1];
        long invoiceId = queryLong("select id from invoice where order_number = ?", order);
        String number = queryString("select number from invoice where id = ?", invoiceId);

        // the accountant completes its Chorus Pro references on the invoice page, before any export
        WebSession accountant = signedIn(DemoAccounts.ACCOUNTANT);
        String page = accountant.open("console/invoice.xhtml?id=" + invoiceId).body();
        assertTrue(page.contains("id=\"references\"") && !page.contains("id=\"reopen\""), "not exported yet");
        HttpResponse<String> saved = accountant.submit("references", "save",
                Map.of("serviceCode", "SERV-COMPTA", "commitment", "EJ-2026-4711"));
        assertEquals(302, saved.statusCode(), "saved and shown again");
        String shown = accountant.open(saved.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(shown.contains("EJ-2026-4711"), "the page shows the references saved");
        assertEquals("EJ-2026-4711", queryString("select purchase_order_reference from invoice where id = ?", invoiceId));
        assertEquals("SERV-COMPTA", queryString("select buyer_reference from invoice where id = ?", invoiceId));
        assertEquals(1, queryLong("select count(*) from audit_event where action = 'invoice.chorusReferences'"
                + " and subject_id = ? and actor = ?", invoiceId, DemoAccounts.ACCOUNTANT));

        // the next run sends it; its flow lists it and gives its zip, with the new commitment inside
        String firstFlow = exportNow(accountant, invoiceId);
        String flowPage = accountant.open("console/chorus-flow.xhtml?name=" + firstFlow).body();
        assertTrue(flowPage.contains(">" + number + "<"), "the flow lists the invoice");
        HttpResponse<byte[]> zip = download(accountant, firstFlow);
        assertEquals(200, zip.statusCode());
        String xml = new String(unzip(zip.body()).get(number + ".xml"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("EJ-2026-4711") && xml.contains("SERV-COMPTA"), "BT-13 and BT-10 as completed");
        // once it has left, its references are no longer open: the page offers to send it again instead
        page = accountant.open("console/invoice.xhtml?id=" + invoiceId).body();
        assertTrue(page.contains("id=\"reopen\"") && !page.contains("id=\"references\""));

        // Chorus Pro rejected it: reopened with a reason, corrected, sent in a new flow
        HttpResponse<String> reopened = accountant.submit("reopen", "reopenButton",
                Map.of("reopenReason", "Rejet Chorus Pro : engagement clos"));
        assertEquals(302, reopened.statusCode());
        assertEquals(0, queryLong("select count(*) from invoice where id = ? and exported_at is not null", invoiceId));
        accountant.open("console/invoice.xhtml?id=" + invoiceId);
        accountant.submit("references", "save", Map.of("serviceCode", "SERV-COMPTA", "commitment", "EJ-2026-4800"));
        String secondFlow = exportNow(accountant, invoiceId);
        assertTrue(!secondFlow.equals(firstFlow), "a new flow");
        assertTrue(new String(unzip(download(accountant, secondFlow).body()).get(number + ".xml"), StandardCharsets.UTF_8)
                .contains("EJ-2026-4800"));
        // the first flow still lists what its zip carried, and says where the invoice went next
        flowPage = accountant.open("console/chorus-flow.xhtml?name=" + firstFlow).body();
        assertTrue(flowPage.contains(">" + number + "<") && flowPage.contains(">" + secondFlow + "<"), flowPage);
        assertEquals(1, queryLong("select count(*) from audit_event where action = 'invoice.reopenedForExport'"
                + " and subject_id = ? and detail like ?", invoiceId, firstFlow + ":%"));

        // nobody else gets a flow's zip, nor the flow's page
        assertEquals(403, download(signedIn(DemoAccounts.CUSTOMER), firstFlow).statusCode());
        assertEquals(403, signedIn(DemoAccounts.VALIDATOR).open("console/chorus-flow.xhtml?name=" + firstFlow).statusCode());
        assertEquals(404, accountant.open("console/chorus-flow.xhtml?name=CHORUS-19990101-0001").statusCode());
    }

    /** Starts a run from the console and waits until it has exported the invoice; answers its flow. */
    private static String exportNow(WebSession accountant, long invoiceId) {
        awaitNoRun(accountant);
        accountant.open("console/chorus.xhtml");
        accountant.submit("run", "start", Map.of());
        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).until(() ->
                queryLong("select count(*) from invoice i join export_flow f on f.name = i.export_flow"
                        + " where i.id = ? and f.status = 'PUBLISHED'", invoiceId) == 1);
        return queryString("select export_flow from invoice where id = ?", invoiceId);
    }

    private HttpResponse<byte[]> download(WebSession session, String flow) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("console/chorus-flows/" + flow + ".zip")).GET()
                .header("Cookie", "JSESSIONID=" + session.cookie("JSESSIONID")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void otherRolesAreKeptOut() throws Exception {
        assertEquals(403, signedIn(DemoAccounts.VALIDATOR).open("console/chorus.xhtml").statusCode());
        assertEquals(403, signedIn(DemoAccounts.CUSTOMER).open("console/chorus.xhtml").statusCode());
    }
}
