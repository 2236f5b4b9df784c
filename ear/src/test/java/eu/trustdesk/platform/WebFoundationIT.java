package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation seen from a browser's side, over HTTP against the deployed EAR on MariaDB: the
 * catalogue in three languages, the areas of each role, the error pages, the health probe and the
 * session cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebFoundationIT {

    private static final Pattern STACK_TRACE = Pattern.compile("Caused by:|\\bat (java|jakarta|eu|org|com|sun)\\.[\\w.$]+\\(");
    private static final Map<String, String> ACCESS_REFUSED =
            Map.of("fr", "Accès refusé", "it", "Accesso negato", "en", "Access refused");
    private static final Pattern PAGE_LANGUAGE = Pattern.compile("<html[^>]* lang=\"(\\w+)\"");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    private WebSession visitor(String language) throws Exception {
        return new WebSession(base.toURI(), language);
    }

    @Test
    void theCatalogueListsTheDemoProductsInEachLanguage() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "fr", List.of("Nos produits", "Certificat de signature sur clé USB cryptographique", "Lecteur de cartes à puce USB"),
                "it", List.of("I nostri prodotti", "Certificato di firma su token USB crittografico", "Fatturazione elettronica — piano Multi-azienda"),
                "en", List.of("Our products", "Signature certificate on a cryptographic USB token", "E-invoicing — Multi-company plan"));
        for (var language : expected.entrySet()) {
            HttpResponse<String> page = visitor(language.getKey()).open("");
            assertEquals(200, page.statusCode());
            for (String text : language.getValue()) {
                assertTrue(page.body().contains(text), language.getKey() + " page lacks: " + text);
            }
            long products = Pattern.compile("class=\"td-product\"").matcher(page.body()).results().count();
            assertTrue(products >= 8, "products shown: " + products);
        }
    }

    @Test
    void theLanguageSwitchChangesThePageAndIsRememberedInACookie() throws Exception {
        WebSession visitor = visitor("fr");
        assertTrue(visitor.open("").body().contains("Nos produits"));

        HttpResponse<String> switched = visitor.get("?lang=it");
        assertEquals(302, switched.statusCode());
        assertFalse(switched.headers().firstValue("Location").orElseThrow().contains("lang="),
                "the switch redirects to the page without its parameter");
        assertEquals("it", visitor.cookie("trustdesk-lang"));
        assertTrue(visitor.open("").body().contains("I nostri prodotti"));

        // a new visit of the same browser (new session, same cookie) keeps Italian
        WebSession nextVisit = visitor("fr");
        nextVisit.get("?lang=it");
        String cookie = nextVisit.cookie("trustdesk-lang");
        assertEquals("it", cookie);
    }

    @Test
    void aVisitorBrowsingTheCatalogueGetsNoSessionUntilTheCart() throws Exception {
        WebSession visitor = visitor("it");
        assertTrue(visitor.open("").body().contains("I nostri prodotti"));
        visitor.get("?lang=en");
        assertTrue(visitor.open("").body().contains("Our products"), "the language lives in the cookie");
        assertTrue(visitor.open("plans.xhtml").body().contains("</html>"));
        HttpResponse<String> product = visitor.open("product.xhtml?sku=SIG-TOKEN");
        assertTrue(product.body().contains("Signature certificate on a cryptographic USB token"), product.body());
        assertTrue(product.body().contains("Cart (0)"), "an empty cart, without a session to keep it in");
        assertEquals(null, visitor.cookie("JSESSIONID"), "no HTTP session for looking at the catalogue");

        // adding to the cart is what needs a session: the form works without view state
        var validity = Pattern.compile("<option value=\"(\\d+)\"").matcher(product.body());
        assertTrue(validity.find(), "the validities are offered");
        HttpResponse<String> added = visitor.submit("add", "addToCart",
                Map.of("validity_input", validity.group(1), "quantity_input", "3"), Map.of("sku", "SIG-TOKEN"));
        assertEquals(302, added.statusCode(), added.body());
        assertNotNull(visitor.cookie("JSESSIONID"));
        HttpResponse<String> cart = visitor.open("cart.xhtml");
        assertTrue(cart.body().contains("Cart (3)"), cart.body());
        assertTrue(cart.body().contains("Signature certificate on a cryptographic USB token"));
    }

    @Test
    void eachDemoLoginReachesItsOwnAreaAndIsRefusedTheOthers() throws Exception {
        Map<String, String> areas = Map.of(
                "customer", "customer/index.xhtml",
                "partner", "partner/index.xhtml",
                "console", "console/index.xhtml");
        record Login(String email, String area) {
        }
        List<Login> logins = List.of(
                new Login(DemoAccounts.CUSTOMER, "customer"),
                new Login(DemoAccounts.PARTNER, "partner"),
                new Login(DemoAccounts.VALIDATOR, "console"),
                new Login(DemoAccounts.ACCOUNTANT, "console"),
                new Login(DemoAccounts.ADMIN, "console"));
        for (Login login : logins) {
            WebSession user = visitor("en");
            HttpResponse<String> answer = user.signIn(login.email(), DemoAccounts.PASSWORD);
            assertEquals(302, answer.statusCode(), login.email() + " could not sign in");
            assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith(areas.get(login.area())),
                    login.email() + " lands on " + answer.headers().firstValue("Location"));
            for (var area : areas.entrySet()) {
                HttpResponse<String> page = user.get(area.getValue());
                if (area.getKey().equals(login.area())) {
                    assertEquals(200, page.statusCode(), login.email() + " on " + area.getKey());
                    assertTrue(page.body().contains("id=\"areaTitle\""));
                } else {
                    assertEquals(403, page.statusCode(), login.email() + " on " + area.getKey());
                    var language = PAGE_LANGUAGE.matcher(page.body());
                    assertTrue(language.find(), "the page states its language");
                    assertTrue(page.body().contains(ACCESS_REFUSED.get(language.group(1))),
                            "403 page in the user's language (" + language.group(1) + ")");
                    assertFalse(STACK_TRACE.matcher(page.body()).find(), "no stack trace on the 403 page");
                }
            }
        }
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndAWrongPasswordIsRefused() throws Exception {
        WebSession visitor = visitor("fr");
        for (String area : List.of("customer/index.xhtml", "partner/index.xhtml", "console/index.xhtml")) {
            HttpResponse<String> answer = visitor.get(area);
            assertEquals(302, answer.statusCode());
            assertTrue(answer.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
        }
        HttpResponse<String> refused = visitor.signIn(DemoAccounts.CUSTOMER, "not-the-password-at-all");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("L'adresse e-mail ou le mot de passe est incorrect"), refused.body());
        assertEquals(302, visitor.get("customer/index.xhtml").statusCode());
    }

    @Test
    void afterSigningInTheUserGoesBackToThePageTheyAskedForButNeverToAnotherSite() throws Exception {
        WebSession admin = visitor("en");
        HttpResponse<String> toLogin = admin.get("console/index.xhtml");
        String login = toLogin.headers().firstValue("Location").orElseThrow();
        assertTrue(login.contains("login.xhtml?next=%2Fconsole%2Findex.xhtml"), login);
        admin.open(login);
        HttpResponse<String> password = admin.submit("login", "submit",
                Map.of("email", DemoAccounts.ADMIN, "password", DemoAccounts.PASSWORD));
        // the page asked for survives the second step
        HttpResponse<String> signedIn = admin.secondStep(password, DemoAccounts.currentCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/console/index.xhtml"));

        WebSession customer = visitor("en");
        customer.open("login.xhtml?next=%2F%2Fevil.example%2F");
        HttpResponse<String> home = customer.submit("login", "submit",
                Map.of("email", DemoAccounts.CUSTOMER, "password", DemoAccounts.PASSWORD));
        String location = home.headers().firstValue("Location").orElseThrow();
        assertFalse(location.contains("evil.example"), location);
        assertTrue(location.endsWith("/customer/index.xhtml"), location);
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() throws Exception {
        WebSession user = visitor("en");
        HttpResponse<String> loginPage = user.open("login.xhtml");
        String cookieHeader = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertAll(
                () -> assertTrue(cookieHeader.contains("HttpOnly"), cookieHeader),
                () -> assertTrue(cookieHeader.toLowerCase().contains("samesite=lax"), cookieHeader));
        String before = user.cookie("JSESSIONID");
        assertNotNull(before);

        user.submit("login", "submit", Map.of("email", DemoAccounts.CUSTOMER, "password", DemoAccounts.PASSWORD));
        String after = user.cookie("JSESSIONID");
        assertNotEquals(before, after, "the session id must change at login");

        HttpResponse<String> area = user.open("customer/index.xhtml");
        assertEquals(200, area.statusCode());
        HttpResponse<String> signedOut = user.submit("userForm", "signOut", Map.of());
        assertEquals(302, signedOut.statusCode());
        assertEquals(302, user.get("customer/index.xhtml").statusCode(), "signed out: back to the login page");
    }

    @Test
    void aSignedInUsersLanguageIsRememberedInTheirAccount() throws Exception {
        WebSession partner = visitor("fr");
        partner.signIn(DemoAccounts.PARTNER, DemoAccounts.PASSWORD);
        partner.get("partner/index.xhtml?lang=en");
        assertTrue(partner.open("partner/index.xhtml").body().contains("Partner area"));

        // another browser, no cookie, French preferences: the account's choice wins after login
        WebSession elsewhere = visitor("fr");
        elsewhere.signIn(DemoAccounts.PARTNER, DemoAccounts.PASSWORD);
        assertTrue(elsewhere.open("partner/index.xhtml").body().contains("<h1 id=\"areaTitle\">Partner area</h1>"));

        elsewhere.get("partner/index.xhtml?lang=fr");
        assertTrue(elsewhere.open("partner/index.xhtml").body().contains("Espace partenaire"));
    }

    @Test
    void errorPagesAreInTheUsersLanguageWithoutStackTrace() throws Exception {
        HttpResponse<String> missing = visitor("it").get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Pagina non trovata"), missing.body());
        assertFalse(STACK_TRACE.matcher(missing.body()).find());

        HttpResponse<String> page = visitor("en").get("");
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void theHealthProbeReportsTheDatabase() throws Exception {
        HttpResponse<String> answer = visitor("en").get("/health");
        assertEquals(200, answer.statusCode(), answer.body());
        String body = answer.body();
        assertTrue(body.contains("\"database\""), body);
        assertTrue(body.contains("\"UP\""), body);
        assertTrue(body.contains("MariaDB") || body.contains("MySQL"), "runs on the test database: " + body);
    }
}
