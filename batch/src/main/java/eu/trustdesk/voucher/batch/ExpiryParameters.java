package eu.trustdesk.voucher.batch;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The job parameter {@code asOf}: the instant vouchers are expired as of, fixed when the run is started. */
final class ExpiryParameters {

    static final String AS_OF = "asOf";

    private ExpiryParameters() {
    }

    static Instant asOf(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("voucher-expiry needs the job parameter " + AS_OF);
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf is not an ISO instant: " + value, e);
        }
    }
}
