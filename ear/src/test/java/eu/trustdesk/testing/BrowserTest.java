package eu.trustdesk.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every real-browser test needs: the application's address, a headless Chromium speaking
 * {@link #language()}, a patient wait, and the mail catcher running (journeys send mail).
 * Subclasses declare their own {@code @Deployment} and {@code @ExtendWith(ArquillianExtension.class)}.
 */
public abstract class BrowserTest {

    @ArquillianResource
    protected URL base;

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    /** The browser's language (Accept-Language); French unless a test says otherwise. */
    protected String language() {
        return "fr";
    }

    @BeforeEach
    void openBrowser() {
        MailCatcher.start();
        browser = Browsers.chromium(language());
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Every browser test is also a Content-Security-Policy test: nothing of any page visited was blocked. */
    @AfterEach
    void closeBrowser() {
        if (browser == null) {
            return;
        }
        try {
            List<String> blocked = Browsers.cspViolations(browser);
            assertTrue(blocked.isEmpty(), "blocked by the Content-Security-Policy: " + blocked);
        } finally {
            browser.quit();
        }
    }
}
