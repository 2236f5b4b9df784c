package eu.trustdesk.ordering;

import static eu.trustdesk.testing.TestDatabase.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.ShopDriver;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The checkout boundary's rules, driven as signed-in customers through a test servlet, alone and
 * many at once: refused payment modes, free orders, prepaid balances, coupon limits and invoice
 * numbers under concurrency.
 */
@ExtendWith(ArquillianExtension.class)
class ShopIT {

    private static final String TOKEN = "SIG-TOKEN:1:1";
    private static final String READER = "HW-READER:0:1";

    @ArquillianResource
    private URL base;

    private ShopDriver shop() {
        return new ShopDriver(base);
    }


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.withTestClasses(ShopDriverServlet.class);
    }

    @BeforeAll
    static void mailServer() {
        MailCatcher.start();
    }



    private List<String> concurrently(int count, Callable<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(call));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPrivateCompanyIsRefusedTheAdministrativeMandateByTheBoundary() throws Exception {
        String dupont = shop().organisationOf(DemoAccounts.BUYER, "Dupont Conseil SARL");
        long before = queryLong("select count(*) from customer_order");
        assertEquals("REFUSED error.payment.mandateRequiresPublicBody", shop().call(DemoAccounts.BUYER, "order",
                Map.of("org", dupont, "cart", TOKEN, "mode", "ADMINISTRATIVE_MANDATE")));
        assertEquals(before, queryLong("select count(*) from customer_order"), "nothing is left behind");

        String mairie = shop().organisationOf(DemoAccounts.BUYER, "Mairie de Villeneuve-Exemple");
        String accepted = shop().call(DemoAccounts.BUYER, "order", Map.of("org", mairie, "cart", TOKEN, "mode",
                "ADMINISTRATIVE_MANDATE"));
        assertTrue(accepted.startsWith("OK CMD-") && accepted.contains(" ACCEPTED "), accepted);
        String number = accepted.split(" ")[1];
        assertEquals(1, queryLong("select count(*) from customer_order where number = ? and invoice_number is not null", number),
                "a confirmed public body's order is accepted and invoiced at once");
    }

    @Test
    void anOrderWithAHundredPercentCouponIsAcceptedWithNoPayment() throws Exception {
        String dupont = shop().organisationOf(DemoAccounts.BUYER, "Dupont Conseil SARL");
        String answer = shop().call(DemoAccounts.BUYER, "order", Map.of("org", dupont, "cart", "SIG-SOFT:1:1", "mode", "NONE",
                "coupon", "GRATUIT100"));
        assertTrue(answer.startsWith("OK ") && answer.endsWith(" ACCEPTED 0.00"), answer);
        assertEquals("REFUSED error.payment.nothingToPay", shop().call(DemoAccounts.BUYER, "order", Map.of("org", dupont,
                "cart", "SIG-SOFT:1:1", "mode", "BANK_TRANSFER", "coupon", "GRATUIT100")));
    }

    @Test
    void fiftyConcurrentOrdersAgainstABalanceForTenLeaveExactlyTenPaidAndTheBalanceRight() throws Exception {
        String org = shop().call(DemoAccounts.BUYER, "organisation", Map.of("name", "Prepaid " + UUID.randomUUID()));
        BigDecimal price = new BigDecimal(shop().call(DemoAccounts.BUYER, "price", Map.of("cart", READER)));
        assertEquals("OK", shop().call(DemoAccounts.ACCOUNTANT, "topup", Map.of("org", org,
                "amount", price.multiply(BigDecimal.TEN).toPlainString())));

        List<String> answers = concurrently(50, () -> shop().call(DemoAccounts.BUYER, "order",
                Map.of("org", org, "cart", READER, "mode", "PREPAID_ACCOUNT")));
        long paid = answers.stream().filter(a -> a.startsWith("OK ")).count();
        assertEquals(10, paid, answers.toString());
        assertTrue(answers.stream().filter(a -> !a.startsWith("OK ")).allMatch(a -> a.equals("REFUSED error.prepaid.insufficient")
                || a.equals("REFUSED error.payment.prepaidShort")), answers.toString());
        try (Connection db = TestDatabase.connect();
                PreparedStatement balance = db.prepareStatement("select balance from prepaid_account where organisation_id = ?")) {
            balance.setLong(1, Long.parseLong(org));
            try (ResultSet rs = balance.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(0, rs.getBigDecimal(1).signum(), "ten orders spent exactly the balance");
            }
        }
    }

    @Test
    void aCouponWithFiveUsesLeftServesExactlyFiveOfTwentyConcurrentOrders() throws Exception {
        String code = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertEquals("OK", shop().call(DemoAccounts.ADMIN, "coupon", Map.of("code", code, "limit", "5")));
        String dupont = shop().organisationOf(DemoAccounts.BUYER, "Dupont Conseil SARL");

        List<String> answers = concurrently(20, () -> shop().call(DemoAccounts.BUYER, "order",
                Map.of("org", dupont, "cart", READER, "mode", "BANK_TRANSFER", "coupon", code)));
        assertEquals(5, answers.stream().filter(a -> a.startsWith("OK ")).count(), answers.toString());
        assertTrue(answers.stream().filter(a -> !a.startsWith("OK ")).allMatch(a -> a.equals("REFUSED error.coupon.unavailable")),
                answers.toString());
        assertEquals(5, queryLong("select used_count from coupon where code = ?", code));
        assertEquals(5, queryLong("select count(*) from customer_order where coupon_code = ?", code));
    }

    @Test
    void fiftyOrdersAcceptedAtOnceGetFiftyConsecutiveInvoiceNumbers() throws Exception {
        String rossi = shop().organisationOf(DemoAccounts.CUSTOMER, "Rossi Consulting S.r.l.");
        List<String> answers = concurrently(50, () -> shop().call(DemoAccounts.CUSTOMER, "order",
                Map.of("org", rossi, "cart", READER, "mode", "CLIENT_CONTRACT")));
        assertTrue(answers.stream().allMatch(a -> a.startsWith("OK ") && a.contains(" ACCEPTED ")), answers.toString());

        TreeSet<Integer> sequence = new TreeSet<>();
        try (Connection db = TestDatabase.connect();
                PreparedStatement invoices = db.prepareStatement("select invoice_number from customer_order where number = ?")) {
            for (String answer : answers) {
                invoices.setString(1, answer.split(" ")[1]);
                try (ResultSet rs = invoices.executeQuery()) {
                    assertTrue(rs.next());
                    String invoice = rs.getString(1);
                    sequence.add(Integer.parseInt(invoice.substring(invoice.lastIndexOf('-') + 1)));
                }
            }
        }
        assertEquals(50, sequence.size(), "fifty distinct numbers");
        assertEquals(49, sequence.last() - sequence.first(), "without a gap: " + sequence);
    }
}
