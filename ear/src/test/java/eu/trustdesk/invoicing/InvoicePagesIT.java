package eu.trustdesk.invoicing;

import static eu.trustdesk.testing.TestDatabase.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.ShopDriver;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The invoice pages over HTTP, as one scenario: Jean Dupont (buyer@) orders a token for the
 * Mairie de Villeneuve-Exemple, a confirmed public body, under an administrative mandate with its
 * Chorus Pro references, so the order is accepted and invoiced at once. Jean finds the invoice
 * among his own and downloads its PDF; Chiara Rossi (customer@) cannot; the accountant finds it
 * in the register, downloads its CII and UBL e-invoices, sees it pass the EN 16931 check, and
 * cancels it with a credit note that Jean then sees too. A validator does not reach the register.
 *
 * <p>Each run places its own order, marked with its own commitment number, and never depends on
 * how many invoices earlier runs left behind: it looks for its invoice by number.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoicePagesIT {

    private static final String MAIRIE = "Mairie de Villeneuve-Exemple";
    private static final String TOKEN = "SIG-TOKEN:1:1";
    /** Marks this run's order, so that the invoice of an earlier run is never taken for ours. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private static final String COMMITMENT = "ENG-IT-" + RUN;
    private static final String SERVICE_CODE = "SERVICE-IT";
    private static final Pattern STACK_TRACE = Pattern.compile("Caused by:|\\bat (java|jakarta|eu|org|com|sun)\\.[\\w.$]+\\(");

    private static String invoiceNumber;
    private static long invoiceId;
    private static WebSession accountant;

    @ArquillianResource
    private URL base;

    private ShopDriver shop() {
        return new ShopDriver(base);
    }


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @BeforeAll
    static void mailServer() {
        // the order queues mails to the buyer and the applicant: let them leave
        MailCatcher.start();
    }

    @Test
    @Order(1)
    void aConfirmedPublicBodysOrderUnderAMandateIsInvoicedAtOnce() throws Exception {
        String mairie = shop().call(DemoAccounts.BUYER, "organisations", Map.of()).lines()
                .filter(l -> l.endsWith(" " + MAIRIE)).map(l -> l.substring(0, l.indexOf(' '))).findFirst().orElseThrow();
        String answer = shop().call(DemoAccounts.BUYER, "order", Map.of("org", mairie, "cart", TOKEN,
                "mode", "ADMINISTRATIVE_MANDATE", "service", SERVICE_CODE, "commitment", COMMITMENT));
        assertTrue(answer.startsWith("OK CMD-") && answer.contains(" ACCEPTED "), answer);

        invoiceNumber = queryString("select invoice_number from customer_order where number = ?", answer.split(" ")[1]);
        assertNotNull(invoiceNumber, "the accepted order is invoiced at once");
        assertTrue(invoiceNumber.startsWith("FA-"), invoiceNumber);
        invoiceId = queryLong("select id from invoice where number = ?", invoiceNumber);
    }

    @Test
    @Order(2)
    void theBuyerSeesTheInvoiceAmongHisAndDownloadsItsPdf() throws Exception {
        WebSession jean = signedIn(DemoAccounts.BUYER);
        assertTrue(jean.open("customer/index.xhtml").body().contains("customer/invoices.xhtml"),
                "the customer home links the invoices");

        HttpResponse<String> page = jean.open("customer/invoices.xhtml");
        assertEquals(200, page.statusCode());
        assertFalse(STACK_TRACE.matcher(page.body()).find(), "no stack trace");
        assertTrue(page.body().contains(invoiceNumber), "newest first, the invoice just issued is on the first page");
        assertTrue(page.body().contains("customer/documents/invoice/" + invoiceId + "\""), "with the link to its PDF");

        HttpResponse<String> pdf = jean.get("customer/documents/invoice/" + invoiceId);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", contentType(pdf));
        assertTrue(pdf.body().startsWith("%PDF-"), "a PDF document");
    }

    @Test
    @Order(3)
    void anotherCustomerNeitherSeesNorDownloadsIt() throws Exception {
        WebSession chiara = signedIn(DemoAccounts.CUSTOMER);
        HttpResponse<String> pdf = chiara.get("customer/documents/invoice/" + invoiceId);
        assertEquals(404, pdf.statusCode(), "somebody else's invoice is answered as one that does not exist");
        assertFalse(pdf.body().startsWith("%PDF"));
        assertFalse(chiara.open("customer/invoices.xhtml").body().contains(invoiceNumber));
    }

    @Test
    @Order(4)
    void theAccountantFindsItInTheRegisterAndDownloadsItsXml() throws Exception {
        accountant = signedIn(DemoAccounts.ACCOUNTANT);
        assertTrue(accountant.open("console/index.xhtml").body().contains("console/invoices.xhtml"),
                "the console home has an invoices tile for an accountant");

        assertEquals(200, accountant.open("console/invoices.xhtml").statusCode());
        HttpResponse<String> filtered = accountant.submit("invoices", "filter", Map.of("number", invoiceNumber));
        assertEquals(200, filtered.statusCode());
        assertFalse(STACK_TRACE.matcher(filtered.body()).find(), "no stack trace");
        assertTrue(filtered.body().contains("console/invoice.xhtml?id=" + invoiceId + "\""), "the invoice is listed");
        assertTrue(filtered.body().contains(MAIRIE), "with its payer");
        assertTrue(filtered.body().contains("console/documents/invoice-cii/" + invoiceId + "\"")
                && filtered.body().contains("console/documents/invoice-ubl/" + invoiceId + "\""), "and its XML links");

        HttpResponse<String> pdf = accountant.get("console/documents/invoice/" + invoiceId);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", contentType(pdf));

        HttpResponse<String> cii = accountant.get("console/documents/invoice-cii/" + invoiceId);
        assertEquals(200, cii.statusCode());
        assertEquals("application/xml", contentType(cii));
        assertTrue(cii.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), "a download");
        assertTrue(cii.body().contains("CrossIndustryInvoice"), "a CII document");
        assertTrue(cii.body().contains("urn:cen.eu:en16931:2017"), "following the EN 16931 core");
        assertTrue(cii.body().contains(invoiceNumber));
        assertTrue(cii.body().contains(COMMITMENT), "with the commitment number (BT-13)");

        HttpResponse<String> ubl = accountant.get("console/documents/invoice-ubl/" + invoiceId);
        assertEquals(200, ubl.statusCode());
        assertEquals("application/xml", contentType(ubl));
        assertTrue(ubl.body().contains("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"), "a UBL invoice");
        assertTrue(ubl.body().contains(invoiceNumber));
    }

    @Test
    @Order(5)
    void theInvoicePageShowsItsReferencesAndTheCheckFindsItValidInBothSyntaxes() throws Exception {
        HttpResponse<String> page = accountant.open("console/invoice.xhtml?id=" + invoiceId);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(invoiceNumber));
        assertEquals(SERVICE_CODE, text("buyerReference", page.body()), "BT-10");
        assertEquals(COMMITMENT, text("purchaseOrderReference", page.body()), "BT-13");
        assertFalse(page.body().contains("id=\"verdict-"), "not checked before asked");

        // the first check of a server loads the official rules: it may take a few seconds
        HttpResponse<String> checked = accountant.submit("check", "run", Map.of());
        assertEquals(200, checked.statusCode());
        assertFalse(STACK_TRACE.matcher(checked.body()).find(), "no stack trace");
        assertEquals("true", verdict("CII", checked.body()), "the CII document passes EN 16931 and Chorus Pro's checks");
        assertEquals("true", verdict("UBL", checked.body()), "and so does the UBL one");
    }

    @Test
    @Order(6)
    void aCreditNoteNeedsAReasonThenCancelsTheInvoiceAndTheBuyerSeesIt() throws Exception {
        String invoicePage = accountant.open("console/invoice.xhtml?id=" + invoiceId).body();
        assertTrue(invoicePage.contains("id=\"creditNote\""), "an invoice not yet cancelled offers the credit note");
        // the demo accountant reads French: "... et ne pourra pas être retiré"
        assertTrue(invoicePage.contains("confirmCreditNote") && invoicePage.contains("ne pourra pas"),
                "the button asks for a confirmation that states the consequence");
        HttpResponse<String> refused = accountant.submit("creditNote", "issue", Map.of("reason", ""));
        assertEquals(200, refused.statusCode(), "no reason, no credit note");
        assertEquals(0, queryLong("select count(*) from invoice where credited_invoice_id = ?", invoiceId));

        // the reason as an accountant types it: accents, apostrophes, a name outside Latin-1
        String reason = "Commande annulée à la demande de Mme Hélène Lefèvre d’Łódź – " + RUN;
        HttpResponse<String> issued = accountant.submit("creditNote", "issue", Map.of("reason", reason));
        assertEquals(302, issued.statusCode(), issued.body());
        long noteId = queryLong("select id from invoice where credited_invoice_id = ?", invoiceId);
        String noteNumber = queryString("select number from invoice where id = ?", noteId);
        assertTrue(noteNumber.startsWith("AV-"), noteNumber);
        assertTrue(location(issued).endsWith("console/invoice.xhtml?id=" + noteId), "the new credit note is shown");

        String note = accountant.open(location(issued)).body();
        assertTrue(note.contains("data-kind=\"CREDIT_NOTE\""));
        assertTrue(note.contains(noteNumber));
        assertTrue(note.contains(invoiceNumber), "with the invoice it cancels");
        assertTrue(note.contains(reason), "and the reason, as typed");
        assertEquals(reason, queryString("select credit_reason from invoice where id = ?", noteId), "stored as typed");
        String pdf = pdfText(accountant.download("console/documents/invoice/" + noteId).body());
        assertTrue(pdf.contains(reason), "the credit note's PDF prints the reason as typed: " + pdf);
        for (String syntax : new String[] {"cii", "ubl"}) {
            String xml = new String(accountant.download("console/documents/invoice-" + syntax + "/" + noteId).body(),
                    StandardCharsets.UTF_8);
            assertTrue(xml.contains(reason), "the " + syntax + " XML carries the reason as typed: " + xml);
        }
        assertFalse(note.contains("id=\"creditNote\""), "a credit note is not cancelled by another");
        assertFalse(accountant.open("console/invoice.xhtml?id=" + invoiceId).body().contains("id=\"creditNote\""),
                "nor is an invoice twice");

        assertTrue(signedIn(DemoAccounts.BUYER).open("customer/invoices.xhtml").body().contains(noteNumber),
                "the buyer finds the credit note next to the invoice");
    }

    @Test
    @Order(7)
    void aValidatorDoesNotReachTheRegister() throws Exception {
        WebSession validator = signedIn(DemoAccounts.VALIDATOR);
        assertEquals(403, validator.get("console/invoices.xhtml").statusCode());
        assertEquals(403, validator.get("console/invoice.xhtml?id=" + invoiceId).statusCode());
        assertEquals(403, validator.get("console/documents/invoice-cii/" + invoiceId).statusCode());
        assertEquals(403, validator.get("console/documents/invoice/" + invoiceId).statusCode());
        assertFalse(validator.open("console/index.xhtml").body().contains("console/invoices.xhtml"),
                "a validator is not offered the invoices tile");
    }

    /** A request to the test shop servlet, signed in as {@code user}. */

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // a text wrapped in the document reads as one: line ends become spaces, and so do the
            // no-break spaces French amounts are written with (1 234,56 € with U+202F and U+00A0)
            return new PDFTextStripper().getText(document).replaceAll("[\\s\u00A0\u202F]+", " ");
        }
    }

    private WebSession signedIn(String email) throws Exception {
        WebSession session = new WebSession(base.toURI(), "en");
        assertEquals(302, session.signIn(email, DemoAccounts.PASSWORD).statusCode(), email + " could not sign in");
        return session;
    }

    private static String queryString(String sql, Object parameter) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), "no row for " + sql);
                return rs.getString(1);
            }
        }
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    private static String location(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow();
    }

    /** The text of the element with this id, e.g. a {@code <dd id="buyerReference">}. */
    private static String text(String id, String page) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>\\s*([^<]*?)\\s*<").matcher(page);
        assertTrue(matcher.find(), "page lacks #" + id);
        return matcher.group(1);
    }

    /** Whether the check found the document of this syntax valid: {@code true} or {@code false}. */
    private static String verdict(String syntax, String page) {
        Matcher matcher = Pattern.compile("id=\"verdict-" + syntax + "\"[^>]*data-valid=\"(\\w+)\"").matcher(page);
        assertTrue(matcher.find(), "the page shows no check result for " + syntax);
        return matcher.group(1);
    }
}
