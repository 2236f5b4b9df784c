package eu.trustdesk.testing;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages ({@code chromium}, {@code chromium-driver}), set
 * explicitly so that Selenium never tries to download a browser or a driver. Override the paths
 * with {@code TRUSTDESK_CHROMIUM} and {@code TRUSTDESK_CHROMEDRIVER}.
 */
public final class Browsers {

    private Browsers() {
    }

    /**
     * After the password of a demo staff account: types the code of the published demo secret on the
     * second-step page, as the staff member would from their authenticator app.
     */
    public static void typeDemoStaffCode(ChromeDriver browser, WebDriverWait wait) {
        wait.until(ExpectedConditions.urlContains("login-code.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code:code"))).sendKeys(DemoAccounts.currentCode());
        browser.findElement(By.id("code:submit")).click();
    }

    public static ChromeDriver chromium(String language) {
        String browser = System.getenv().getOrDefault("TRUSTDESK_CHROMIUM", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("TRUSTDESK_CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                        "--lang=" + language);
        // what the browser sends as Accept-Language: headless Chromium ignores --lang for it
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        // the console, where Chromium reports what the Content-Security-Policy blocked (see cspViolations)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    /**
     * What Chromium refused because of the page's Content-Security-Policy (an inline script or
     * handler without the nonce, an eval) since the last call: such a page looks fine and then
     * does nothing when clicked.
     */
    public static List<String> cspViolations(ChromeDriver chrome) {
        return chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }
}
