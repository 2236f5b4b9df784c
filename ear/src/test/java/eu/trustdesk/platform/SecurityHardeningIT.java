package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.control.SecretTokens;
import eu.trustdesk.account.boundary.AccountDirectory;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.audit.boundary.AuditFilter;
import eu.trustdesk.audit.boundary.AuditLog;
import eu.trustdesk.audit.entity.AuditEvent;
import eu.trustdesk.notification.entity.OutboxMail;
import eu.trustdesk.ordering.boundary.CartLine;
import eu.trustdesk.ordering.boundary.Checkout;
import eu.trustdesk.ordering.control.CouponThrottle;
import eu.trustdesk.ordering.entity.Coupon;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.Discount;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import eu.trustdesk.voucher.entity.VoucherApiKey;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, items 6 and 7, against the deployed EAR: discount codes answer alike whatever their
 * state and stop after ten refusals from one address; over HTTP, the partner API answers every
 * mistake of its caller in JSON with a 4xx (never an HTML page, never a 500), bounds the size of
 * an order, and limits each key's calls with 429 and Retry-After; private pages and downloads
 * carry Cache-Control: no-store; HSTS comes with HTTPS (direct, or claimed by the trusted proxy);
 * the session cookie of an HTTPS visit is Secure; no header names Payara or its version.
 *
 * <p>Item 9: Console → Audit shows administrators the trail filtered, page by page, and exports
 * exactly the filtered rows as CSV (accents and scripts intact, formulas made text); validators
 * and customers are refused by the page, the CSV and the boundary itself; a resend from the
 * outbox leaves its audit row.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHardeningIT {

    private static final String JSON = "application/json";

    @Inject
    private UserTransaction transaction;

    @EJB
    private Checkout checkout;

    @EJB
    private AccountDirectory accountDirectory;

    @EJB
    private AuditLog auditLog;

    @PersistenceContext
    private EntityManager em;

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    /** A fresh API key of the demo partner (each test its own: the rate limit counts per key). */
    private String partnerKey() throws Exception {
        String key = "tdv_" + UUID.randomUUID();
        transaction.begin();
        Account partner = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", DemoAccounts.PARTNER).getSingleResult();
        em.persist(new VoucherApiKey(partner.id(), "Sécurité IT", key.substring(0, 10), new SecretTokens().hash(key),
                Instant.now()));
        transaction.commit();
        return key;
    }

    private HttpResponse<String> api(String method, String path, String key, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/partner/v1/" + path))
                .header("Authorization", "Bearer " + key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer is the API's JSON error with this status and key, and nothing of an HTML page. */
    private static void assertJsonError(int status, String key, HttpResponse<String> answer) {
        String what = answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse("?") + " "
                + answer.body();
        assertEquals(status, answer.statusCode(), what);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(JSON), what);
        assertTrue(answer.body().contains("\"error\":\"" + key + "\""), what);
        assertTrue(answer.body().contains("\"message\":\""), what);
        assertFalse(answer.body().toLowerCase().contains("<html"), what);
    }

    private static String order(String customer, String lines) {
        return "{\"customerName\":\"" + customer + "\",\"paymentMode\":\"BANK_TRANSFER\",\"lines\":[" + lines + "]}";
    }

    private static String line(int quantity) {
        return "{\"sku\":\"SIG-SOFT\",\"validityYears\":1,\"quantity\":" + quantity + "}";
    }

    @Test
    void everyMistakeOfTheCallerIsAJsonErrorWithA4xxStatus() throws Exception {
        String key = partnerKey();
        assertJsonError(400, "error.api.malformedJson", api("POST", "orders", key, JSON,
                "{\"customerName\":\"Società Cooperativa Àrea Nord\",\"lines\":["));
        assertJsonError(400, "error.api.malformedJson", api("POST", "orders", key, JSON,
                order("Società Cooperativa Àrea Nord", "{\"sku\":\"SIG-SOFT\",\"validityYears\":1,\"quantity\":\"dieci\"}")));
        assertJsonError(400, "error.api.emptyBody", api("POST", "orders", key, JSON, ""));
        assertJsonError(415, "error.api.unsupportedMediaType", api("POST", "orders", key, "text/plain",
                order("Niccolò Dell'Acqua", line(2))));
        assertJsonError(404, "error.api.notFound", api("GET", "nothing-here", key, null, null));
        HttpResponse<String> wrongMethod = api("DELETE", "orders", key, null, null);
        assertJsonError(405, "error.api.methodNotAllowed", wrongMethod);
        assertJsonError(422, "error.api.emptyLine", api("POST", "orders", key, JSON,
                order("Łukasz Ștefan", line(1) + ",null")));
        // unknown keys are still told so in JSON
        assertJsonError(401, "error.voucher.apiKey.refused", api("GET", "orders", "tdv_" + UUID.randomUUID(), null, null));
    }

    @Test
    void anOrderIsBoundedInLinesAndInVouchers() throws Exception {
        String key = partnerKey();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String fiftyLines = IntStream.range(0, 50).mapToObj(i -> line(1000)).collect(Collectors.joining(","));
        HttpResponse<String> fifty = api("POST", "orders", key, JSON, order("Société Àrea Nord " + marker, fiftyLines));
        assertJsonError(422, "error.voucher.order.tooManyLines", fifty);
        assertTrue(fifty.body().contains("at most 20 lines"), fifty.body());
        String elevenThousand = IntStream.range(0, 11).mapToObj(i -> line(1000)).collect(Collectors.joining(","));
        HttpResponse<String> tooMany = api("POST", "orders", key, JSON, order("Hélène Lefèvre " + marker, elevenThousand));
        assertJsonError(422, "error.voucher.order.tooManyVouchers", tooMany);
        assertTrue(tooMany.body().contains("at most 10,000 vouchers in all (this one has 11,000)"), tooMany.body());
        HttpResponse<String> none = api("GET", "orders?max=500", key, null, null);
        assertEquals(200, none.statusCode(), none.body());
        assertFalse(none.body().contains(marker), "nothing was created: " + none.body());
    }

    @Test
    void aKeyOverItsLimitGets429WithRetryAfterAndOtherKeysGoOn() throws Exception {
        String key = partnerKey();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            statuses.add(api("GET", "orders?max=1", key, null, null).statusCode());
        }
        assertTrue(statuses.stream().allMatch(s -> s == 200), "the first 120 calls of the minute pass: " + statuses);
        HttpResponse<String> limited = api("GET", "orders?max=1", key, null, null);
        assertJsonError(429, "error.api.rateLimited", limited);
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(limited.body().contains("at most 120 per 60 seconds"), limited.body());
        // even a call with a broken body is counted and refused before its body is read
        assertEquals(429, api("POST", "orders", key, JSON, "{").statusCode());
        assertEquals(200, api("GET", "orders?max=1", partnerKey(), null, null).statusCode(), "another key is not limited");
    }

    @Test
    void discountCodesAnswerAlikeAndStopAfterTenRefusalsFromOneAddress() throws Exception {
        String expired = "IT-FINI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        LocalDate today = BusinessCalendar.dayOf(Instant.now());
        transaction.begin();
        em.persist(new Coupon(expired, Discount.Kind.PERCENT, new BigDecimal("12.50"), today.minusDays(30),
                today.minusDays(1), Set.of(), null, null, DemoAccounts.ADMIN, Instant.now()));
        transaction.commit();
        List<CartLine> cart = List.of(new CartLine("SIG-SOFT", 1, 2));
        String address = "198.51.100." + (1 + new SecureRandom().nextInt(250));

        // a visitor not signed in: an expired code and an unknown one get the same answer
        BusinessException unknown = assertThrows(BusinessException.class,
                () -> checkout.applyCoupon(cart, "it-nope-" + expired.substring(8).toLowerCase(Locale.ROOT), address,
                        Language.IT));
        BusinessException over = assertThrows(BusinessException.class,
                () -> checkout.applyCoupon(cart, expired.toLowerCase(Locale.ROOT), address, Language.IT));
        assertEquals("error.coupon.unavailable", unknown.messageKey());
        assertEquals("error.coupon.unavailable", over.messageKey());
        // a real code works for a visitor, before signing in
        PriceSummary welcome = checkout.applyCoupon(cart, "bienvenue10", address, Language.FR);
        assertTrue(welcome.discountTotal().signum() > 0, "BIENVENUE10 gives its 10 %: " + welcome);

        for (int i = 2; i < CouponThrottle.MAX_REFUSALS; i++) {
            String guess = "GUESS-" + i + "-" + expired.substring(8);
            assertThrows(BusinessException.class, () -> checkout.applyCoupon(cart, guess, address, Language.FR));
        }
        BusinessException throttled = assertThrows(BusinessException.class,
                () -> checkout.applyCoupon(cart, "BIENVENUE10", address, Language.FR));
        assertEquals("error.coupon.throttled", throttled.messageKey(), "after ten refusals even a real code is refused");
        assertTrue(checkout.applyCoupon(cart, "BIENVENUE10", "192.0.2.200", Language.FR).discountTotal().signum() > 0,
                "another address is not held back");
    }

    @Test
    void privateDownloadsAndSignedInPagesAreNeverStored() throws Exception {
        String key = partnerKey();
        HttpResponse<String> placed = api("POST", "orders", key, JSON, order("Società Cooperativa Àrea Nord", line(2)));
        assertEquals(201, placed.statusCode(), placed.body());
        assertNoStore(placed.headers(), "an API answer");
        String number = placed.body().replaceAll("(?s).*\"number\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> apiCsv = api("GET", "orders/" + number + "/csv", key, null, null);
        assertEquals(200, apiCsv.statusCode());
        assertNoStore(apiCsv.headers(), "the API's voucher CSV");

        WebSession partner = new WebSession(base.toURI(), "fr");
        assertEquals(302, partner.signIn(DemoAccounts.PARTNER, DemoAccounts.PASSWORD).statusCode());
        long orderId = Long.parseLong(number.substring(number.indexOf('-') + 1));
        HttpResponse<byte[]> csv = partner.download("partner/vouchers/download/csv/" + orderId);
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Società Cooperativa Àrea Nord"));
        assertNoStore(csv.headers(), "the partner area's voucher CSV");
        HttpResponse<byte[]> pdf = partner.download("partner/vouchers/download/pdf/" + orderId);
        assertEquals(200, pdf.statusCode());
        assertNoStore(pdf.headers(), "the PDF vouchers");
        HttpResponse<String> page = partner.get("partner/index.xhtml");
        assertEquals(200, page.statusCode());
        assertNoStore(page.headers(), "a page of the partner area");
        assertNoStore(partner.get("").headers(), "the catalogue shown to someone signed in");

        HttpResponse<String> anonymous = new WebSession(base.toURI(), "it").get("");
        assertFalse(anonymous.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "the public catalogue stays cacheable for visitors");
    }

    /** Rows of the audit trail with these actors, written as the boundaries write them. */
    private void audit(String actor, String action, long subjectId, String detail) throws Exception {
        transaction.begin();
        em.persist(new AuditEvent(Instant.now(), actor, action, "Account", subjectId, detail));
        transaction.commit();
    }

    @Test
    void administratorsReadTheAuditTrailFilteredAndExportItAsCsvOthersAreRefused() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        String helene = "hélène.d'aubigné-" + tag + "@exemple.fr";
        String zoe = "zoë.東京-" + tag + "@exemple.jp";
        audit(helene, "account.loginFailed", 4242, "client 192.0.2.1");
        audit(helene, "account.loginFailed", 4242, "=HYPERLINK(\"http://evil.example\",\"voir\")");
        audit(zoe, "account.loginFailed", 4343, "client 192.0.2.2");
        audit(helene, "account.locked", 4242, "client 192.0.2.1");
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        WebSession admin = new WebSession(base.toURI(), "fr");
        assertEquals(302, admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).statusCode());
        assertTrue(admin.open("console/index.xhtml").body().contains("console/audit.xhtml"), "linked from the console");
        HttpResponse<String> page = admin.open("console/audit.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> filtered = admin.submit("audit", "filter", Map.of("actor", "Hélène.D'Aubigné-" + tag,
                "action_input", "account.loginFailed", "from_input", today, "to_input", today));
        assertEquals(200, filtered.statusCode());
        String table = filtered.body();
        assertEquals(2, table.split("data-action=\"account.loginFailed\"", -1).length - 1, "the two failures of Hélène");
        assertFalse(table.contains("data-action=\"account.locked\""), "another action is filtered out");
        assertFalse(table.contains("東京-" + tag), "another actor is filtered out");
        assertTrue(table.contains("hélène.d&#39;aubigné-" + tag) || table.contains("hélène.d'aubigné-" + tag), "actor shown");

        String query = "actor=" + enc("Hélène.D'Aubigné-" + tag) + "&action=account.loginFailed&from=" + enc(today)
                + "&to=" + enc(today);
        assertTrue(table.contains("console/audit/csv?actor=") && table.contains("action=account.loginFailed"),
                "the CSV link carries the filter");
        HttpResponse<byte[]> csv = admin.download("console/audit/csv?" + query);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals("occurred_at,actor,action,object_type,object_id,detail", lines.get(0));
        assertEquals(3, lines.size(), "the header and the filtered rows: " + lines);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",hélène.d'aubigné-" + tag + "@exemple.fr,account.loginFailed,Account,4242,")), lines.toString());
        assertTrue(lines.get(1).endsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"voir\"\")\""),
                "newest first, the formula made text: " + lines.get(1));

        List<String> everyone = new String(admin.download("console/audit/csv?actor=" + tag).body(),
                java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(5, everyone.size(), everyone.toString());
        assertTrue(everyone.stream().anyMatch(l -> l.contains("zoë.東京-" + tag + "@exemple.jp,account.loginFailed")),
                "a name outside Latin-1 intact");
        assertEquals(400, admin.download("console/audit/csv?from=31/02/2026").statusCode(), "no date, no file");

        for (String staff : List.of(DemoAccounts.VALIDATOR, DemoAccounts.CUSTOMER)) {
            WebSession other = new WebSession(base.toURI(), "fr");
            assertEquals(302, other.signIn(staff, DemoAccounts.PASSWORD).statusCode());
            assertEquals(403, other.get("console/audit.xhtml").statusCode(), staff);
            assertEquals(403, other.download("console/audit/csv?actor=" + tag).statusCode(), staff);
        }
        assertThrows(EJBAccessException.class, () -> auditLog.count(AuditFilter.none()), "the boundary itself");
        assertThrows(EJBAccessException.class, () -> auditLog.page(AuditFilter.none(), 0, 10));
    }

    @Test
    void aResendFromTheOutboxIsAudited() throws Exception {
        transaction.begin();
        OutboxMail mail = new OutboxMail("relance-" + UUID.randomUUID() + "@example.test", Language.IT, "account.exists",
                "Tentativo di creazione di un account", "testo", "<p>testo</p>", Instant.now());
        em.persist(mail);
        mail.claim(Instant.now());
        mail.delivered(Instant.now());
        transaction.commit();
        WebSession admin = new WebSession(base.toURI(), "fr");
        assertEquals(302, admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).statusCode());
        HttpResponse<String> opened = admin.open("console/outbox-mail.xhtml?id=" + mail.id());
        assertTrue(opened.body().contains("resendForm:resend"), opened.statusCode() + " " + opened.body());
        HttpResponse<String> resent = admin.submit("resendForm", "resend", Map.of());
        assertEquals(302, resent.statusCode(), resent.body());
        List<AuditEvent> trail = em.createNamedQuery(AuditEvent.OF_SUBJECT, AuditEvent.class)
                .setParameter("type", "OutboxMail").setParameter("id", mail.id()).getResultList();
        assertEquals(1, trail.size(), trail.toString());
        assertEquals(DemoAccounts.ADMIN, trail.get(0).actor());
        assertEquals("outbox.resent", trail.get(0).action());
        assertTrue(trail.get(0).detail().contains(mail.recipient()));
    }

    @Test
    void aVoucherOrderCancelledThroughTheApiAndAKeyCreatedByThePartnerAreAudited() throws Exception {
        String key = partnerKey();
        HttpResponse<String> placed = api("POST", "orders", key, JSON, order("Coopérativa Ñandú", line(2)));
        assertEquals(201, placed.statusCode(), placed.body());
        String number = placed.body().replaceAll("(?s).*\"number\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> cancelled = api("POST", "orders/" + number + "/cancel", key, null, null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        AuditEvent cancel = em.createQuery("select e from AuditEvent e where e.action = 'voucher.orderCancelled'"
                + " and e.detail like :number", AuditEvent.class).setParameter("number", number + " %").getSingleResult();
        assertEquals(DemoAccounts.PARTNER, cancel.actor());
        assertEquals("VoucherOrder", cancel.subjectType());
        assertTrue(cancel.detail().contains(key.substring(0, 10)), "the key's prefix, never the key: " + cancel.detail());
        assertFalse(cancel.detail().contains(key));

        WebSession partner = new WebSession(base.toURI(), "fr");
        assertEquals(302, partner.signIn(DemoAccounts.PARTNER, DemoAccounts.PASSWORD).statusCode());
        partner.open("partner/vouchers/api-keys.xhtml");
        String tag = Long.toString(System.nanoTime(), 36);
        String label = "=Clé d'intégration " + tag;
        HttpResponse<String> page = partner.submit("keys", "create", Map.of("label", label));
        assertEquals(200, page.statusCode());
        AuditEvent created = em.createQuery("select e from AuditEvent e where e.action = 'voucher.apiKeyCreated'"
                + " and e.detail like :label", AuditEvent.class).setParameter("label", label + " (%").getSingleResult();
        assertEquals(DemoAccounts.PARTNER, created.actor());
        assertEquals("VoucherApiKey", created.subjectType());

        java.util.regex.Matcher revoke = java.util.regex.Pattern.compile("id=\"keys:(list:\\d+:revoke)\"")
                .matcher(page.body());
        assertTrue(revoke.find(page.body().indexOf(tag)), "the new key's row has its revoke button");
        partner.submit("keys", revoke.group(1), Map.of("label", "x"));
        AuditEvent revoked = em.createQuery("select e from AuditEvent e where e.action = 'voucher.apiKeyRevoked'"
                + " and e.subjectId = :id", AuditEvent.class).setParameter("id", created.subjectId()).getSingleResult();
        assertEquals(DemoAccounts.PARTNER, revoked.actor());
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertNoStore(HttpHeaders headers, String what) {
        List<String> cacheControl = headers.allValues("Cache-Control");
        assertEquals(List.of("no-store"), cacheControl, what + ": " + headers.map());
        assertTrue(headers.allValues("Last-Modified").isEmpty() && headers.allValues("ETag").isEmpty(),
                what + ": " + headers.map());
    }

    @Test
    void noHeaderNamesTheServerAndHstsComesWithHttpsOnly() throws Exception {
        HttpResponse<String> plain = new WebSession(base.toURI(), "en").get("");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().allValues("Server").isEmpty(), "Server: " + plain.headers().allValues("Server"));
        assertTrue(plain.headers().allValues("X-Powered-By").isEmpty(),
                "X-Powered-By: " + plain.headers().allValues("X-Powered-By"));
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");

        // the TLS-terminating proxy of this machine (TRUSTDESK_TRUSTED_PROXIES in the test build) says https
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(base.toString()))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("max-age=31536000; includeSubDomains",
                proxied.headers().firstValue("Strict-Transport-Security").orElse(null), proxied.headers().map().toString());

        // straight over TLS, on Payara's HTTPS listener
        Map<String, List<String>> tls = https("");
        assertEquals(List.of("max-age=31536000; includeSubDomains"), tls.get("Strict-Transport-Security"), tls.toString());
        assertTrue(tls.get("Server") == null && tls.get("X-Powered-By") == null, tls.toString());
        // the login form keeps its view state in a session, started over TLS (the catalogue starts none)
        Map<String, List<String>> protectedPage = https("login.xhtml");
        List<String> sessionCookies = new ArrayList<>();
        for (Map<String, List<String>> headers : List.of(tls, protectedPage)) {
            headers.getOrDefault("Set-Cookie", List.of()).stream().filter(c -> c.startsWith("JSESSIONID="))
                    .forEach(sessionCookies::add);
        }
        assertFalse(sessionCookies.isEmpty(), "a session was started over HTTPS: " + protectedPage);
        assertTrue(sessionCookies.stream().allMatch(c -> c.toLowerCase().contains("; secure")), sessionCookies.toString());
    }

    @Test
    void pagesAllowOnlyTheirOwnScriptsWithANonceOfTheirOwn() throws Exception {
        List<String> nonces = new ArrayList<>();
        for (int visit = 0; visit < 2; visit++) {
            HttpResponse<String> page = new WebSession(base.toURI(), "en").get("");
            assertEquals(200, page.statusCode());
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            // two headers, both enforced by the browser: the filter's framing rule and PrimeFaces' script rule
            assertTrue(policies.contains("frame-ancestors 'none'"), policies.toString());
            String scripts = policies.stream().filter(p -> p.startsWith("script-src")).findFirst()
                    .orElseThrow(() -> new AssertionError("no script policy: " + policies));
            Matcher nonce = Pattern
                    .compile("^script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{16,})';?$").matcher(scripts);
            assertTrue(nonce.matches(), scripts);
            nonces.add(nonce.group(1));
            // every inline script of the page carries it; no handler is left in an attribute
            assertTrue(Pattern.compile("<script[^>]*\\snonce=\"" + Pattern.quote(nonce.group(1)) + "\"").matcher(page.body()).find(),
                    page.body());
            assertFalse(Pattern.compile("<script(?![^>]*\\b(nonce|src)=)").matcher(page.body()).find(),
                    "a script with neither nonce nor src: " + page.body());
            assertFalse(Pattern.compile("\\son(click|change|load|submit)=\"").matcher(page.body()).find(),
                    "an inline handler: " + page.body());
        }
        assertFalse(nonces.get(0).equals(nonces.get(1)), "one nonce per response: " + nonces);
    }

    /**
     * The response headers of a GET on the HTTPS listener (port 8181, Payara's self-signed
     * certificate, trusted for this connection only).
     */
    private Map<String, List<String>> https(String path) throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        URL url = URI.create("https://" + base.getHost() + ":8181" + base.getPath() + path).toURL();
        HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
        connection.setSSLSocketFactory(trustAll.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setInstanceFollowRedirects(false);
        try {
            int status = connection.getResponseCode();
            assertTrue(status == HttpURLConnection.HTTP_OK || status / 100 == 3, "status " + status);
            return connection.getHeaderFields();
        } finally {
            connection.disconnect();
        }
    }

    /**
     * Issue 14, item 2: resetting a second factor is enforced by the boundary, not by hiding the
     * button: a caller without the administrator role (here, none at all) is refused, and the
     * account keeps its second factor.
     */
    @Test
    void theBoundaryRefusesASecondFactorResetToAnyoneButAnAdministrator() {
        Account validator = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", DemoAccounts.VALIDATOR).getSingleResult();
        assertTrue(validator.secondFactorOn(), "the demo staff are seeded with the published secret");
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> accountDirectory.resetSecondFactor(validator.id()));
        assertTrue(em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", DemoAccounts.VALIDATOR)
                .getSingleResult().secondFactorOn());
    }
}
