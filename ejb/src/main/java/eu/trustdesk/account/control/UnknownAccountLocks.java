package eu.trustdesk.account.control;

import eu.trustdesk.account.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock of accounts that do not exist. An existing account is locked after
 * {@value Account#MAX_FAILED_LOGINS} wrong passwords in a row and the login page says so; were an
 * unknown address never "locked", five tries would tell anyone whether an address has an account.
 * So an unknown address is counted with exactly the rules of {@link Account#recordFailedLogin}
 * and answered "locked" when an account would be.
 *
 * <p>In memory, per server, like {@link LoginThrottle}: it only has to look like the real lock to
 * whoever probes it. The map is bounded: past {@value #MAX_TRACKED} addresses, those whose lock
 * ended and those never locked are forgotten first.
 */
@ApplicationScoped
public class UnknownAccountLocks {

    static final int MAX_TRACKED = 50_000;

    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public boolean isLocked(String email, Instant now) {
        Count count = counts.get(Account.normalizeEmail(email));
        if (count == null) {
            return false;
        }
        synchronized (count) {
            return count.isLocked(now);
        }
    }

    /** Counts a failure; returns whether this one locked the address (as {@link Account#recordFailedLogin} would). */
    public boolean recordFailure(String email, Instant now) {
        if (counts.size() >= MAX_TRACKED) {
            counts.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return !e.getValue().isLocked(now);
                }
            });
        }
        Count count = counts.computeIfAbsent(Account.normalizeEmail(email), k -> new Count());
        synchronized (count) {
            return count.recordFailure(now);
        }
    }

    /** The same counting as an account's: consecutive failures, none counted while locked. */
    private static final class Count {

        private int failures;
        private Instant lockedUntil;

        boolean isLocked(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        boolean recordFailure(Instant now) {
            if (isLocked(now)) {
                return false;
            }
            failures++;
            if (failures >= Account.MAX_FAILED_LOGINS) {
                lockedUntil = now.plus(Account.LOCK_DURATION);
                failures = 0;
                return true;
            }
            return false;
        }
    }
}
