package eu.trustdesk.procurement;

import static eu.trustdesk.testing.TestDatabase.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The procurement boundaries on the real EAR and MariaDB, driven as the demo buyer and accountant:
 * only confirmed public bodies get quotes, a purchase order on an expired quote (or an incomplete
 * one) is refused, concurrent pre-orders never take more tokens than the stock holds, and the
 * whole procedure produces a quote, a delivery note and an invoice whose PDFs hold the numbers
 * and references, the invoice mailed to the paying service with the purchase order.
 */
@ExtendWith(ArquillianExtension.class)
class ProcurementIT {

    static final String MAIRIE = "Mairie de Villeneuve-Exemple";
    static final String TOKEN = "SIG-TOKEN:1:1";
    static final String PAYING_SERVICE = "achats@villeneuve-exemple.test";

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

    private String call(String user, String path, Map<String, String> parameters) throws Exception {
        return new ProcurementDriver(base).call(user, path, parameters);
    }

    private String organisation(String name) throws Exception {
        return new ProcurementDriver(base).organisationOf(DemoAccounts.BUYER, name);
    }

    /** A new quote of the Mairie for {@code cart}: its id and number. */
    private String[] quote(String cart) throws Exception {
        String answer = call(DemoAccounts.BUYER, "quote", Map.of("org", organisation(MAIRIE), "cart", cart));
        assertTrue(answer.startsWith("OK "), answer);
        return answer.substring(3).split(" ");
    }

    @Test
    void aPrivateCompanyOrSomeoneElsesOrganisationCannotObtainAQuote() throws Exception {
        assertEquals("REFUSED error.quote.publicBodiesOnly", call(DemoAccounts.BUYER, "quote",
                Map.of("org", organisation("Dupont Conseil SARL"), "cart", TOKEN)));
        assertEquals("REFUSED error.notFound", call(DemoAccounts.CUSTOMER, "quote",
                Map.of("org", organisation(MAIRIE), "cart", TOKEN)), "the Mairie is not hers");
    }

    @Test
    void aPurchaseOrderOnAnExpiredQuoteOrAnIncompleteOneIsRefused() throws Exception {
        String[] quote = quote(TOKEN);
        assertEquals("REFUSED error.po.originalRequired", recordPo(quote[0], "BC-COPY", false, true),
                "a copy is not the original");
        assertEquals("REFUSED error.po.scanRequired", recordPo(quote[0], "BC-NOSCAN", true, false));
        assertEquals("REFUSED error.po.numberRequired", recordPo(quote[0], "", true, true));
        assertEquals("VALID", status(quote[0]), "nothing recorded");

        execute("update price_quote set valid_until = date_sub(current_date, interval 2 day) where id = ?", quote[0]);
        assertEquals("REFUSED error.quote.expired", recordPo(quote[0], "BC-LATE", true, true));
        assertEquals("VALID", status(quote[0]), "refused, not converted");
        assertEquals(0, queryLong("select count(*) from customer_order where commitment_number = 'BC-LATE'"));
    }

    @Test
    void tenConcurrentPreOrdersForThreeTokensInStockReserveExactlyThree() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(quote(TOKEN)[0]);
        }
        long reservedBefore = queryLong("select reserved from stock_level where sku = 'SIG-TOKEN'");
        execute("update stock_level set on_hand = reserved + 3 where sku = 'SIG-TOKEN'");
        try {
            ExecutorService pool = Executors.newFixedThreadPool(10);
            List<Future<String>> answers = new ArrayList<>();
            for (String id : ids) {
                answers.add(pool.submit(() -> call(DemoAccounts.BUYER, "preorder", Map.of("quote", id))));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer.get());
            }
            pool.shutdown();
            assertEquals(3, results.stream().filter("OK"::equals).count(), results.toString());
            assertEquals(7, results.stream().filter("REFUSED error.stock.insufficient"::equals).count(),
                    results.toString());
            assertEquals(reservedBefore + 3, queryLong("select reserved from stock_level where sku = 'SIG-TOKEN'"));
            assertEquals(3, queryLong("select count(*) from price_quote where reserved_at is not null and id in ("
                    + String.join(",", ids) + ")"), "only the three served quotes hold goods");
        } finally {
            execute("update stock_level set on_hand = reserved + 100 where sku = 'SIG-TOKEN'");
        }
    }

    @Test
    void theProcedureGivesAQuoteADeliveryNoteAndAnInvoiceThatCarryTheNumbersAndReferences() throws Exception {
        String[] quote = quote("SIG-TOKEN:1:2,HW-READER:0:1,SIG-SOFT:1:1");
        long readersOnHand = queryLong("select on_hand from stock_level where sku = 'HW-READER'");
        assertEquals("OK", call(DemoAccounts.BUYER, "preorder", Map.of("quote", quote[0])));
        String quotePdf = pdf("select pdf from price_quote where id = ?", quote[0]);
        assertTrue(quotePdf.contains(quote[1]) && quotePdf.contains(MAIRIE) && quotePdf.contains("ORIGINAL")
                && quotePdf.contains("IBAN"), quotePdf);

        String po = "BC-IT-" + quote[0];
        String recorded = recordPo(quote[0], po, true, true);
        assertTrue(recorded.startsWith("OK CMD-"), recorded);
        String order = recorded.substring(3);
        assertEquals("CONVERTED", status(quote[0]));
        assertEquals(1, queryLong("select count(*) from customer_order where number = ? and commitment_number = ?"
                + " and payment_mode = 'ADMINISTRATIVE_MANDATE' and status = 'ACCEPTED' and invoice_number is null",
                order, po), "an accepted mandate order keeping the PO number, not invoiced before delivery");
        assertEquals(3, queryLong("select count(*) from activation_request where order_number = ?", order),
                "the certificates follow the activation path");

        String shipped = call(DemoAccounts.ACCOUNTANT, "ship", Map.of("quote", quote[0], "carrier", "Colissimo",
                "tracking", "6A" + quote[0]));
        assertTrue(shipped.startsWith("OK BL-"), shipped);
        String note = shipped.split(" ")[1];
        String invoice = shipped.split(" ")[2];
        assertEquals(readersOnHand - 1, queryLong("select on_hand from stock_level where sku = 'HW-READER'"),
                "the reader left the warehouse");
        assertEquals("REFUSED error.delivery.alreadyShipped", call(DemoAccounts.ACCOUNTANT, "ship",
                Map.of("quote", quote[0], "carrier", "Colissimo", "tracking", "again")));

        String notePdf = pdf("select pdf from delivery_note where number = ?", note);
        for (String expected : List.of(note, quote[1], order, po, "Colissimo", "6A" + quote[0], "Place de la Mairie")) {
            assertTrue(notePdf.contains(expected), expected + " in the delivery note: " + notePdf);
        }
        String invoicePdf = pdf("select pdf from invoice where number = ?", invoice);
        assertTrue(invoicePdf.contains(invoice) && invoicePdf.contains(po), "invoice number and PO reference: " + invoicePdf);
        assertTrue(invoicePdf.contains("IBAN") && invoicePdf.contains("BIC"), "the seller's bank details");
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement(
                        "select exported_at, payer_public_body from invoice where number = ?")) {
            query.setString(1, invoice);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertNull(row.getTimestamp(1), "waits for the nightly Chorus export");
                assertTrue(row.getBoolean(2), "goes to Chorus Pro");
            }
        }
        ProcurementMails.Mail mail = ProcurementMails.await(PAYING_SERVICE, invoice);
        assertTrue(mail.subject().contains(po), mail.subject());
        assertTrue(mail.attachments().contains(invoice + ".pdf") && mail.attachments().contains("bon-de-commande.pdf"),
                "the invoice with the purchase order: " + mail.attachments());
        assertTrue(mail.text().contains("IBAN"), mail.text());
    }

    private String recordPo(String quoteId, String number, boolean original, boolean scan) throws Exception {
        return call(DemoAccounts.ACCOUNTANT, "record-po", Map.of("quote", quoteId, "number", number,
                "signatory", "Le maire", "original", String.valueOf(original), "scan", String.valueOf(scan)));
    }

    static String status(String quoteId) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("select status from price_quote where id = ?")) {
            query.setLong(1, Long.parseLong(quoteId));
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    static void execute(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    static String pdf(String sql, Object parameter) throws Exception {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                try (PDDocument document = Loader.loadPDF(row.getBytes(1))) {
                    return new PDFTextStripper().getText(document);
                }
            }
        }
    }
}
