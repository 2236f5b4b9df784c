package eu.trustdesk.voucher;

import eu.trustdesk.shared.BusinessCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.control.PasswordHashing;
import eu.trustdesk.account.control.SecretTokens;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.activation.boundary.RequestCancelled;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import eu.trustdesk.voucher.boundary.LineRequest;
import eu.trustdesk.voucher.control.VoucherDesk;
import eu.trustdesk.voucher.boundary.VoucherLookup;
import eu.trustdesk.voucher.control.VoucherRedeemer;
import eu.trustdesk.voucher.entity.VoucherApiKey;
import eu.trustdesk.voucher.entity.VoucherCode;
import eu.trustdesk.voucher.entity.VoucherOrder;
import eu.trustdesk.voucher.entity.VoucherPartner;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.regex.Pattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vouchers in the server on MariaDB: the expiry job changes exactly the due valid–unused vouchers,
 * a run stopped midway and restarted ends as an uninterrupted one (each voucher changed once),
 * 20 concurrent redemptions of one code give one success, a used voucher blocks cancellation, a
 * cancelled request gives the voucher back, and another partner's API key gets 404.
 */
@ExtendWith(ArquillianExtension.class)
class VoucherIT {

    private static final String PARTNER = "partner@demo.trustdesk.eu";
    private static final String CUSTOMER = "customer@demo.trustdesk.eu";
    private static final String BUYER = "buyer@demo.trustdesk.eu";
    private static final String OTHER_PASSWORD = "Autre-partenaire-2026!";
    private static final String DEMO_PASSWORD = "TrustDesk-demo-2026";
    /** The partner page's cancel button, rendered disabled. */
    private static final Pattern CANCEL_DISABLED = Pattern.compile("<button[^>]*id=\"cancel:cancelOrder\"[^>]*disabled");

    @Inject
    private VoucherDesk desk;

    @Inject
    private VoucherRedeemer redeemer;

    @Inject
    private UserTransaction transaction;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private Event<RequestCancelled> cancellations;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/trustdesk")
    private DataSource database;

    @Resource
    private ManagedExecutorService executor;

    @ArquillianResource
    private URL base;

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    void theExpiryJobChangesExactlyTheDueUnusedVouchers() throws Exception {
        VoucherOrder order = place(8);
        List<Long> ids = ids(order);
        // 0-2 due and unused, 3 due but used, 4 due but cancelled, 5 due and already expired, 6-7 not due
        Instant past = Instant.now().minus(Duration.ofDays(1));
        update("UPDATE voucher SET expires_at = ? WHERE id IN (?,?,?,?,?,?)", java.sql.Timestamp.from(past),
                ids.get(0), ids.get(1), ids.get(2), ids.get(3), ids.get(4), ids.get(5));
        update("UPDATE voucher SET state = 'VALID_USED', redeemed_at = ? WHERE id = ?", java.sql.Timestamp.from(past),
                ids.get(3));
        update("UPDATE voucher SET state = 'CANCELLED' WHERE id = ?", ids.get(4));
        update("UPDATE voucher SET state = 'EXPIRED', version = 7 WHERE id = ?", ids.get(5));

        long execution = run(new Properties());

        assertEquals(List.of("EXPIRED", "EXPIRED", "EXPIRED", "VALID_USED", "CANCELLED", "EXPIRED", "VALID_UNUSED",
                "VALID_UNUSED"), states(ids));
        long instance = BatchRuntime.getJobOperator().getJobInstance(execution).getInstanceId();
        assertEquals(3, count("SELECT count(*) FROM voucher WHERE order_id = ? AND expiry_job_instance = ?",
                order.id(), instance));
        assertEquals(7, count("SELECT version FROM voucher WHERE id = ?", ids.get(5)), "already expired: untouched");
        // a second run finds nothing more of this order
        run(new Properties());
        assertEquals(3, count("SELECT count(*) FROM voucher WHERE order_id = ? AND state = 'EXPIRED'"
                + " AND expiry_job_instance IS NOT NULL", order.id()));
        assertTrue(count("SELECT count(*) FROM outbox_mail WHERE recipient = ? AND template = 'voucher.expired'",
                PARTNER) >= 1, "the partner is told");
    }

    @Test
    void aRunStoppedMidwayAndRestartedEndsLikeAnUninterruptedRun() throws Exception {
        VoucherOrder order = place(40);
        List<Long> ids = ids(order);
        update("UPDATE voucher SET expires_at = ? WHERE order_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))), order.id());
        Properties parameters = new Properties();
        parameters.setProperty("rangeSize", "5");
        parameters.setProperty("itemCount", "1");
        parameters.setProperty("asOf", Instant.now().toString());
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution;
        // hold the 13th voucher's row: the job commits two ranges of 5, then waits on the third
        try (Connection lock = database.getConnection()) {
            lock.setAutoCommit(false);
            try (PreparedStatement select = lock.prepareStatement("SELECT id FROM voucher WHERE id = ? FOR UPDATE")) {
                select.setLong(1, ids.get(12));
                select.executeQuery().close();
            }
            execution = operator.start("voucher-expiry", parameters);
            awaitCondition(() -> count("SELECT count(*) FROM voucher WHERE order_id = ? AND state = 'EXPIRED'",
                    order.id()) >= 10);
            // stop only once the third range's UPDATE has waited a full second on the held row: the
            // job is then known to be inside that chunk, whatever the machine's speed
            awaitCondition(() -> {
                try (PreparedStatement waiting = lock.prepareStatement("SELECT count(*) FROM information_schema.processlist"
                        + " WHERE id <> connection_id() AND time >= 1 AND upper(info) LIKE 'UPDATE VOUCHER%'");
                        java.sql.ResultSet rows = waiting.executeQuery()) {
                    return rows.next() && rows.getLong(1) > 0;
                }
            });
            operator.stop(execution);
            lock.rollback();
        }
        awaitEnd(execution);
        assertEquals(BatchStatus.STOPPED, operator.getJobExecution(execution).getBatchStatus());
        long partly = count("SELECT count(*) FROM voucher WHERE order_id = ? AND state = 'EXPIRED'", order.id());
        assertTrue(partly >= 10 && partly < 40, "stopped midway: " + partly);

        long restarted = operator.restart(execution, operator.getParameters(execution));
        awaitEnd(restarted);
        assertEquals(BatchStatus.COMPLETED, operator.getJobExecution(restarted).getBatchStatus());
        // as an uninterrupted run: all 40 expired, by one job instance, each changed exactly once
        assertEquals(40, count("SELECT count(*) FROM voucher WHERE order_id = ? AND state = 'EXPIRED'"
                + " AND version = 1", order.id()));
        long instance = operator.getJobInstance(execution).getInstanceId();
        assertEquals(40, count("SELECT count(*) FROM voucher WHERE order_id = ? AND expiry_job_instance = ?",
                order.id(), instance));
    }

    @Test
    void twentyConcurrentRedemptionsOfOneCodeGiveOneSuccess() throws Exception {
        VoucherOrder order = place(1);
        String code = VoucherCode.grouped(codes(order).get(0));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String address = "192.0.2." + i;
            Callable<String> attempt = () -> {
                start.await();
                UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
                tx.begin();
                try {
                    Account customer = account(CUSTOMER);
                    redeemer.redeem(customer, code, address);
                    tx.commit();
                    return "OK";
                } catch (BusinessException e) {
                    tx.rollback();
                    return e.messageKey();
                }
            };
            results.add(executor.submit(attempt));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        assertEquals(1, outcomes.stream().filter("OK"::equals).count(), outcomes.toString());
        assertEquals(19, outcomes.stream().filter("error.voucher.used"::equals).count(), outcomes.toString());
        assertEquals(1, count("SELECT count(*) FROM activation_request WHERE order_number = ?", order.number()));
        assertEquals(List.of("VALID_USED"), states(ids(order)));
    }

    @Test
    void cancellationIsRefusedOnceAVoucherIsUsedAndACancelledRequestGivesTheVoucherBack() throws Exception {
        VoucherOrder order = place(2);
        String code = codes(order).get(1);
        transaction.begin();
        long requestId = redeemer.redeem(account(BUYER), code, "198.51.100.7").id();
        transaction.commit();

        transaction.begin();
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> desk.cancel(em.find(VoucherOrder.class, order.id())));
        transaction.rollback();
        assertEquals("error.voucher.cancel.used", refusal.messageKey());
        assertEquals(List.of("VALID_UNUSED", "VALID_USED"), states(ids(order)));

        // the back office cancels the request within 30 days: the voucher is valid–unused again
        transaction.begin();
        cancellations.fire(new RequestCancelled(requestId, Instant.now()));
        transaction.commit();
        assertEquals(List.of("VALID_UNUSED", "VALID_UNUSED"), states(ids(order)));

        // now nothing is used: the order is cancelled and refunded by a credit note
        transaction.begin();
        VoucherOrder cancelled = desk.cancel(em.find(VoucherOrder.class, order.id()));
        String creditNote = cancelled.creditNoteNumber();
        transaction.commit();
        assertEquals(List.of("CANCELLED", "CANCELLED"), states(ids(order)));
        assertEquals(1, count("SELECT count(*) FROM invoice WHERE number = ? AND kind = 'CREDIT_NOTE'", creditNote));
        assertEquals(1, count("SELECT count(*) FROM prepaid_movement WHERE reference = ? AND reason = 'REFUND'",
                order.number()));
    }

    @Test
    void vouchersOfAnUnpaidTransferOrderAreRefusedAtRedemptionUntilTheAccountantRecordsTheWholePayment()
            throws Exception {
        transaction.begin();
        VoucherPartner partner = desk.enabledPartner(account(PARTNER).id());
        VoucherOrder order = desk.place(partner, "Società Cooperativa Àrea Nord", null,
                List.of(new LineRequest("SIG-SOFT", 1, 2)), PaymentMode.BANK_TRANSFER, Language.FR);
        transaction.commit();
        List<String> codes = codes(order);
        assertEquals(List.of("AWAITING_PAYMENT", "AWAITING_PAYMENT"), states(ids(order)), "they exist, awaiting payment");

        transaction.begin();
        BusinessException refused = assertThrows(BusinessException.class,
                () -> redeemer.redeem(account(CUSTOMER), codes.get(0), "203.0.113.61"));
        transaction.rollback();
        assertEquals("error.voucher.awaitingPayment", refused.messageKey(), "refused with that reason");
        assertEquals(VoucherLookup.Outcome.AWAITING_PAYMENT, redeemer.lookup(codes.get(0), Language.IT).outcome());

        // the partner sees it in the area and through the API
        WebSession partnerArea = new WebSession(base.toURI(), "fr");
        partnerArea.signIn(PARTNER, DEMO_PASSWORD);
        String page = partnerArea.open("partner/vouchers/order.xhtml?id=" + order.id()).body();
        assertTrue(page.contains("id=\"awaitingPayment\"") && page.contains("En attente de paiement"), page);
        String key = "tdv_" + UUID.randomUUID();
        transaction.begin();
        em.persist(new VoucherApiKey(account(PARTNER).id(), "IT-PAY", key.substring(0, 10), new SecretTokens().hash(key),
                Instant.now()));
        transaction.commit();
        String json = get(HttpClient.newHttpClient(), "api/partner/v1/orders/" + order.number(), key).body();
        assertTrue(json.contains("\"awaitingPayment\":true") && json.contains("\"state\":\"AWAITING_PAYMENT\""), json);

        // the accountant records a short transfer, then the rest
        BigDecimal total = new BigDecimal(column("SELECT total_incl_vat FROM voucher_order WHERE id = ?", order.id()).get(0));
        WebSession accountant = new WebSession(base.toURI(), "fr");
        accountant.signIn("accountant@demo.trustdesk.eu", DEMO_PASSWORD);
        assertTrue(accountant.open("console/voucher-payments.xhtml").body().contains(order.number()),
                "listed among the orders waiting for their transfer");
        // typed day first, as the page's date field shows it
        String today = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                .format(java.time.LocalDate.now(BusinessCalendar.ZONE));
        assertEquals(302, accountant.submit("payment", "record", Map.of("number", order.number(), "amount", "50,00",
                "receivedOn_input", today, "reference", "BONIFICO 1/2 ÀREA NORD")).statusCode());
        assertEquals(List.of("AWAITING_PAYMENT", "AWAITING_PAYMENT"), states(ids(order)), "a short payment is not enough");
        accountant.open("console/voucher-payments.xhtml");
        assertEquals(302, accountant.submit("payment", "record", Map.of("number", order.number(),
                "amount", total.subtract(new BigDecimal("50.00")).toPlainString(), "receivedOn_input", today,
                "reference", "BONIFICO 2/2")).statusCode());
        assertEquals(List.of("VALID_UNUSED", "VALID_UNUSED"), states(ids(order)));
        assertEquals(1, count("SELECT count(*) FROM outbox_mail WHERE recipient = ? AND template = 'voucher.paymentReceived'"
                + " AND subject LIKE ?", PARTNER, "%" + order.number()));

        transaction.begin();
        redeemer.redeem(account(CUSTOMER), codes.get(0), "203.0.113.62");
        transaction.commit();
        assertEquals(List.of("VALID_USED", "VALID_UNUSED"), states(ids(order)), "redeemable once paid");
    }

    @Test
    void thePartnerIsToldBeforeTryingWhetherAnOrderCanBeCancelledWithEveryFailingCondition() throws Exception {
        String key = "tdv_" + UUID.randomUUID();
        transaction.begin();
        em.persist(new VoucherApiKey(account(PARTNER).id(), "IT", key.substring(0, 10), new SecretTokens().hash(key),
                Instant.now()));
        transaction.commit();
        VoucherOrder order = place(2);
        HttpClient http = HttpClient.newHttpClient();
        String path = "api/partner/v1/orders/" + order.number() + "/cancellation";
        WebSession partner = new WebSession(base.toURI(), "en");
        assertEquals(302, partner.signIn(PARTNER, DEMO_PASSWORD).statusCode());

        HttpResponse<String> eligible = get(http, path, key);
        assertEquals(200, eligible.statusCode(), eligible.body());
        JsonObject yes = json(eligible.body());
        assertEquals(order.number(), yes.getString("number"));
        assertTrue(yes.getBoolean("eligible"), eligible.body());
        assertEquals(0, yes.getJsonArray("failedConditions").size());
        String page = partner.open("partner/vouchers/order.xhtml?id=" + order.id()).body();
        assertFalse(page.contains("id=\"cancelReasons\""), "nothing in the way");
        assertFalse(CANCEL_DISABLED.matcher(page).find(), "the cancel button is enabled");

        // one voucher used, and the 30 days are over: both conditions are listed, nothing changes
        transaction.begin();
        redeemer.redeem(account(BUYER), codes(order).get(0), "198.51.100.8");
        transaction.commit();
        update("UPDATE voucher_order SET ordered_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(31))), order.id());
        HttpResponse<String> refused = get(http, path, key);
        assertEquals(200, refused.statusCode(), "a question, not a refusal: " + refused.body());
        JsonObject no = json(refused.body());
        assertFalse(no.getBoolean("eligible"));
        List<String> failed = no.getJsonArray("failedConditions").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("error")).toList();
        assertEquals(List.of("error.voucher.cancel.tooLate", "error.voucher.cancel.used"), failed, refused.body());
        assertEquals("The order cannot be cancelled: 1 of its vouchers already used.",
                no.getJsonArray("failedConditions").getJsonObject(1).getString("message"));
        assertEquals(List.of("VALID_USED", "VALID_UNUSED"), states(ids(order)), "asking changes nothing");

        page = partner.open("partner/vouchers/order.xhtml?id=" + order.id()).body();
        // the demo partner reads French: the same two reasons, in his language
        assertTrue(page.contains("id=\"cancelReasons\"") && page.contains(": 1 de ses bons d")
                && page.contains("les 30 jours ont pris fin le"), "the page gives the same reasons: " + page);
        assertTrue(CANCEL_DISABLED.matcher(page).find(), "the cancel button is disabled");
        assertEquals(404, get(http, "api/partner/v1/orders/V0000-000000/cancellation", key).statusCode());

        String openapi = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceFirst("(https?://[^/]+).*",
                "$1") + "/openapi")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(openapi.contains("/orders/{number}/cancellation") && openapi.contains("CancellationEligibility")
                && openapi.contains("failedConditions"), "documented like the other endpoints");
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @Test
    void anotherPartnersKeyGets404OnTheOrderAndItsCsv() throws Exception {
        String mine = "tdv_" + UUID.randomUUID();
        String theirs = "tdv_" + UUID.randomUUID();
        transaction.begin();
        Account partner = account(PARTNER);
        em.persist(new VoucherApiKey(partner.id(), "IT", mine.substring(0, 10), new SecretTokens().hash(mine),
                Instant.now()));
        String otherEmail = "other-partner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        Account other = new Account(otherEmail, "Olga", "Autre", Language.FR,
                passwords.hash(OTHER_PASSWORD.toCharArray()), Instant.now());
        other.grant(Role.PARTNER).activate();
        em.persist(other);
        em.flush(); // its id, for the key below
        Organisation organisation = new Organisation(other, "Autre Revendeur SAS", HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "73282932000074", null, null, null, null, null),
                Instant.now());
        organisation.changeQuoteHeader(PostalAddress.of("1 rue Autre", null, "75001", "Paris", null, Country.FR),
                Contact.of("Olga Autre", otherEmail, null));
        em.persist(organisation);
        VoucherPartner settings = new VoucherPartner(other, "it", Instant.now());
        settings.configure(true, organisation, BigDecimal.ZERO, "it", Instant.now());
        em.persist(settings);
        em.persist(new VoucherApiKey(other.id(), "IT", theirs.substring(0, 10), new SecretTokens().hash(theirs),
                Instant.now()));
        transaction.commit();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "api/partner/v1/orders"))
                .header("Authorization", "Bearer " + mine).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"customerName\":\"=Société Àrea Nord – Łukasz\",\"paymentMode\":"
                        + "\"BANK_TRANSFER\",\"lines\":[{\"sku\":\"SIG-SOFT\",\"validityYears\":1,\"quantity\":3}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String number = created.body().replaceAll("(?s).*\"number\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> read = get(http, "api/partner/v1/orders/" + number, mine);
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"customerName\":\"=Société Àrea Nord – Łukasz\""),
                "the name comes back in the JSON as sent: " + read.body());
        HttpResponse<String> csv = get(http, "api/partner/v1/orders/" + number + "/csv", mine);
        assertEquals(200, csv.statusCode());
        String[] rows = csv.body().split("\r\n");
        assertEquals(4, rows.length, csv.body());
        assertEquals("code,url,product,validity_years,state,order_date,expiry_date,customer_name", rows[0]);
        assertTrue(rows[1].endsWith(",'=Société Àrea Nord – Łukasz"), "formula made text, accents kept: " + rows[1]);

        assertEquals(404, get(http, "api/partner/v1/orders/" + number, theirs).statusCode());
        assertEquals(404, get(http, "api/partner/v1/orders/" + number + "/csv", theirs).statusCode());
        assertEquals(401, get(http, "api/partner/v1/orders/" + number, "tdv_unknown").statusCode());
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceFirst(
                "/$", "").replaceFirst("(https?://[^/]+).*", "$1") + "/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/partner/v1/orders"), openapi.body());

        // the administrator switches the other partner's vouchers off: 403 on the API and the pages, no menu
        transaction.begin();
        em.createNamedQuery(VoucherPartner.OF_ACCOUNT, VoucherPartner.class).setParameter("account", other.id())
                .getSingleResult().configure(false, null, BigDecimal.ZERO, "it", Instant.now());
        transaction.commit();
        assertEquals(403, get(http, "api/partner/v1/orders", theirs).statusCode());
        WebSession web = new WebSession(base.toURI(), "en");
        web.signIn(otherEmail, OTHER_PASSWORD);
        assertEquals(403, web.get("partner/vouchers/index.xhtml").statusCode());
        assertEquals(403, web.get("partner/vouchers/order-new.xhtml").statusCode());
        HttpResponse<String> home = web.get("partner/index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(!home.body().contains("partner/vouchers/"), "no voucher menu");
    }

    private HttpResponse<String> get(HttpClient http, String path, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + key)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private VoucherOrder place(int quantity) throws Exception {
        transaction.begin();
        VoucherPartner partner = desk.enabledPartner(account(PARTNER).id());
        VoucherOrder order = desk.place(partner, "Client IT", null, List.of(new LineRequest("SIG-SOFT", 1, quantity)),
                PaymentMode.PREPAID_ACCOUNT, Language.FR);
        transaction.commit();
        return order;
    }

    private Account account(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
    }

    private long run(Properties parameters) throws Exception {
        parameters.setProperty("asOf", Instant.now().toString());
        long execution = BatchRuntime.getJobOperator().start("voucher-expiry", parameters);
        awaitEnd(execution);
        assertEquals(BatchStatus.COMPLETED, BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus());
        return execution;
    }

    private static void awaitEnd(long execution) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        for (int i = 0; i < 600; i++) {
            BatchStatus status = operator.getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.FAILED || status == BatchStatus.STOPPED
                    || status == BatchStatus.ABANDONED) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job execution " + execution + " did not end");
    }

    private static void awaitCondition(Callable<Boolean> condition) throws Exception {
        for (int i = 0; i < 300; i++) {
            if (condition.call()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("condition not reached");
    }

    private List<Long> ids(VoucherOrder order) throws Exception {
        return column("SELECT id FROM voucher WHERE order_id = ? ORDER BY id", order.id()).stream()
                .map(Long::valueOf).toList();
    }

    private List<String> codes(VoucherOrder order) throws Exception {
        return column("SELECT code FROM voucher WHERE order_id = ? ORDER BY id", order.id());
    }

    private List<String> states(List<Long> ids) throws Exception {
        List<String> states = new ArrayList<>();
        for (Long id : ids) {
            states.add(column("SELECT state FROM voucher WHERE id = ?", id).get(0));
        }
        return states;
    }

    private List<String> column(String sql, Object... parameters) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private long count(String sql, Object... parameters) throws Exception {
        return Long.parseLong(column(sql, parameters).get(0));
    }

    private void update(String sql, Object... parameters) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
