package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.BrowserTest;
import eu.trustdesk.testing.DemoAccounts;
import eu.trustdesk.testing.TrustDeskEar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A customer in a real browser: signs in from the catalogue, reaches the customer area, switches language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerAreaBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    void aCustomerSignsInReachesTheCustomerAreaAndSwitchesLanguage() {
        browser.get(base.toString());
        assertEquals("Nos produits", text(browser, By.tagName("h1")));

        browser.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")))
                .sendKeys(DemoAccounts.CUSTOMER);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();

        wait.until(ExpectedConditions.urlContains("/customer/index.xhtml"));
        assertTrue(browser.findElement(By.id("welcome")).getText().contains("Chiara Rossi"));

        switchTo("en");
        wait.until(ExpectedConditions.textToBe(By.id("areaTitle"), "My customer area"));
        assertEquals("Sign out", browser.findElement(By.id("userForm:signOut")).getText());

        switchTo("it");
        wait.until(ExpectedConditions.textToBe(By.id("areaTitle"), "La mia area clienti"));
        assertTrue(browser.getCurrentUrl().endsWith("/customer/index.xhtml"), "the switch keeps the page");

        browser.findElement(By.id("navCatalogue")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "I nostri prodotti"));
    }

    private void switchTo(String language) {
        browser.findElements(By.cssSelector(".td-languages a")).stream()
                .filter(link -> link.getText().equalsIgnoreCase(language))
                .findFirst().orElseThrow()
                .click();
    }

    private static String text(WebDriver browser, By by) {
        return browser.findElement(by).getText();
    }
}
