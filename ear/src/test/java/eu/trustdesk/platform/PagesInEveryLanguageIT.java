package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.ShopDriver;
import eu.trustdesk.testing.TestDatabase;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
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
 * Every page a visitor and each demo account reach, in French, Italian and English, shows only
 * labels: no missing key ({@code ???key???}), no generic currency sign ({@code ¤}) where a euro
 * belongs, no UTF-8 read as Latin-1 ({@code Ã}), and no raw constant of one of TrustDesk's enums
 * ({@code BANK_TRANSFER}, {@code COMPLETED}) in the text a person reads.
 *
 * <p>The pages are found as a person finds them: from the area's home, following the links of the
 * layout and of the pages (lists lead to the detail pages of the orders, invoices, quotes and
 * requests that exist), two pages of a kind at most. So that the details have something to show,
 * the test first places orders (a token paid by transfer, one under an administrative mandate that
 * is invoiced at once), takes a quote of a public body through its purchase order and delivery,
 * and runs the quote expiry once (the batch console lists it).
 *
 * <p>It reports every offending page with every offending token, not only the first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesInEveryLanguageIT {

    private static final List<String> LANGUAGES = List.of("fr", "it", "en");
    private static final String MAIRIE = "Mairie de Villeneuve-Exemple";
    private static final String DUPONT = "Dupont Conseil SARL";
    private static final String ROSSI = "Rossi Consulting S.r.l.";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    /** Pages of one kind (one path, different ids) visited per account and language. */
    private static final int SAME_PAGE_VISITS = 2;
    private static final int MAX_PAGES = 80;

    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]+)");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?</script>|<style\\b.*?</style>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\blang=\"([a-z]{2})");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    /** Pages that need a link's secret or would end the session. */
    private static final Pattern NOT_FOLLOWED = Pattern.compile(
            "token=|lang=|/documents/|jakarta\\.faces\\.resource|/api/|/test/|logout|signOut|verify\\.xhtml|password-reset");

    /** Detail pages of what the first step created, visited besides those the lists lead to. */
    private static final Map<String, List<String>> DETAILS = new HashMap<>();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @BeforeAll
    static void mailServer() {
        // orders and quotes queue mails: let them leave
        MailCatcher.start();
    }

    @Test
    @Order(1)
    void ordersQuotesInvoicesAndABatchRunExist() throws Exception {
        ShopDriver shop = new ShopDriver(base);
        String transfer = shop.call(DemoAccounts.BUYER, "order", Map.of("org", shop.organisationOf(DemoAccounts.BUYER, DUPONT),
                "cart", "SIG-TOKEN:1:1,HW-READER:0:2", "mode", "BANK_TRANSFER"));
        assertTrue(transfer.startsWith("OK CMD-"), transfer);
        String mandate = shop.call(DemoAccounts.BUYER, "order", Map.of("org", shop.organisationOf(DemoAccounts.BUYER, MAIRIE),
                "cart", "EINV-START:1:1", "mode", "ADMINISTRATIVE_MANDATE", "service", "SERVICE-PAGES",
                "commitment", "ENG-PAGES-" + RUN));
        assertTrue(mandate.contains(" ACCEPTED "), mandate);
        String italian = shop.call(DemoAccounts.CUSTOMER, "order", Map.of("org", shop.organisationOf(DemoAccounts.CUSTOMER, ROSSI),
                "cart", "SIG-SOFT:2:1", "mode", "BANK_TRANSFER"));
        assertTrue(italian.startsWith("OK CMD-"), italian);

        String mairie = shop.organisationOf(DemoAccounts.BUYER, MAIRIE);
        String quote = procurement(DemoAccounts.BUYER, "quote", Map.of("org", mairie, "cart", "SIG-TOKEN:1:1"));
        assertTrue(quote.startsWith("OK "), quote);
        String quoteId = quote.split(" ")[1];
        assertEquals("OK", procurement(DemoAccounts.BUYER, "preorder", Map.of("quote", quoteId)));
        String po = procurement(DemoAccounts.ACCOUNTANT, "record-po", Map.of("quote", quoteId, "number", "BC-PAGES-" + RUN,
                "signatory", "Hélène Lefèvre", "original", "true", "scan", "true"));
        assertTrue(po.startsWith("OK "), po);
        String shipped = procurement(DemoAccounts.ACCOUNTANT, "ship", Map.of("quote", quoteId, "carrier", "Colissimo",
                "tracking", "6A" + RUN));
        assertTrue(shipped.startsWith("OK BL-"), shipped);
        // the public body's order carries the events "purchase order received" and "shipped"
        long quoteOrder = TestDatabase.queryLong("select order_id from price_quote where id = ?", Long.parseLong(quoteId));
        long invoice = TestDatabase.queryLong("select id from invoice where number = ?", shipped.split(" ")[2]);
        long transferOrder = TestDatabase.queryLong("select id from customer_order where number = ?", transfer.split(" ")[1]);
        DETAILS.put(DemoAccounts.BUYER, List.of("customer/order.xhtml?id=" + quoteOrder,
                "customer/order.xhtml?id=" + transferOrder));
        for (String staff : List.of(DemoAccounts.ACCOUNTANT, DemoAccounts.ADMIN)) {
            DETAILS.put(staff, List.of("console/order.xhtml?id=" + quoteOrder, "console/quote.xhtml?id=" + quoteId,
                    "console/invoice.xhtml?id=" + invoice, "console/order.xhtml?id=" + transferOrder));
        }

        long execution = Long.parseLong(procurement(DemoAccounts.ADMIN, "expiry/start", Map.of()));
        String[] status = {""};
        // the job ends by itself within seconds: wait for its end, not for a fixed time
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
            status[0] = procurement(DemoAccounts.ADMIN, "expiry/status", Map.of("execution", String.valueOf(execution)));
            return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status[0]);
        });
        assertEquals("COMPLETED", status[0], "the quote expiry ran");
    }

    @Test
    @Order(2)
    void everyPageOfEveryAccountIsInItsLanguageWithoutKeysCodesOrBrokenCharacters() throws Exception {
        Set<String> constants = enumConstants();
        assertTrue(constants.contains("BANK_TRANSFER") && constants.contains("COMPLETED"), "the enums were found");
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, Set<String>> visited = new LinkedHashMap<>();

        visited.put("visitor", crawl(null, problems, constants));
        for (String account : List.of(DemoAccounts.CUSTOMER, DemoAccounts.BUYER, DemoAccounts.PARTNER,
                DemoAccounts.VALIDATOR, DemoAccounts.ACCOUNTANT, DemoAccounts.ADMIN)) {
            visited.put(account, crawl(account, problems, constants));
        }
        visited.forEach((who, pages) -> System.out.println(who + " visited " + pages.size() + " pages: " + pages));

        String report = problems.entrySet().stream().map(e -> e.getKey() + "\n    " + String.join("\n    ", e.getValue()))
                .collect(Collectors.joining("\n"));
        assertTrue(problems.isEmpty(), problems.size() + " pages show keys, codes or broken characters:\n" + report);
        // the crawl really went round: each account reached the lists and details of its area
        Map<String, List<String>> expected = Map.of(
                "visitor", List.of("index.xhtml", "product.xhtml", "cart.xhtml", "login.xhtml", "register.xhtml"),
                DemoAccounts.CUSTOMER, List.of("customer/index.xhtml", "customer/orders.xhtml", "customer/order.xhtml",
                        "customer/invoices.xhtml", "customer/requests.xhtml", "customer/organisations.xhtml",
                        "account/profile.xhtml"),
                DemoAccounts.BUYER, List.of("customer/orders.xhtml", "customer/order.xhtml", "customer/invoices.xhtml",
                        "customer/quotes.xhtml", "customer/requests.xhtml", "customer/request.xhtml",
                        "customer/organisation.xhtml", "customer/payments.xhtml"),
                DemoAccounts.PARTNER, List.of("partner/index.xhtml", "partner/vouchers/index.xhtml",
                        "partner/vouchers/prices.xhtml"),
                DemoAccounts.VALIDATOR, List.of("console/index.xhtml", "console/requests.xhtml"),
                DemoAccounts.ACCOUNTANT, List.of("console/orders.xhtml", "console/order.xhtml", "console/invoices.xhtml",
                        "console/invoice.xhtml", "console/quotes.xhtml", "console/quote.xhtml", "console/batch.xhtml"),
                DemoAccounts.ADMIN, List.of("console/customers.xhtml", "console/outbox.xhtml", "console/batch.xhtml",
                        "console/coupons.xhtml", "console/order.xhtml"));
        List<String> unreached = new ArrayList<>();
        expected.forEach((who, pages) -> pages.stream().filter(p -> !visited.get(who).contains(p))
                .forEach(p -> unreached.add(who + " " + p)));
        assertEquals(List.of(), unreached, "pages the crawl should have reached: " + visited);
    }

    @Test
    @Order(0)
    void theCheckFindsEveryKindOfFaultOnAPage() {
        // guards the guard: a page with all the faults must report each of them
        String page = "<html lang=\"fr\"><body><script>var x = 'BANK_TRANSFER ???';</script>"
                + "<td data-status=\"COMPLETED\">???order.event.shipped???</td><td>63,20 ¤</td><td>HÃ©lÃ¨ne</td>"
                + "<td>BANK_TRANSFER</td><td>COMPLETED</td><td>SIRET 81234567600017 FR</td></body></html>";
        List<String> found = check(page, "fr", Set.of("BANK_TRANSFER", "COMPLETED", "SIRET", "FR"));
        assertEquals(5, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("\"???\""), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("raw code BANK_TRANSFER")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("raw code COMPLETED")), found.toString());
        assertEquals(List.of("page in fr, not it"), check("<html lang=\"fr\"><p>Bonjour</p></html>", "it", Set.of()));
    }

    /** Visits the pages of {@code account} (null: a visitor) in the three languages; the pages seen (paths). */
    private Set<String> crawl(String account, Map<String, List<String>> problems, Set<String> constants) throws Exception {
        List<String> languages = new ArrayList<>(LANGUAGES);
        String own = account == null ? null
                : TestDatabase.queryString("select language from account where email = ?", account).toLowerCase();
        if (own != null) {
            // the switch is saved in the account: its own language last, so the account ends as it was
            languages.remove(own);
            languages.add(own);
        }
        Set<String> pages = new TreeSet<>();
        for (String language : languages) {
            WebSession session = new WebSession(URI.create(base.toString()), language);
            String home = "index.xhtml";
            if (account != null) {
                HttpResponse<String> login = session.signIn(account, DemoAccounts.PASSWORD);
                assertEquals(302, login.statusCode(), account + " signs in");
                home = login.headers().firstValue("Location").orElseThrow();
            }
            session.open("index.xhtml?lang=" + language);
            List<String> seeds = new ArrayList<>(List.of(home, "index.xhtml", "account/profile.xhtml"));
            seeds.addAll(DETAILS.getOrDefault(account, List.of()));
            pages.addAll(crawlFrom(session, account == null ? "visitor" : account, language, seeds, problems, constants));
        }
        return pages;
    }

    private Set<String> crawlFrom(WebSession session, String who, String language, List<String> seeds,
            Map<String, List<String>> problems, Set<String> constants) {
        String root = URI.create(base.toString()).getPath();
        Deque<String> queue = new ArrayDeque<>();
        seeds.forEach(seed -> queue.add(relative(seed, root)));
        Set<String> seen = new LinkedHashSet<>();
        Set<String> reached = new TreeSet<>();
        Map<String, Integer> perPath = new HashMap<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES) {
            String page = queue.poll();
            String path = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
            if (!seen.add(page) || perPath.merge(path, 1, Integer::sum) > SAME_PAGE_VISITS) {
                continue;
            }
            HttpResponse<String> response = session.open(page);
            visited++;
            String where = who + " · " + language + " · " + page;
            if (response.statusCode() != 200) {
                // an access refusal of another area is a page in the right language too, but not a crawl target
                if (response.statusCode() != 403 && response.statusCode() != 404) {
                    problems.computeIfAbsent(where, k -> new ArrayList<>()).add("HTTP " + response.statusCode());
                }
                continue;
            }
            reached.add(relative(response.uri().getRawPath(), root));
            List<String> found = check(response.body(), language, constants);
            if (!found.isEmpty()) {
                problems.put(where, found);
            }
            Matcher link = HREF.matcher(response.body());
            while (link.find()) {
                String target = link.group(1).replace("&amp;", "&");
                if (NOT_FOLLOWED.matcher(target).find()) {
                    continue;
                }
                String resolved = response.uri().resolve(target).getRawPath();
                if (!resolved.startsWith(root) || !resolved.endsWith(".xhtml")) {
                    continue;
                }
                String query = response.uri().resolve(target).getRawQuery();
                queue.add(relative(resolved, root) + (query == null ? "" : "?" + query));
            }
        }
        return reached;
    }

    /** What is wrong with one page: each offending token once, with where it stands. */
    static List<String> check(String html, String language, Set<String> constants) {
        List<String> found = new ArrayList<>();
        Matcher lang = HTML_LANG.matcher(html);
        String shown = lang.find() ? lang.group(1) : "no language";
        if (!shown.equals(language)) {
            found.add("page in " + shown + ", not " + language);
        }
        String markup = SCRIPT.matcher(html).replaceAll(" ");
        for (String broken : List.of("???", "¤", "Ã")) {
            int at = markup.indexOf(broken);
            if (at >= 0) {
                found.add("\"" + broken + "\" in …" + around(markup, at) + "…");
            }
        }
        String text = text(markup);
        Set<String> codes = new TreeSet<>();
        Matcher constant = CONSTANT.matcher(text);
        while (constant.find()) {
            String token = constant.group();
            // short single words are acronyms people write (SIRET, PEC, CII, FR, IT); long ones and
            // anything with an underscore are what an enum constant looks like
            if (constants.contains(token) && (token.contains("_") || token.length() > 5)) {
                codes.add(token);
            }
        }
        codes.forEach(code -> found.add("raw code " + code + " in …" + around(text, text.indexOf(code)) + "…"));
        return found;
    }

    private static String text(String markup) {
        String text = TAG.matcher(markup).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'");
        Matcher entity = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            entity.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(code)));
        }
        entity.appendTail(decoded);
        return decoded.toString().replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ");
    }

    private static String relative(String target, String root) {
        String path = target.startsWith("http") ? URI.create(target).getRawPath()
                + (URI.create(target).getRawQuery() == null ? "" : "?" + URI.create(target).getRawQuery()) : target;
        return path.startsWith(root) ? path.substring(root.length()) : path.replaceFirst("^/", "");
    }

    /** The names of the constants of every enum of TrustDesk (the jars of its modules on the test's class path). */
    private static Set<String> enumConstants() throws Exception {
        Set<String> classes = new TreeSet<>();
        var roots = PagesInEveryLanguageIT.class.getClassLoader().getResources("eu/trustdesk");
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                Path dir = Path.of(root.toURI()).getParent().getParent();
                try (Stream<Path> files = Files.walk(dir.resolve("eu/trustdesk"))) {
                    files.map(p -> dir.relativize(p).toString().replace(File.separatorChar, '/'))
                            .filter(n -> n.endsWith(".class")).forEach(classes::add);
                }
            } else if ("jar".equals(root.getProtocol())) {
                String jar = root.getPath().substring("file:".length(), root.getPath().indexOf('!'));
                try (JarFile file = new JarFile(URLDecoder.decode(jar, StandardCharsets.UTF_8))) {
                    file.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith("eu/trustdesk/") && n.endsWith(".class")).forEach(classes::add);
                }
            }
        }
        Set<String> constants = new TreeSet<>();
        for (String name : classes) {
            try {
                Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                        PagesInEveryLanguageIT.class.getClassLoader());
                if (type.isEnum()) {
                    for (Object value : type.getEnumConstants()) {
                        constants.add(((Enum<?>) value).name());
                    }
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a class needing a server-only library is no enum of ours
            }
        }
        // the batch runtime's statuses reach the console too
        for (jakarta.batch.runtime.BatchStatus status : jakarta.batch.runtime.BatchStatus.values()) {
            constants.add(status.name());
        }
        return constants;
    }

    private String procurement(String user, String path, Map<String, String> parameters) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("user", user);
        all.put("password", DemoAccounts.PASSWORD);
        String query = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "test/procurement/" + path + "?" + query)).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().strip();
    }
}
