package eu.trustdesk.voucher.control;

import eu.trustdesk.platform.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The partner API's rate limit per key: at most {@code TRUSTDESK_API_RATE_LIMIT} calls within
 * {@code TRUSTDESK_API_RATE_LIMIT_WINDOW_SECONDS}, counted per key (by its hash: no key is kept
 * in clear in memory), per server. Configured values are clamped into sane bounds, so that a
 * typo can neither switch the limit off nor block every partner for a day.
 */
@ApplicationScoped
public class ApiRateLimit {

    public static final int MIN_REQUESTS = 1;
    public static final int MAX_REQUESTS = 100_000;
    public static final int MIN_WINDOW_SECONDS = 1;
    public static final int MAX_WINDOW_SECONDS = 3_600;

    @Inject
    @ConfigProperty(name = "trustdesk.api.rate-limit", defaultValue = "120")
    int requests;

    @Inject
    @ConfigProperty(name = "trustdesk.api.rate-limit-window-seconds", defaultValue = "60")
    int windowSeconds;

    private RateLimiter limiter;

    @PostConstruct
    void init() {
        limiter = limiter(requests, windowSeconds);
    }

    /** The limiter of the configured values, each clamped into its bounds. */
    public static RateLimiter limiter(int requests, int windowSeconds) {
        return new RateLimiter(Math.max(MIN_REQUESTS, Math.min(MAX_REQUESTS, requests)),
                Duration.ofSeconds(Math.max(MIN_WINDOW_SECONDS, Math.min(MAX_WINDOW_SECONDS, windowSeconds))));
    }

    /** Counts a call of the key with hash {@code keyHash}; the seconds to wait when it is over its limit. */
    public OptionalLong acquire(String keyHash, Instant now) {
        return limiter.acquire(keyHash, now);
    }

    public int limit() {
        return limiter.limit();
    }

    public long windowSeconds() {
        return limiter.window().toSeconds();
    }
}
