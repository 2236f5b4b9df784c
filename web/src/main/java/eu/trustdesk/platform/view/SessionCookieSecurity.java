package eu.trustdesk.platform.view;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when TrustDesk's public address ({@code TRUSTDESK_BASE_URL}) is
 * HTTPS. Payara marks it Secure by itself only on a request that reached it over TLS, which is
 * never the case behind a TLS-terminating proxy; the cookie configuration can be changed only
 * while the application starts, hence a listener.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSecurity.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String baseUrl = ConfigProvider.getConfig().getOptionalValue("trustdesk.base-url", String.class).orElse(null);
        if (HttpHardening.secureSessionCookie(baseUrl)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info(() -> "Session cookie marked Secure: the public address " + baseUrl + " is HTTPS");
        }
    }
}
