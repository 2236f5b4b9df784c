package eu.trustdesk.voucher.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits redemption attempts, per account and per network address: at most
 * {@link #MAX_ATTEMPTS} within {@link #WINDOW} for each. Codes carry 120 random bits, so guessing
 * is hopeless anyway; the limit keeps a script from using the page as an oracle and from filling
 * the logs. In memory, per server, like the login throttle: reset by a restart.
 */
@ApplicationScoped
public class RedemptionThrottle {

    public static final int MAX_ATTEMPTS = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    /** Counts an attempt by the account and from the address; false when either is over the limit. */
    public boolean attempt(String account, String address, Instant now) {
        boolean accountAllowed = record("account:" + account, now);
        boolean addressAllowed = record("address:" + address, now);
        return accountAllowed && addressAllowed;
    }

    /** Counts a look-up of a code from an address (signed in or not); false when the address is over the limit. */
    public boolean lookup(String address, Instant now) {
        return record("lookup:" + address, now);
    }

    private boolean record(String key, Instant now) {
        if (attempts.size() >= MAX_TRACKED) {
            attempts.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() >= MAX_ATTEMPTS) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }
}
