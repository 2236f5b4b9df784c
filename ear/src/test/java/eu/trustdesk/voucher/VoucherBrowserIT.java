package eu.trustdesk.voucher;

import eu.trustdesk.shared.BusinessCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.BrowserTest;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TrustDeskEar;
import eu.trustdesk.testing.WebSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The voucher journey in a real browser, in French: the demo partner orders two lines (3 + 2
 * vouchers), downloads the CSV (5 rows, the columns of the issue) and reveals the codes; a visitor
 * opens one voucher's URL, creates an account, confirms it, comes back through the URL, signs in
 * and redeems it, and finds the request in the customer area; the partner then sees that voucher
 * valid–used.
 */
@ExtendWith(ArquillianExtension.class)
class VoucherBrowserIT extends BrowserTest {

    private static final String PARTNER = "partner@demo.trustdesk.eu";
    private static final String DEMO_PASSWORD = "TrustDesk-demo-2026";
    private static final String PASSWORD = "quatre chevaux bleus dansent";

    /** The end customer, as a partner types it: accents, an apostrophe, letters outside Latin-1. */
    private static final String CUSTOMER = "Niccolò Dell’Acqua – Łukasz Ștefan SA";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    void aPartnerOrdersDistributesAndSeesTheVoucherUsedAfterACustomerRedeemsIt() throws Exception {
        signIn(PARTNER, DEMO_PASSWORD);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("vouchers"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("newOrder"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("order:customerName"))).sendKeys(CUSTOMER);
        browser.findElement(By.id("order:notes")).sendKeys("FAC-2026-042 — à facturer à l'agence d'Évry");
        setQuantity(0, "3");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order:lines:0:lineAmount"), "189,60"));
        ajaxDone();
        browser.findElement(By.id("order:addLine")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("order:lines:1:quantity_input")));
        setQuantity(1, "2");
        // 5 × 63.20 (79.00 less 20 %) = 316.00 excl. VAT, 379.20 incl. VAT
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order:total"), "379,20"));
        ajaxDone();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(., 'Virement bancaire')]"))).click();
        browser.findElement(By.id("order:submit")).click();

        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codes:vouchers")));
        } catch (TimeoutException e) {
            throw new AssertionError("order not placed: " + browser.findElement(By.tagName("main")).getText(), e);
        }
        String orderPage = browser.getCurrentUrl();
        String heading = browser.findElement(By.id("areaTitle")).getText();
        String orderNumber = heading.substring(heading.lastIndexOf(' ') + 1);
        List<WebElement> codes = browser.findElements(By.cssSelector("[id^='codes:vouchers:'][id$=':code']"));
        assertEquals(5, codes.size());
        assertTrue(codes.get(0).getText().startsWith("•••••"), "masked until shown: " + codes.get(0).getText());

        // the CSV: 5 rows and the columns
        String csvHref = browser.findElement(By.id("csv")).getAttribute("href");
        String csv = new String(download(csvHref, "text/csv"), StandardCharsets.UTF_8);
        String[] rows = csv.split("\r\n");
        assertEquals(6, rows.length, csv);
        assertEquals("code,url,product,validity_years,state,order_date,expiry_date,customer_name", rows[0]);
        String[] first = rows[1].split(",");
        assertEquals(8, first.length, rows[1]);
        assertEquals("1", first[3]);
        assertEquals("AWAITING_PAYMENT", first[4], "paid by transfer: the vouchers wait for the money");
        assertEquals(CUSTOMER, first[7], "the customer's name in the CSV as typed");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(CUSTOMER), "and on the order page");
        assertEquals("FAC-2026-042 — à facturer à l'agence d'Évry", browser.findElement(By.id("notes")).getText());

        browser.findElement(By.id("codes:show")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codes:hide")));
        String code = browser.findElement(By.id("codes:vouchers:0:code")).getText();
        assertTrue(code.matches("([0-9A-Z]{5}-){4}[0-9A-Z]{5}"), code);
        assertEquals(code, rows[1].split(",")[0], "the CSV lists the codes in the page's order");
        // the PDF vouchers: of one code (the row's link, shown with the codes) and of the whole order
        String pdfOne = browser.findElement(By.id("codes:vouchers:0:pdfOne")).getAttribute("href");
        String voucher = pdfText(download(pdfOne, "application/pdf"));
        assertTrue(voucher.contains(code) && voucher.contains(CUSTOMER), "the printed voucher: " + voucher);
        String all = pdfText(download(browser.findElement(By.id("pdf")).getAttribute("href"), "application/pdf"));
        assertTrue(all.contains(code) && all.contains(CUSTOMER), all);
        String url = rows[1].split(",")[1];
        assertTrue(url.endsWith("redeem.xhtml?code=" + code), url);
        signOut();

        // before the transfer arrives the voucher's URL says it waits for the payment
        String redeemUrl = base + "redeem.xhtml?code=" + code;
        browser.get(redeemUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("redeem:product")));
        assertEquals("En attente de paiement", browser.findElement(By.id("state")).getText());
        assertTrue(browser.findElements(By.id("redeem:registerToRedeem")).isEmpty(), "nothing to redeem yet");

        // the accountant records the partner's transfer, 379.20 as the statement shows it
        WebSession accountant = new WebSession(URI.create(base.toString()), "fr");
        assertEquals(302, accountant.signIn("accountant@demo.trustdesk.eu", DEMO_PASSWORD).statusCode());
        accountant.open("console/voucher-payments.xhtml");
        assertEquals(302, accountant.submit("payment", "record", Map.of("number", orderNumber, "amount", "379,20",
                "receivedOn_input", java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .format(LocalDate.now(BusinessCalendar.ZONE)),
                "reference", "VIREMENT " + orderNumber)).statusCode());

        // a visitor opens the voucher's URL, creates an account and comes back
        String email = "bon." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        browser.get(redeemUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("redeem:product")));
        assertEquals("Valide – inutilisé", browser.findElement(By.id("state")).getText());
        browser.findElement(By.id("redeem:registerToRedeem")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:firstName"))).sendKeys("Zoë");
        browser.findElement(By.id("register:lastName")).sendKeys("D’Alembert-Łącka");
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("#register\\:privacy .ui-chkbox-box")).click();
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        browser.get(MailCatcher.awaitLink(email, "verify.xhtml?token="));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verified")));

        browser.get(redeemUrl);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("redeem:signInToRedeem"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("redeem.xhtml"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("redeem:redeemNow"))).click();
        wait.until(ExpectedConditions.urlContains("/customer/requests.xhtml"));
        assertTrue(browser.findElement(By.id("requests")).getText().contains(orderNumber),
                browser.findElement(By.id("requests")).getText());

        // the same code again: told it is used
        browser.get(redeemUrl);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "déjà été utilisé"));
        signOut();

        // the partner sees it valid–used
        signIn(PARTNER, DEMO_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/partner/index.xhtml"));
        browser.get(orderPage);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("codes:vouchers")));
        assertTrue(browser.findElement(By.id("codes:vouchers")).getText().contains("Valide – utilisé"));
        browser.get(base + "partner/vouchers/index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orders")));
        assertEquals("1", browser.findElement(By.id("orders:0:used")).getText());
        assertEquals("4", browser.findElement(By.id("orders:0:unused")).getText());
    }

    private void setQuantity(int line, String quantity) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.id("order:lines:" + line + ":quantity_input")));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), quantity);
        browser.findElement(By.id("order:customerName")).click(); // blur: the line is priced again
        ajaxDone();
    }

    /** Waits until PrimeFaces has no Ajax request left, so a field is not re-rendered under our clicks. */
    private void ajaxDone() {
        wait.until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private byte[] download(String href, String contentType) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void signIn(String email, String password) {
        browser.get(base + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("userForm:signOut"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn")));
    }
}
