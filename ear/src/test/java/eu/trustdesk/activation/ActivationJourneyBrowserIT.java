package eu.trustdesk.activation;

import static eu.trustdesk.testing.TestDatabase.queryLong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.BrowserTest;
import eu.trustdesk.testing.Browsers;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.ShopDriver;
import eu.trustdesk.testing.TrustDeskEar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The seed journey of the e-invoicing purchase, in a real browser and in Italian: the applicant
 * follows the link of her mail, verifies her address with the one-time password read from the
 * mail, takes Rossi Consulting (an Italian company) as holder, enters herself as applicant,
 * uploads a colour photo of her identity card, accepts the contracts and submits; a validator
 * approves in the console; she finds the request active with its history, and the activation
 * mail with the access link.
 */
@ExtendWith(ArquillianExtension.class)
class ActivationJourneyBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Override
    protected String language() {
        return "it";
    }

    @Test
    void anApplicantCompletesHerFileAndAValidatorApprovesIt() throws Exception {
        ShopDriver shop = new ShopDriver(base);
        List<String> earlierLinks = MailCatcher.links(DemoAccounts.CUSTOMER, "customer/applicant.xhtml?token=");
        String dupont = shop.organisationOf(DemoAccounts.BUYER, "Dupont Conseil SARL");
        String answer = shop.call(DemoAccounts.BUYER, "order", Map.of("org", dupont, "cart", "EINV-PRO:1:1",
                "mode", "BANK_TRANSFER", "applicant", DemoAccounts.CUSTOMER));
        assertTrue(answer.startsWith("OK "), answer);
        String number = answer.split(" ")[1];
        // nothing is delivered before it is paid: the accountant records the transfer
        assertEquals("PAID", shop.call(DemoAccounts.ACCOUNTANT, "pay", Map.of("order", number)));
        long request = queryLong("select id from activation_request where order_number = ?", number);

        // the link of the mail, then sign in
        String link = MailCatcher.awaitNewLink(DemoAccounts.CUSTOMER, "customer/applicant.xhtml?token=", earlierLinks);
        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(DemoAccounts.CUSTOMER);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.urlContains("/customer/requests.xhtml"));
        click(By.xpath("//tr[contains(., '" + number + "')]//a"));
        wait.until(ExpectedConditions.urlContains("/customer/request.xhtml"));

        // a. the one-time password, read from the mail
        int before = ActivationIT.otpCodes(DemoAccounts.CUSTOMER, request).size();
        click(By.id("otp:send"));
        List<String> codes = Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> ActivationIT.otpCodes(DemoAccounts.CUSTOMER, request), c -> c.size() > before);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp:code")))
                .sendKeys(codes.get(codes.size() - 1));
        click(By.id("otp:confirm"));

        // b. holder type, filled in from her organisation
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("holderType:organisation_input")));
        choose("holderType:organisation", "Rossi Consulting S.r.l.");
        WebElement prefill = browser.findElement(By.id("holderType:prefill"));
        prefill.click();
        wait.until(ExpectedConditions.stalenessOf(prefill));
        click(By.id("holderType:next"));

        // c. holder data, prefilled and checked
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("holder:name")));
        assertEquals("Rossi Consulting S.r.l.", name.getAttribute("value"));
        click(By.id("holder:next"));

        // d. the applicant
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("applicant:birthPlace")));
        ((JavascriptExecutor) browser).executeScript(
                "PrimeFaces.widgets['widget_applicant_birthDate'].setDate(new Date(1985, 11, 10));");
        replace("applicant:birthPlace", "Forlì (Sant’Agata)");
        replace("applicant:taxCode", "RSSMRA85T10A562S");
        replace("applicant:phone", "+39 06 1234 5678");
        click(By.id("applicant:next"));

        // e. a colour photo of the identity card
        wait.until(driver -> !driver.findElements(By.id("guidance")).isEmpty()
                || !driver.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
        assertTrue(!browser.findElements(By.id("guidance")).isEmpty(), () -> browser.findElements(
                By.cssSelector(".ui-messages-error, .ui-message-error")).stream()
                .map(e -> e.getAttribute("textContent")).toList().toString());
        Path photo = Files.createTempFile("carta-identita", ".jpg");
        Files.write(photo, ActivationDriverServlet.image(1400, 900, true, "jpg"));
        browser.findElement(By.cssSelector("#document\\:file input[type=file]")).sendKeys(photo.toString());
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentName")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("upload not shown: " + browser.findElements(By.cssSelector(
                    ".ui-messages, .ui-fileupload-content")).stream().map(x -> x.getAttribute("textContent"))
                    .toList() + " " + browser.findElement(By.id("document")).getAttribute("outerHTML")
                            .replaceAll("\\s+", " "), e);
        }
        Files.delete(photo);
        click(By.id("document:next"));

        // f. the contracts, g. review and submit
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contracts:read")));
        List<WebElement> contracts = browser.findElements(By.cssSelector("a[id$=':contract']"));
        assertEquals(eu.trustdesk.activation.entity.ContractKind.values().length, contracts.size(), "one link per document");
        for (WebElement contract : contracts) {
            open(contract.getAttribute("href")); // she reads each one: acceptance waits for that
        }
        click(By.cssSelector("#contracts\\:read .ui-chkbox-box"));
        click(By.id("contracts:next"));
        click(By.id("review:submit"));
        wait.until(ExpectedConditions.textToBe(By.id("status"), "In validazione"));

        // the validator approves in the console
        browser.manage().deleteAllCookies();
        browser.get(base + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(DemoAccounts.VALIDATOR);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        click(By.id("login:submit"));
        Browsers.typeDemoStaffCode(browser, wait);
        wait.until(ExpectedConditions.urlContains("/console/"));
        click(By.id("activationRequests"));
        click(By.xpath("//a[contains(@id, ':open') and normalize-space(.)='" + request + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documentPreview")));
        assertTrue(text(By.tagName("main")).contains("Forlì (Sant’Agata)"),
                "the validator reads the birth place as the applicant typed it");
        click(By.id("approve:approveButton"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("approve:approveButton")));

        // the applicant sees it active, with its history, and has the activation mail
        browser.manage().deleteAllCookies();
        browser.get(base + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(DemoAccounts.CUSTOMER);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.urlContains("/customer/"));
        browser.get(base + "customer/request.xhtml?id=" + request);
        assertEquals("Attiva", text(By.id("status")));
        assertTrue(browser.findElement(By.id("access")).getAttribute("href").contains("einvoicing.trustdesk.eu"));
        String timeline = text(By.id("timeline"));
        for (String step : List.of("Richiesta creata", "E-mail verificata", "Titolare inserito", "Richiedente inserito",
                "Documento d'identità caricato", "Tutte le condizioni accettate", "Inviata in validazione",
                "Approvata: servizio attivo")) {
            assertTrue(timeline.contains(step), step + " in " + timeline);
        }
        assertTrue(MailCatcher.awaitLink(DemoAccounts.CUSTOMER, "einvoicing.trustdesk.eu").contains("einvoicing"));
    }

    /** Chooses an entry of a PrimeFaces drop-down through its widget (see OrderJourneyBrowserIT). */
    private void choose(String menuId, String label) {
        Object chosen = ((JavascriptExecutor) browser).executeScript(
                "var select = document.getElementById(arguments[0] + '_input');"
                        + "var menu = PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')];"
                        + "for (var i = 0; i < select.options.length; i++) {"
                        + "  if (select.options[i].text === arguments[1]) {"
                        + "    menu.selectValue(select.options[i].value);"
                        + "    return true; } }"
                        + "return false;", menuId, label);
        assertEquals(Boolean.TRUE, chosen, label + " is offered in " + menuId);
    }

    private void ajaxDone() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private void replace(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    /** Downloads a document of the page with the browser's session, as a click on its link does. */
    private void open(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href);
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""), href);
    }
}
