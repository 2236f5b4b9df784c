package eu.trustdesk.ordering;

import static eu.trustdesk.testing.TestDatabase.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.ShopDriver;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accountant's order desk through its pages: a transfer is recorded (the order is accepted
 * and invoiced), the order is then fulfilled; an unpaid order is cancelled only with a reason;
 * a validator sees the order but none of these actions.
 */
@ExtendWith(ArquillianExtension.class)
class OrderDeskIT {

    private static final String READER = "HW-READER:0:1";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.withTestClasses(ShopDriverServlet.class);
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

    @Test
    void aRecordedTransferAcceptsAndInvoicesTheOrderWhichIsThenFulfilled() throws Exception {
        long order = transferOrder();
        WebSession accountant = signedIn(DemoAccounts.ACCOUNTANT);
        String page = "console/order.xhtml?id=" + order;
        assertTrue(accountant.open(page).body().contains("id=\"payment\""), "the payment form is offered");

        HttpResponse<String> paid = accountant.submit("payment", "record", Map.of("reference", "VIR-IT-42"));
        assertEquals(302, paid.statusCode());
        String[] after = statusAndInvoice(order);
        assertEquals("ACCEPTED", after[0]);
        assertTrue(after[1] != null && after[1].startsWith("FA-"), "invoiced at once: " + after[1]);
        assertEquals(1, queryLong("select count(*) from order_event where order_id = ? and type = 'paymentReceived'"
                + " and detail = 'VIR-IT-42'", order), "the payment is in the order's history");

        assertTrue(accountant.open(page).body().contains("id=\"fulfil\""));
        assertEquals(302, accountant.submit("fulfil", "fulfilOrder", Map.of()).statusCode());
        assertEquals("FULFILLED", statusAndInvoice(order)[0]);
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
        validator.submit("payment", "record", Map.of("reference", "FORGED"));
        assertEquals("AWAITING_PAYMENT", statusAndInvoice(order)[0], "a forged form changes nothing");
    }
}
