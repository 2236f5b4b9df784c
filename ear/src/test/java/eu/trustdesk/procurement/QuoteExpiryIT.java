package eu.trustdesk.procurement;

import static eu.trustdesk.testing.TestDatabase.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly quote expiry on MariaDB: quotes past their month expire, the readers their pre-orders
 * held go back to stock exactly once and each customer gets one mail, also when the run fails in
 * the middle and is restarted from its checkpoint, and when a second run follows.
 */
@ExtendWith(ArquillianExtension.class)
class QuoteExpiryIT {

    private static final int QUOTES = 3;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    private String call(String path, Map<String, String> parameters) throws Exception {
        return new ProcurementDriver(base).call(DemoAccounts.ACCOUNTANT, path, parameters);
    }

    @Test
    void expiredQuotesGiveBackTheirReservationsExactlyOnceAlsoWhenTheRunFailsAndIsRestarted() throws Exception {
        ProcurementDriver driver = new ProcurementDriver(base);
        String mairie = driver.organisationOf(DemoAccounts.BUYER, ProcurementIT.MAIRIE);
        long reservedBefore = queryLong("select reserved from stock_level where sku = 'HW-READER'");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < QUOTES; i++) {
            String answer = driver.call(DemoAccounts.BUYER, "quote", Map.of("org", mairie, "cart", "HW-READER:0:1"));
            String id = answer.split(" ")[1];
            assertEquals("OK", driver.call(DemoAccounts.BUYER, "preorder", Map.of("quote", id)));
            ids.add(id);
        }
        String in = String.join(",", ids);
        assertEquals(reservedBefore + QUOTES, queryLong("select reserved from stock_level where sku = 'HW-READER'"));
        ProcurementIT.execute("update price_quote set valid_until = date_sub(current_date, interval 1 day) where id in ("
                + in + ")");

        // the second quote cannot be read (its language is broken): the run expires the first one, then
        // fails in its second chunk of one quote, at a known point whatever the machine's speed
        ProcurementIT.execute("update price_quote set language = 'XX' where id = ?", ids.get(1));
        long started = Long.parseLong(call("expiry/start", Map.of("itemCount", "1")));
        assertEquals("FAILED", awaitEnd(started));
        assertEquals("EXPIRED", ProcurementIT.status(ids.get(0)), "the chunk before the failure committed");
        assertEquals("VALID", ProcurementIT.status(ids.get(1)), "the failed chunk rolled back");
        assertEquals("VALID", ProcurementIT.status(ids.get(2)), "no chunk after the failure");
        assertEquals(reservedBefore + QUOTES - 1, queryLong("select reserved from stock_level where sku = 'HW-READER'"),
                "the first reader is back in stock");
        ProcurementIT.execute("update price_quote set language = 'FR' where id = ?", ids.get(1));

        long restarted = Long.parseLong(call("expiry/restart", Map.of("execution", String.valueOf(started))));
        assertEquals("COMPLETED", awaitEnd(restarted));
        for (String id : ids) {
            assertEquals("EXPIRED", ProcurementIT.status(id));
        }
        assertEquals(reservedBefore, queryLong("select reserved from stock_level where sku = 'HW-READER'"),
                "every reader given back, none twice");
        assertEquals(QUOTES, queryLong("select count(*) from price_quote where id in (" + in
                + ") and reservation_released_at is not null"));
        assertEquals(QUOTES, expiryMails(ids), "one mail per quote");

        long again = Long.parseLong(call("expiry/start", Map.of()));
        assertEquals("COMPLETED", awaitEnd(again));
        assertEquals(reservedBefore, queryLong("select reserved from stock_level where sku = 'HW-READER'"),
                "a second run gives back nothing more");
        assertEquals(QUOTES, expiryMails(ids));
    }

    private static long expiryMails(List<String> ids) throws Exception {
        long mails = 0;
        for (String id : ids) {
            try (Connection db = TestDatabase.connect();
                    PreparedStatement query = db.prepareStatement("select number from price_quote where id = ?")) {
                query.setLong(1, Long.parseLong(id));
                try (java.sql.ResultSet row = query.executeQuery()) {
                    assertTrue(row.next());
                    long forThis = queryLong("select count(*) from outbox_mail where template = 'quote.expired'"
                            + " and subject like ?", "%" + row.getString(1) + "%");
                    assertTrue(forThis <= 1, "never two mails for " + row.getString(1));
                    mails += forThis;
                }
            }
        }
        return mails;
    }

    private String awaitEnd(long execution) throws Exception {
        String[] status = new String[1];
        pollUntil(() -> {
            status[0] = call("expiry/status", Map.of("execution", String.valueOf(execution)));
            return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status[0]);
        }, "execution " + execution + " ends");
        return status[0];
    }

    /** Checks a condition the job makes true every 200 ms, for at most three minutes. */
    private static void pollUntil(Check condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 3 minutes: " + what);
            }
            Thread.sleep(200);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }
}
