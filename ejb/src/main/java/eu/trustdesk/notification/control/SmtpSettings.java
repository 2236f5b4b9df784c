package eu.trustdesk.notification.control;

import java.time.Duration;
import java.util.Optional;

/**
 * How to reach the mail server and how patiently to retry. With no host configured, delivery is
 * off: mails stay pending in the outbox, where an administrator can read them (the run command
 * works that way).
 */
public record SmtpSettings(Optional<String> host, int port, String from, Optional<String> username,
        Optional<String> password, boolean startTls, Duration retryBase, Duration retryMax, int maxAttempts) {

    public boolean deliveryEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Exponential backoff: base, 2 × base, 4 × base ... capped at the maximum. */
    public Duration backoffAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration backoff = retryBase.multipliedBy(1L << doublings);
        return backoff.compareTo(retryMax) > 0 ? retryMax : backoff;
    }
}
