package eu.trustdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock every business rule reads ("a voucher expires one year after its order", "an OTP
 * is valid ten minutes"). Rules take it injected rather than calling {@code Instant.now()}, so
 * controls can be unit-tested with a fixed clock.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
