package eu.trustdesk.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.BrowserTest;
import eu.trustdesk.testing.Browsers;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TrustDeskEar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The seed journey of the public-body administrative payment, in a real browser and in French: the
 * Mairie de Villeneuve-Exemple fills its cart with a token, asks for a quote at the payment step,
 * receives it by e-mail and downloads its PDF, pre-orders; the accountant records the ORIGINAL
 * purchase order and ships with a delivery note; the invoice carries the purchase-order number and
 * the bank details and is e-mailed to the paying service; the buyer sees the shipment.
 */
@ExtendWith(ArquillianExtension.class)
class ProcurementJourneyBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    void aPublicBodyBuysOnAQuoteWithItsOriginalPurchaseOrder() throws Exception {
        signIn(DemoAccounts.BUYER, "/customer/");
        browser.get(base + "product.xhtml?sku=SIG-TOKEN");
        click(By.id("add:addToCart"));
        wait.until(ExpectedConditions.urlContains("/cart.xhtml"));
        click(By.id("cart:checkout"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkout:steps")));
        choose("checkout:organisation", ProcurementIT.MAIRIE);
        ajaxDone();
        replace("checkout:phone", "+33 4 72 00 00 09");
        click(By.id("checkout:next"));
        click(By.id("checkout:next"));

        // the payment step offers the quote under the payment modes
        click(By.id("checkout:requestQuote"));
        wait.until(ExpectedConditions.urlContains("/customer/quote-request.xhtml"));
        String procedure;
        try {
            procedure = text(By.id("notAccepted"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(browser.getCurrentUrl() + "\n" + browser.getPageSource(), e);
        }
        assertTrue(procedure.contains("ORIGINAL"), "a signed quote or a copy is not accepted");
        assertEquals("Télécharger mon devis valable 1 mois au format PDF", text(By.id("quote:download")));
        click(By.id("quote:send"));

        // my quotes: the quote, valid; its PDF; the mail with the PDF attached
        wait.until(ExpectedConditions.urlContains("/customer/quotes.xhtml"));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quotes:list:0:pdf")));
        String number = link.getText();
        assertTrue(number.matches("DEV-\\d{4}-\\d{6}"), number);
        assertEquals("Valable", text(By.id("status-" + number)));
        String quotePdf = download(link.getAttribute("href"));
        assertTrue(quotePdf.contains(number) && quotePdf.contains(ProcurementIT.MAIRIE)
                && quotePdf.contains("3 rue des Ateliers") && quotePdf.contains("ORIGINAL"), quotePdf);
        ProcurementMails.Mail quoteMail = ProcurementMails.await(DemoAccounts.BUYER, number);
        assertTrue(quoteMail.attachments().contains(number + ".pdf"), quoteMail.attachments().toString());

        // pre-order by e-mail: the token is reserved
        click(By.id("quotes:list:0:preOrder"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quotes:list"), "Produits réservés"));

        // the accountant receives the original purchase order
        browser.manage().deleteAllCookies();
        signIn(DemoAccounts.ACCOUNTANT, "/console/");
        browser.get(base + "console/index.xhtml");
        click(By.id("quotes"));
        wait.until(ExpectedConditions.urlContains("/console/quotes.xhtml"));
        replace("search:text", number);
        click(By.id("search:find"));
        ajaxDone();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:results"), number));
        click(By.linkText(number));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purchaseOrder:poNumber")));
        String po = "BC-" + number.substring(4);
        replace("purchaseOrder:poNumber", po);
        replace("purchaseOrder:signatory", "Le maire, Mme Hélène Lefèvre-D’Arçy");
        // the date as a French accountant writes it (day first), set without focusing the field: the
        // calendar popup that focus opens would keep the focus and swallow what is typed next
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                "purchaseOrder:poDate_input", java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now()));
        Path scan = Files.createTempFile("bon-de-commande", ".pdf");
        Files.writeString(scan, "%PDF-1.4 scan of the original");
        browser.findElement(By.id("purchaseOrder:scan")).sendKeys(scan.toString());
        click(By.cssSelector("#purchaseOrder\\:original .ui-chkbox-box"));
        click(By.id("purchaseOrder:recordPo"));
        try {
            wait.until(driver -> !driver.findElement(By.id("orderNumber")).getText().isBlank());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("purchase order not recorded: " + browser.getCurrentUrl() + "\n"
                    + browser.findElement(By.tagName("main")).getText(), e);
        }
        String order = text(By.id("orderNumber"));
        assertTrue(order.matches("CMD-\\d{4}-\\d{6}"), "the quote became an order: " + order);

        // shipment with a delivery note, which issues and mails the invoice
        // as the accountant types it: accents, a typographic apostrophe, a name outside Latin-1
        String carrier = "Chronopost Région Sud — agence d’Évry, M. Łukasz";
        replace("ship:carrier", carrier);
        replace("ship:tracking", "6A987654321");
        click(By.id("ship:shipGoods"));
        String invoice = text(By.id("invoiceNumber"));
        String notePdf = download(browser.findElement(By.id("deliveryNote")).getAttribute("href"));
        assertTrue(notePdf.contains(po) && notePdf.contains("6A987654321") && notePdf.contains(number), notePdf);
        assertTrue(notePdf.contains(carrier), "the carrier on the delivery note as typed: " + notePdf);
        String invoicePdf = ProcurementIT.pdf("select pdf from invoice where number = ?", invoice);
        assertTrue(invoicePdf.contains(po), "the purchase-order number on the invoice: " + invoicePdf);
        assertTrue(invoicePdf.contains("IBAN") && invoicePdf.contains("BIC"), "the bank details");
        ProcurementMails.Mail invoiceMail = ProcurementMails.await(ProcurementIT.PAYING_SERVICE, invoice);
        assertTrue(invoiceMail.attachments().contains(invoice + ".pdf") && invoiceMail.attachments().size() >= 2,
                "the invoice with the purchase order: " + invoiceMail.attachments());

        // the buyer sees the shipment
        browser.manage().deleteAllCookies();
        signIn(DemoAccounts.BUYER, "/customer/");
        click(By.id("navQuotes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quotes:list"), "6A987654321"));
        assertTrue(text(By.id("quotes:list")).contains("Converti en commande"));
    }

    private String download(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private void signIn(String email, String lands) {
        browser.get(base + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        click(By.id("login:submit"));
        if (DemoAccounts.isStaff(email)) {
            Browsers.typeDemoStaffCode(browser, wait);
        }
        wait.until(ExpectedConditions.urlContains(lands));
    }

    private void choose(String menuId, String label) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(menuId + "_input")));
        Object chosen = ((JavascriptExecutor) browser).executeScript(
                "var select = document.getElementById(arguments[0] + '_input');"
                        + "for (var i = 0; i < select.options.length; i++) {"
                        + "  if (select.options[i].text === arguments[1]) {"
                        + "    PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')].selectValue(select.options[i].value);"
                        + "    return true; } }"
                        + "return false;", menuId, label);
        assertEquals(Boolean.TRUE, chosen, label + " is offered in " + menuId);
    }

    private void ajaxDone() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }

    private void replace(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks what {@code by} finds, finding it again if an Ajax update replaced it meanwhile. */
    private void click(By by) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(driver);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }
}
