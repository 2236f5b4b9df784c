package eu.trustdesk.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the mail settings ({@code TRUSTDESK_MAIL_*} environment variables, see the README). */
@ApplicationScoped
public class MailConfiguration {

    @Inject
    @ConfigProperty(name = "trustdesk.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "trustdesk.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "trustdesk.mail.from", defaultValue = "TrustDesk <no-reply@trustdesk.eu>")
    String from;

    @Inject
    @ConfigProperty(name = "trustdesk.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "trustdesk.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "trustdesk.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "trustdesk.mail.retry-base-seconds", defaultValue = "30")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "trustdesk.mail.retry-max-seconds", defaultValue = "3600")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "trustdesk.mail.max-attempts", defaultValue = "20")
    int maxAttempts;

    /** Dependent: a record cannot be proxied, and the settings are cheap to hand out. */
    @Produces
    @Dependent
    SmtpSettings smtpSettings() {
        return new SmtpSettings(host, port, from, username, password, startTls,
                Duration.ofSeconds(retryBaseSeconds), Duration.ofSeconds(retryMaxSeconds), maxAttempts);
    }
}
