package eu.trustdesk.platform.batch;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The job parameter {@code asOf}: the instant a run works as of, fixed when it is started (by its
 * schedule or an administrator) and kept by a restart, so that a restarted run ends exactly where
 * an uninterrupted one would have.
 */
public final class AsOf {

    public static final String PARAMETER = "asOf";

    private AsOf() {
    }

    public static Instant parse(String job, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(job + " needs the job parameter " + PARAMETER);
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PARAMETER + " is not an ISO instant: " + value, e);
        }
    }

    public static Properties parameters(Instant asOf) {
        Properties parameters = new Properties();
        parameters.setProperty(PARAMETER, asOf.toString());
        return parameters;
    }
}
