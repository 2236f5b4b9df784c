package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.testing.BrowserTest;
import eu.trustdesk.testing.MailCatcher;
import eu.trustdesk.testing.TrustDeskEar;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The first journey of a new customer, in a real browser and in French: create an account,
 * receive the confirmation mail, follow its link, sign in, add an organisation — an invalid
 * SIRET is refused with a French message, a valid one is accepted. Everything typed carries
 * accents, apostrophes and letters outside Latin-1, and must come back exactly as typed: on the
 * page after a refused submission, in the mail, on the organisation and the profile.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationBrowserIT extends BrowserTest {

    private static final String PASSWORD = "quatre chevaux bleus dansent";
    private static final String FIRST_NAME = "Hélène";
    private static final String LAST_NAME = "Lefèvre-Ștefan";
    private static final String ORGANISATION = "Société Coopérative Àrea Nord d’Łukasz";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TrustDeskEar.forTests();
    }

    @Test
    void aVisitorRegistersConfirmsSignsInAndAddsAnOrganisation() {
        String email = "marie." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";

        browser.get(base + "login.xhtml");
        browser.findElement(By.id("register")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:firstName"))).sendKeys(FIRST_NAME);
        browser.findElement(By.id("register:lastName")).sendKeys(LAST_NAME);
        browser.findElement(By.id("register:email")).sendKeys(email);
        browser.findElement(By.id("register:password")).sendKeys("motdepasse1");
        browser.findElement(By.cssSelector("#register\\:privacy .ui-chkbox-box")).click();
        browser.findElement(By.id("register:submit")).click();
        // too short: refused in French, nothing typed is lost but the password
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "au moins 12 caractères"));
        assertEquals(FIRST_NAME, browser.findElement(By.id("register:firstName")).getAttribute("value"),
                "a full-page post keeps the accents");
        assertEquals(LAST_NAME, browser.findElement(By.id("register:lastName")).getAttribute("value"));
        assertEquals(email, browser.findElement(By.id("register:email")).getAttribute("value"));

        browser.findElement(By.id("register:password")).sendKeys(PASSWORD);
        if (!browser.findElement(By.cssSelector("#register\\:privacy .ui-chkbox-box")).getAttribute("class")
                .contains("ui-state-active")) {
            browser.findElement(By.cssSelector("#register\\:privacy .ui-chkbox-box")).click();
        }
        browser.findElement(By.id("register:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertTrue(browser.findElement(By.id("doneText")).getText().contains(email));

        // not before the address is confirmed
        signIn(email, PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "pas encore confirmée"));

        String link = MailCatcher.awaitLink(email, "verify.xhtml?token=");
        List<MimeMessage> mails = MailCatcher.receivedBy(email);
        assertEquals(1, mails.size());
        assertEquals("Confirmez votre adresse e-mail", subject(mails.get(0)), "the mail speaks the visitor's language");
        assertTrue(MailCatcher.plainText(mails.get(0)).startsWith("Bonjour " + FIRST_NAME + ","),
                "the name in the mail as typed: " + MailCatcher.plainText(mails.get(0)));
        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verified")));

        signIn(email, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/customer/index.xhtml"));

        browser.findElement(By.id("navOrganisations")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organisation:name"))).sendKeys(ORGANISATION);
        browser.findElement(By.id("organisation:siret")).sendKeys("81234567600018");
        browser.findElement(By.id("organisation:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-message-error"),
                "Ce SIRET n'est pas valide"));

        browser.findElement(By.id("organisation:siret")).clear();
        browser.findElement(By.id("organisation:siret")).sendKeys("812 345 676 00017");
        browser.findElement(By.id("organisation:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgName")));
        assertEquals(ORGANISATION, browser.findElement(By.id("orgName")).getText());
        assertEquals("81234567600017", browser.findElement(By.id("siret")).getText());

        browser.get(base + "account/profile.xhtml");
        assertEquals(FIRST_NAME, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:firstName")))
                .getAttribute("value"));
        assertEquals(LAST_NAME, browser.findElement(By.id("profile:lastName")).getAttribute("value"));
    }

    private void signIn(String email, String password) {
        browser.get(base + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
