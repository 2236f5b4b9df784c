package eu.trustdesk.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.BrowserTest;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TrustDeskEar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The seed journey of the certificate order module, in a real browser and in French: a private
 * company (Dupont Conseil SARL) orders a signature certificate on a USB token; the payer is
 * another organisation (its holding); it pays by bank transfer, accepts the terms and downloads
 * the purchase order. The applicant, another person, receives the mail with the link and lands
 * on the request in her own customer area.
 */
@ExtendWith(ArquillianExtension.class)
class OrderJourneyBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    void aCompanyOrdersATokenForSomeoneElseAndAnotherOrganisationPays() throws Exception {
        List<String> earlierLinks = MailCatcher.links(DemoAccounts.CUSTOMER, "customer/applicant.xhtml?token=");
        signIn(DemoAccounts.BUYER);
        browser.get(base + "product.xhtml?sku=SIG-TOKEN");
        click(By.id("add:addToCart"));
        wait.until(ExpectedConditions.urlContains("/cart.xhtml"));
        assertTrue(text(By.id("cart:lines")).contains("clé USB"));
        click(By.id("cart:checkout"));

        // 1. the applicant: someone else, Niccolò Dell’Acqua (accents and a typographic apostrophe, kept as typed)
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkout:steps")));
        choose("checkout:organisation", "Dupont Conseil SARL");
        click(By.cssSelector("#checkout\\:buyerIsApplicant .ui-chkbox-box"));
        ajaxDone();
        replace("checkout:firstName", "Niccolò");
        replace("checkout:lastName", "Dell’Acqua");
        replace("checkout:email", DemoAccounts.CUSTOMER);
        replace("checkout:phone", "+39 06 1234 5678");
        click(By.id("checkout:next"));

        // 2. billing details are different: the holding pays
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#checkout\\:billingDifferent .ui-chkbox-box"))));
        ajaxDone();
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(., 'Dupont Holding SAS')]"))));
        // the token is sent by post: to the head office's delivery address
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[starts-with(., 'Siège — Jean Dupont')]"))));
        click(By.id("checkout:next"));

        // 3. bank transfer; the administrative mandate is offered greyed out with the reason
        WebElement mandate = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//label[contains(., 'Mandat administratif')]")));
        assertTrue(mandate.getText().contains("réservé aux organismes publics"), mandate.getText());
        click(By.xpath("//label[contains(., 'Virement bancaire')]"));
        click(By.id("checkout:next"));

        // 4. the terms of sale
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkout:termsPdf")));
        click(By.cssSelector("#checkout\\:termsAccepted .ui-chkbox-box"));
        click(By.id("checkout:next"));

        // 5. confirmation
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmPayment")));
        assertEquals("Virement bancaire", text(By.id("confirmPayment")));
        String lines = text(By.id("checkout:confirmLines"));
        assertTrue(lines.contains("clé USB") && lines.contains("149,00"), "the line with its unit price: " + lines);
        assertEquals("1", text(By.id("checkout:confirmLines:0:qty")), "its quantity");
        String applicant = text(By.id("confirmApplicant"));
        assertTrue(applicant.contains(" — " + DemoAccounts.CUSTOMER + " — +39 06 1234 5678"), "the applicant typed: " + applicant);
        assertTrue(text(By.id("confirmPayer")).startsWith("Dupont Holding SAS"), "the payer chosen, not the buyer: "
                + text(By.id("confirmPayer")));
        assertEquals("Dupont Conseil SARL", text(By.id("confirmBuyer")));
        String delivery = text(By.id("confirmDelivery"));
        assertTrue(delivery.startsWith("Jean Dupont — 12 rue de la République") && delivery.contains("69002 Lyon"),
                "the token is shipped to the organisation's delivery address: " + delivery);
        assertTrue(text(By.id("totalIncludingVat")).contains("178,80"), text(By.id("totalIncludingVat")));
        click(By.id("checkout:submit"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));
        assertEquals("Merci pour votre commande", text(By.id("thanks")));
        String number = text(By.id("orderNumber")).replaceAll(".*(CMD-\\d{4}-\\d{6}).*", "$1");
        assertTrue(text(By.id("instructions")).contains(number), "the transfer must quote the order number");
        assertTrue(text(By.id("applicantMailed")).contains(DemoAccounts.CUSTOMER));

        String pdf = download(browser.findElement(By.id("purchaseOrder")).getAttribute("href"));
        assertTrue(pdf.contains(number), "order number in the purchase order");
        assertTrue(pdf.contains("Dupont Conseil SARL") && pdf.contains("Dupont Holding SAS") && pdf.contains("Niccolò Dell’Acqua"),
                "the three parties");
        assertTrue(pdf.contains("178,80"), "the total including VAT: " + pdf);

        // the applicant follows the link of her mail and lands on the request
        String link = MailCatcher.awaitNewLink(DemoAccounts.CUSTOMER, "customer/applicant.xhtml?token=", earlierLinks);
        browser.manage().deleteAllCookies();
        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(DemoAccounts.CUSTOMER);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.urlContains("/customer/requests.xhtml"));
        assertTrue(text(By.id("requests")).contains(number), "the request of the order is in her area");
    }

    private String download(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void signIn(String email) {
        browser.get(base + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        click(By.id("login:submit"));
        wait.until(ExpectedConditions.urlContains("/customer/"));
    }

    /**
     * Chooses an entry of a PrimeFaces drop-down through its widget, as a click would: the
     * overlay list and its closing animation made clicks flaky on a loaded machine.
     */
    private void choose(String menuId, String label) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
        Object chosen = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var select = document.getElementById(arguments[0] + '_input');"
                        + "for (var i = 0; i < select.options.length; i++) {"
                        + "  if (select.options[i].text === arguments[1]) {"
                        + "    PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')].selectValue(select.options[i].value);"
                        + "    return true; } }"
                        + "return false;", menuId, label);
        assertEquals(Boolean.TRUE, chosen, label + " is offered in " + menuId);
    }

    /** Waits until PrimeFaces has no Ajax request left, so a field is not re-rendered under our typing. */
    private void ajaxDone() {
        wait.until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private void replace(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void click(By by) {
        click(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    private void click(WebElement element) {
        element.click();
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }
}
