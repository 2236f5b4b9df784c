package eu.trustdesk.voucher.boundary;

import eu.trustdesk.shared.Refusal;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Whether a voucher order can be cancelled now, asked before trying: eligible, or every
 * condition that fails (as message keys with their arguments), and the last moment of the
 * cancellation window.
 */
public record Cancellation(String orderNumber, boolean eligible, Instant cancellableUntil, List<Refusal> refusals)
        implements Serializable {

    public Cancellation {
        refusals = List.copyOf(refusals);
    }

    static Cancellation of(String orderNumber, Instant cancellableUntil, List<Refusal> refusals) {
        return new Cancellation(orderNumber, refusals.isEmpty(), cancellableUntil, refusals);
    }
}
