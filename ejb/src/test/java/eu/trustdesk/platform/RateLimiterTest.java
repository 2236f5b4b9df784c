package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.voucher.control.ApiRateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The sliding window behind the API's and the discount codes' limits. */
class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-12-07T20:00:00Z");

    @Test
    void theCallAfterTheLimitWaitsUntilTheOldestLeavesTheWindow() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60));
        assertTrue(limiter.acquire("key-a", T0).isEmpty());
        assertTrue(limiter.acquire("key-a", T0.plusSeconds(10)).isEmpty());
        assertTrue(limiter.acquire("key-a", T0.plusSeconds(20)).isEmpty());
        assertEquals(OptionalLong.of(30), limiter.acquire("key-a", T0.plusSeconds(30)));
        // 59.5 s after the first: half a second left, rounded up to a whole second
        assertEquals(OptionalLong.of(1), limiter.acquire("key-a", T0.plusMillis(59_500)));
        assertTrue(limiter.acquire("key-a", T0.plusSeconds(60)).isEmpty(), "the first call has left the window");
        assertTrue(limiter.acquire("key-b", T0.plusSeconds(30)).isEmpty(), "each key has its own window");
    }

    @Test
    void refusalsRecordedAfterTheFactBlockAtTheLimit() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(15));
        limiter.record("address:192.0.2.7", T0);
        assertTrue(limiter.blocked("address:192.0.2.7", T0).isEmpty());
        limiter.record("address:192.0.2.7", T0.plusSeconds(1));
        assertEquals(OptionalLong.of(900), limiter.blocked("address:192.0.2.7", T0));
        for (int i = 0; i < 100; i++) {
            limiter.record("address:192.0.2.7", T0.plusSeconds(2));
        }
        assertTrue(limiter.blocked("address:192.0.2.7", T0.plusSeconds(901)).isEmpty(),
                "refusals past the limit do not lengthen the wait");
    }

    @Test
    void theConfiguredApiLimitIsClampedIntoItsBounds() {
        assertEquals(1, ApiRateLimit.limiter(0, 60).limit(), "zero would switch the limit off");
        assertEquals(100_000, ApiRateLimit.limiter(Integer.MAX_VALUE, 60).limit());
        assertEquals(Duration.ofSeconds(1), ApiRateLimit.limiter(120, -5).window());
        assertEquals(Duration.ofHours(1), ApiRateLimit.limiter(120, 86_400).window(), "a day would block a partner for a day");
        assertEquals(120, ApiRateLimit.limiter(120, 60).limit());
    }
}
