package eu.trustdesk.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A number of days after which something is deleted, read from the configuration, and the
 * instant before which things are old enough. Shared by the retention jobs (mail bodies,
 * identity documents), which both take the run's start time ({@code asOf}) as a job parameter.
 *
 * @param key the configuration key, for messages
 * @param days at least one day
 */
public record RetentionPeriod(String key, int days) {

    /** Ten years: a longer period is a typing mistake, not a policy. */
    static final int MAX_DAYS = 3653;

    public RetentionPeriod {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalStateException(ProductionReadiness.environmentName(key) + " must be a number of days from 1 to "
                    + MAX_DAYS + ", not " + days);
        }
    }

    /** The configured value, or {@code defaultDays}; a value that is not a whole number stops with a message naming the variable. */
    public static RetentionPeriod of(String key, Optional<String> configured, int defaultDays) {
        String value = configured.map(String::strip).filter(v -> !v.isEmpty()).orElse(String.valueOf(defaultDays));
        try {
            return new RetentionPeriod(key, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(ProductionReadiness.environmentName(key) + " must be a number of days, not "
                    + value, e);
        }
    }

    /**
     * What must have happened before this instant to be deleted by a run started at {@code asOf}.
     * A run never reaches further than one started now: an {@code asOf} in the future counts as now.
     */
    public Instant cutoff(Instant asOf, Instant now) {
        Instant start = asOf.isAfter(now) ? now : asOf;
        return start.minus(Duration.ofDays(days));
    }
}
