package eu.trustdesk.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing from one network address across many accounts, which the
 * per-account lock alone does not stop: after {@link #MAX_FAILURES} failed logins within
 * {@link #WINDOW}, the address may not try again until the oldest failure leaves the window.
 *
 * <p>In memory, per server: enough against a single attacker, reset by a restart; the per-account
 * lock is in the database.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int MAX_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Bounds the memory an attacker can make us use with many addresses. */
    private static final int MAX_TRACKED = 50_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public boolean allows(String address, Instant now) {
        Deque<Instant> recent = failures.get(key(address));
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() < MAX_FAILURES;
        }
    }

    public void recordFailure(String address, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(address), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "unknown" : address;
    }
}
