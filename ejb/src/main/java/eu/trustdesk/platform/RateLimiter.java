package eu.trustdesk.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within a sliding {@code window}, in memory (per server,
 * reset by a restart, like the login and redemption throttles). The map of keys is bounded:
 * when it is full, keys whose events have all left the window are dropped first.
 */
public final class RateLimiter {

    private static final int MAX_TRACKED = 50_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit of at least 1 per positive window: " + limit + "/" + window);
        }
        this.limit = limit;
        this.window = window;
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }

    /**
     * Counts an event for {@code key} if the key is under its limit. Returns empty when counted,
     * or the whole seconds (at least 1) after which the oldest event leaves the window and one
     * more will be accepted.
     */
    public OptionalLong acquire(String key, Instant now) {
        Deque<Instant> recent = recent(key, now);
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() >= limit) {
                return OptionalLong.of(secondsUntilFree(recent, now));
            }
            recent.addLast(now);
            return OptionalLong.empty();
        }
    }

    /** Whether {@code key} is at its limit now, without counting anything; the seconds to wait when it is. */
    public OptionalLong blocked(String key, Instant now) {
        Deque<Instant> recent = events.get(key);
        if (recent == null) {
            return OptionalLong.empty();
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() >= limit ? OptionalLong.of(secondsUntilFree(recent, now)) : OptionalLong.empty();
        }
    }

    /**
     * Counts an event for {@code key} after the fact (e.g. a failure). Past the limit nothing more
     * is kept: the key is blocked anyway until its oldest event leaves the window.
     */
    public void record(String key, Instant now) {
        Deque<Instant> recent = recent(key, now);
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() < limit) {
                recent.addLast(now);
            }
        }
    }

    private Deque<Instant> recent(String key, Instant now) {
        if (events.size() >= MAX_TRACKED) {
            events.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        return events.computeIfAbsent(key, k -> new ArrayDeque<>());
    }

    private long secondsUntilFree(Deque<Instant> recent, Instant now) {
        Duration left = Duration.between(now, recent.peekFirst().plus(window));
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }
}
