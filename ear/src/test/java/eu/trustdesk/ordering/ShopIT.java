package eu.trustdesk.ordering;

import static eu.trustdesk.testing.TestDatabase.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.ShopDriver;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.http.HttpResponse;
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
        return TrustDeskEar.forTests();
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

    /** The digits of the cell {@code id} of a page: "312,90 €", "€312.90" and "312.90 EUR" all give "31290". */
    private static String digitsOf(String page, String id) {
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</td>",
                java.util.regex.Pattern.DOTALL).matcher(page);
        assertTrue(cell.find(), "no " + id + " on the page: " + page);
        return cell.group(1).replaceAll("<[^>]*>", "").replaceAll("[^0-9]", "");
    }

    @Test
    void aVisitorPricesACartWithAValidCodeAndThePerCustomerLimitIsCheckedAtSubmission() throws Exception {
        String code = "VISIT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertEquals("OK", shop().call(DemoAccounts.ADMIN, "coupon", Map.of("code", code, "limit", "50",
                "value", "12.5", "perCustomer", "1")));

        // a visitor, not signed in, puts two tokens in the cart and types the code in lower case
        WebSession visitor = new WebSession(base.toURI(), "fr");
        assertEquals(200, visitor.open("product.xhtml?sku=SIG-TOKEN").statusCode());
        HttpResponse<String> added = visitor.submit("add", "addToCart", Map.of("validity_input", "1", "quantity_input", "2"));
        assertEquals(302, added.statusCode(), added.body());
        String fullPrice = digitsOf(visitor.open("cart.xhtml").body(), "totalIncludingVat");
        HttpResponse<String> applied = visitor.submit("cart", "applyCoupon", Map.of("coupon", code.toLowerCase()));
        assertEquals(200, applied.statusCode(), "a clean page, not an error page");
        String page = applied.body();
        assertTrue(page.contains("id=\"couponApplied\"") && page.contains(code), "the code is applied: " + page);
        String discounted = new BigDecimal(shop().call(DemoAccounts.CUSTOMER, "price", Map.of("cart", "SIG-TOKEN:1:2",
                "coupon", code))).movePointRight(2).toBigIntegerExact().toString();
        assertEquals(discounted, digitsOf(page, "totalIncludingVat"), "the discounted total is shown");
        assertTrue(Long.parseLong(discounted) < Long.parseLong(fullPrice), discounted + " below " + fullPrice);
        assertTrue(page.contains("id=\"discountTotal\""), "the discount is shown as such");

        // an unknown code keeps a clean message, in the visitor's language, the same as for an expired
        // or used-up one (nobody learns which codes exist)
        HttpResponse<String> unknown = visitor.submit("cart", "applyCoupon", Map.of("coupon", "NEXISTEPAS-2026"));
        assertEquals(200, unknown.statusCode());
        String refused = unknown.body().replace("&#39;", "'");
        assertTrue(refused.contains("Le code de réduction NEXISTEPAS-2026 ne peut pas être utilisé"),
                "the clean message, not an error page: " + refused);

        // once the customer is known, the per-customer limit (once) applies at submission
        String dupont = shop().organisationOf(DemoAccounts.BUYER, "Dupont Conseil SARL");
        String first = shop().call(DemoAccounts.BUYER, "order", Map.of("org", dupont, "cart", "SIG-TOKEN:1:2",
                "mode", "BANK_TRANSFER", "coupon", code));
        assertTrue(first.startsWith("OK ") && first.endsWith(" " + new BigDecimal(discounted).movePointLeft(2).toPlainString()),
                first);
        long before = queryLong("select count(*) from customer_order");
        assertEquals("REFUSED error.coupon.perCustomerExhausted", shop().call(DemoAccounts.BUYER, "order", Map.of(
                "org", dupont, "cart", "SIG-TOKEN:1:2", "mode", "BANK_TRANSFER", "coupon", code)));
        assertEquals(before, queryLong("select count(*) from customer_order"), "nothing is left behind");
        assertEquals(1, queryLong("select used_count from coupon where code = ?", code));
    }

    @Test
    void anOrderKeepsTheTermsOfSaleItsBuyerAcceptedAsIssuedDownloadableByTheBuyerAndTheBackOffice() throws Exception {
        String dupont = shop().organisationOf(DemoAccounts.BUYER, "Dupont Conseil SARL");
        String answer = shop().call(DemoAccounts.BUYER, "order", Map.of("org", dupont, "cart", "SIG-TOKEN:1:1,EINV-PRO:1:1",
                "mode", "BANK_TRANSFER"));
        assertTrue(answer.startsWith("OK "), answer);
        String number = answer.split(" ")[1];
        long orderId = queryLong("select id from customer_order where number = ?", number);
        String recorded;
        try (Connection db = TestDatabase.connect();
                PreparedStatement terms = db.prepareStatement("select t.sha256, t.version, t.language, o.terms_version"
                        + " from customer_order o join terms_of_sale_version t on t.id = o.terms_document_id where o.id = ?")) {
            terms.setLong(1, orderId);
            try (ResultSet rs = terms.executeQuery()) {
                assertTrue(rs.next(), "the order links the document of the terms accepted");
                recorded = rs.getString(1);
                assertEquals(rs.getString(4), rs.getString(2), "the version the order names");
                assertEquals("FR", rs.getString(3), "in the language the buyer ordered in");
            }
        }

        WebSession buyer = new WebSession(base.toURI(), "fr");
        assertEquals(302, buyer.signIn(DemoAccounts.BUYER, DemoAccounts.PASSWORD).statusCode());
        String page = buyer.open("customer/order.xhtml?id=" + orderId).body();
        assertTrue(page.contains(recorded), "the order page shows the fingerprint");
        assertTrue(page.contains("/customer/documents/terms/" + orderId), "and links the document");
        HttpResponse<byte[]> pdf = buyer.download("customer/documents/terms/" + orderId);
        assertEquals(200, pdf.statusCode());
        assertEquals(recorded, sha256(pdf.body()), "the buyer downloads the very bytes recorded");
        assertTrue(pdfText(pdf.body()).contains("Conditions générales de vente"), "the French terms");
        assertEquals(recorded, sha256(buyer.download("terms-of-sale.pdf").body()),
                "what the checkout offers to read is the document kept");

        WebSession accountant = new WebSession(base.toURI(), "en");
        assertEquals(302, accountant.signIn(DemoAccounts.ACCOUNTANT, DemoAccounts.PASSWORD).statusCode());
        assertTrue(accountant.open("console/order.xhtml?id=" + orderId).body().contains(recorded));
        assertEquals(recorded, sha256(accountant.download("console/documents/terms/" + orderId).body()));

        WebSession other = new WebSession(base.toURI(), "it");
        assertEquals(302, other.signIn(DemoAccounts.CUSTOMER, DemoAccounts.PASSWORD).statusCode());
        assertEquals(404, other.download("customer/documents/terms/" + orderId).statusCode(), "not another customer's");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
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
    void aBuyerInvitesAtMostTenApplicantsADaySoTheShopCannotBeUsedToMailStrangers() throws Exception {
        // a new buyer (the limit counts per buying account and per day)
        WebSession registration = new WebSession(base.toURI(), "fr");
        String buyer = "agnes.lhote." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        registration.open("register.xhtml");
        assertTrue(registration.submit("register", "submit", Map.of("firstName", "Agnès", "lastName", "L'Hôte",
                "email", buyer, "password", DemoAccounts.PASSWORD, "privacy_input", "on")).body().contains("id=\"done\""));
        registration.open(MailCatcher.awaitLink(buyer, "verify.xhtml?token="));
        String org = shop().call(buyer, "organisation", Map.of("name", "Ædificium Lovelace SAS"));

        List<String> applicants = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            String applicant = "collegue-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
            applicants.add(applicant);
            String answer = shop().call(buyer, "order", Map.of("org", org, "cart", "SIG-SOFT:1:1", "mode", "BANK_TRANSFER",
                    "applicant", applicant));
            assertTrue(answer.startsWith("OK "), "order " + i + " goes through: " + answer);
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(1, invitationsTo(applicants.get(i)), "invitation " + (i + 1) + " is mailed");
        }
        assertEquals(0, invitationsTo(applicants.get(10)), "the eleventh of the day is not mailed");
    }

    private static long invitationsTo(String applicant) {
        return queryLong("select count(*) from outbox_mail where recipient = ? and template = 'order.applicantInvitation'",
                applicant);
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
