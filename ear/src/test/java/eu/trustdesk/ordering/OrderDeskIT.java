package eu.trustdesk.ordering;

import eu.trustdesk.shared.BusinessCalendar;
import static eu.trustdesk.testing.TestDatabase.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.boundary.ExportSyntax;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.ShopDriver;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accountant's order desk through its pages: a transfer is recorded with its amount, day and
 * bank reference (the order is accepted, the buyer mailed, a receipted invoice issued), the order
 * is then fulfilled; a short payment leaves the rest due, an overpayment is refused; an unpaid
 * order is cancelled only with a reason; a validator sees the order but none of these actions.
 */
@ExtendWith(ArquillianExtension.class)
class OrderDeskIT {

    private static final String READER = "HW-READER:0:1";

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

    private long transferOrder() throws Exception {
        ShopDriver shop = new ShopDriver(base);
        String dupont = shop.organisationOf(DemoAccounts.BUYER, "Dupont Conseil SARL");
        String answer = shop.call(DemoAccounts.BUYER, "order", Map.of("org", dupont, "cart", READER, "mode", "BANK_TRANSFER"));
        assertTrue(answer.startsWith("OK ") && answer.contains(" AWAITING_PAYMENT "), answer);
        return queryLong("select id from customer_order where number = ?", answer.split(" ")[1]);
    }

    private WebSession signedIn(String email) throws Exception {
        WebSession session = new WebSession(base.toURI(), "en");
        assertEquals(302, session.signIn(email, DemoAccounts.PASSWORD).statusCode());
        return session;
    }

    private static String[] statusAndInvoice(long order) throws Exception {
        try (Connection db = TestDatabase.connect();
                PreparedStatement query = db.prepareStatement("select status, invoice_number from customer_order where id = ?")) {
            query.setLong(1, order);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next());
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private static String today() {
        return LocalDate.now(BusinessCalendar.ZONE).toString();
    }

    /** Today typed day first, as the page's date field shows it. */
    private static String typedToday() {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(BusinessCalendar.ZONE));
    }

    private static BigDecimal total(long order) {
        return new BigDecimal(TestDatabase.queryString("select total_including_vat from customer_order where id = ?", order));
    }

    private static String number(long order) {
        return TestDatabase.queryString("select number from customer_order where id = ?", order);
    }

    /** The accountant's payment form as the bank statement reads: amount written the French way, day, reference. */
    private static Map<String, String> payment(BigDecimal amount, String reference) {
        return Map.of("amount", amount.toPlainString().replace('.', ','), "receivedOn_input", typedToday(),
                "reference", reference);
    }

    /** The text of the buyer's mail about {@code order} whose subject starts with {@code subject}, spaces made plain. */
    private static String mailTo(String recipient, String subject, String orderNumber) {
        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> MailCatcher.receivedBy(recipient).stream().filter(m -> subjectOf(m).startsWith(subject)
                        && subjectOf(m).endsWith(orderNumber)).findFirst(), Optional::isPresent).orElseThrow();
        return (subjectOf(mail) + "\n" + MailCatcher.plainText(mail)).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The page's text as a reader sees it: character references decoded, no-break spaces made plain. */
    private static String plain(String html) {
        String text = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html).replaceAll(m -> String
                .valueOf(Character.toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        return text.replace("&nbsp;", " ").replace("&euro;", "€").replace("&agrave;", "à").replace("&eacute;", "é")
                .replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void aRecordedTransferAcceptsTheOrderMailsTheBuyerAndIssuesAReceiptedInvoiceWhichIsThenFulfilled() throws Exception {
        long order = transferOrder();
        BigDecimal total = total(order);
        WebSession accountant = signedIn(DemoAccounts.ACCOUNTANT);
        String page = "console/order.xhtml?id=" + order;
        assertTrue(accountant.open(page).body().contains("id=\"payment\""), "the payment form is offered");

        HttpResponse<String> paid = accountant.submit("payment", "record", payment(total, "VIR SEPA DUPONT CONSEIL 42"));
        assertEquals(302, paid.statusCode(), paid.body());
        String[] after = statusAndInvoice(order);
        assertEquals("ACCEPTED", after[0]);
        assertTrue(after[1] != null && after[1].startsWith("FA-"), "invoiced at once: " + after[1]);
        assertEquals(1, queryLong("select count(*) from order_event where order_id = ? and type = 'paymentReceived'"
                + " and detail = 'VIR SEPA DUPONT CONSEIL 42'", order), "the payment is in the order's history");
        assertEquals(1, queryLong("select count(*) from order_payment where order_id = ? and amount = ?"
                + " and received_on = ? and bank_reference = 'VIR SEPA DUPONT CONSEIL 42'", order, total, today()));

        // the buyer (French) is told, with the amount in euros written the French way
        String mail = mailTo(DemoAccounts.BUYER, "Paiement reçu pour votre commande", number(order));
        String amount = total.toPlainString().replace('.', ',') + " €";
        assertTrue(mail.contains("votre paiement de " + amount), mail);
        assertTrue(mail.contains("entièrement réglée"), mail);

        // the invoice says it is paid and asks for nothing: page, CII and UBL (which still pass EN 16931)
        long invoice = queryLong("select id from invoice where number = ?", after[1]);
        assertEquals(0, total.compareTo(new BigDecimal(TestDatabase.queryString(
                "select prepaid_amount from invoice where id = ?", invoice))), "BT-113 stored");
        String invoicePage = plain(accountant.open("console/invoice.xhtml?id=" + invoice).body());
        assertTrue(invoicePage.contains("id=\"paidOn\""), "paid on, on the invoice page");
        assertTrue(invoicePage.matches("(?s).*id=\"invoiceDue\"><span[^>]*>0,00 €.*|(?s).*id=\"invoiceDue\">0,00 €.*"),
                "nothing due on the invoice page");
        assertTrue(invoicePage.contains("payée le"), "the terms say when it was paid");
        assertFalse(invoicePage.contains("jours, au plus tard"), "no instruction to pay within 30 days");
        for (ExportSyntax syntax : ExportSyntax.values()) {
            HttpResponse<String> xml = accountant.get("console/documents/invoice-" + syntax.name().toLowerCase()
                    + "/" + invoice);
            assertEquals(200, xml.statusCode());
            String text = xml.body();
            String paidTag = syntax == ExportSyntax.CII ? "TotalPrepaidAmount" : "PrepaidAmount";
            String dueTag = syntax == ExportSyntax.CII ? "DuePayableAmount" : "PayableAmount";
            assertTrue(text.matches("(?s).*<(\\w+:)?" + paidTag + "( [^>]*)?>" + total.toPlainString() + "</.*"),
                    syntax + " BT-113 = total: " + text);
            assertTrue(text.matches("(?s).*<(\\w+:)?" + dueTag + "( [^>]*)?>0\\.00</.*"), syntax + " BT-115 = 0: " + text);
        }
        // the invoice page runs the official EN 16931 rules on both documents, as the Chorus Pro export does
        accountant.open("console/invoice.xhtml?id=" + invoice);
        String checked = accountant.submit("check", "run", Map.of()).body();
        for (ExportSyntax syntax : ExportSyntax.values()) {
            Matcher verdict = Pattern.compile("id=\"verdict-" + syntax.name() + "\"[^>]*data-valid=\"(\\w+)\"")
                    .matcher(checked);
            assertTrue(verdict.find(), "no check result for " + syntax);
            assertEquals("true", verdict.group(1), syntax + " of the receipted invoice passes EN 16931");
        }

        assertTrue(accountant.open(page).body().contains("id=\"fulfil\""));
        assertEquals(302, accountant.submit("fulfil", "fulfilOrder", Map.of()).statusCode());
        assertEquals("FULFILLED", statusAndInvoice(order)[0]);
    }

    @Test
    void aShortPaymentLeavesTheOrderWaitingForTheRestShownToBothAndAnOverpaymentIsRefused() throws Exception {
        long order = transferOrder();
        BigDecimal total = total(order);
        BigDecimal part = new BigDecimal("10.05");
        BigDecimal rest = total.subtract(part);
        String restFr = rest.toPlainString().replace('.', ',') + " €";
        WebSession accountant = signedIn(DemoAccounts.ACCOUNTANT);
        String page = "console/order.xhtml?id=" + order;
        accountant.open(page);
        assertEquals(302, accountant.submit("payment", "record", payment(part, "VIR PARTIEL 1/2")).statusCode());
        assertEquals("AWAITING_PAYMENT", statusAndInvoice(order)[0], "still waiting for the rest");
        assertEquals(null, statusAndInvoice(order)[1], "not invoiced before it is paid");

        String console = plain(accountant.open(page).body());
        assertTrue(console.contains(restFr), "the accountant sees what remains: " + restFr);
        assertTrue(console.contains("VIR PARTIEL 1/2"), "and the payment received");
        WebSession buyer = signedIn(DemoAccounts.BUYER);
        String mine = plain(buyer.open("customer/order.xhtml?id=" + order).body());
        assertTrue(mine.contains("id=\"orderRemaining\""), "the customer sees what remains to pay");
        assertTrue(mine.contains(restFr), mine);
        String mail = mailTo(DemoAccounts.BUYER, "Paiement partiel reçu", number(order));
        assertTrue(mail.contains("10,05 €") && mail.contains("Il reste " + restFr), mail);

        accountant.open(page);
        HttpResponse<String> over = accountant.submit("payment", "record", payment(rest.add(new BigDecimal("0.01")),
                "VIR TROP"));
        assertTrue(plain(over.body()).contains("dépasse le reste à payer (" + restFr + ")"),
                "the overpayment is refused with the reason, in French: " + over.body());
        assertEquals(0, queryLong("select count(*) from order_payment where order_id = ? and bank_reference = 'VIR TROP'",
                order), "nothing stored");

        accountant.open(page);
        assertEquals(302, accountant.submit("payment", "record", payment(rest, "VIR SOLDE 2/2")).statusCode());
        assertEquals("ACCEPTED", statusAndInvoice(order)[0], "the payment that completes the total accepts the order");
        assertTrue(statusAndInvoice(order)[1].startsWith("FA-"));
    }

    @Test
    void anUnpaidOrderIsCancelledOnlyWithAReason() throws Exception {
        long order = transferOrder();
        WebSession accountant = signedIn(DemoAccounts.ACCOUNTANT);
        String page = "console/order.xhtml?id=" + order;
        accountant.open(page);
        HttpResponse<String> refused = accountant.submit("cancel", "cancelOrder", Map.of("reason", ""));
        assertTrue(refused.body().contains("Veuillez indiquer le motif"), "the reason is asked for, in the accountant's language (French)");
        assertEquals("AWAITING_PAYMENT", statusAndInvoice(order)[0]);

        accountant.open(page);
        assertEquals(302, accountant.submit("cancel", "cancelOrder", Map.of("reason", "No transfer after 30 days"))
                .statusCode());
        assertEquals("CANCELLED", statusAndInvoice(order)[0]);
        assertEquals(null, statusAndInvoice(order)[1], "a cancelled order is never invoiced");
    }

    @Test
    void aValidatorSeesTheOrderButCannotRecordAPayment() throws Exception {
        long order = transferOrder();
        WebSession validator = signedIn(DemoAccounts.VALIDATOR);
        HttpResponse<String> page = validator.open("console/order.xhtml?id=" + order);
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("id=\"payment\""), "no payment form for a validator");
        validator.submit("payment", "record", payment(new BigDecimal("1.00"), "FORGED"));
        assertEquals("AWAITING_PAYMENT", statusAndInvoice(order)[0], "a forged form changes nothing");
    }
}
