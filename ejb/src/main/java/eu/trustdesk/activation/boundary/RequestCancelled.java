package eu.trustdesk.activation.boundary;

import java.time.Instant;
import java.util.Objects;

/**
 * Fired (as a synchronous CDI event, inside the deciding transaction) when the back office cancels
 * an activation request or revokes the certificate it produced. Capabilities that gave the request
 * away — a redeemed voucher, for one — observe it to undo what they did, without the activation
 * capability knowing them.
 *
 * @param requestId   the activation request cancelled or revoked
 * @param cancelledAt when the back office decided it
 */
public record RequestCancelled(long requestId, Instant cancelledAt) {

    public RequestCancelled {
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }
}
