package eu.trustdesk.voucher.api;

import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.voucher.boundary.Cancellation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether a voucher order can be cancelled now, in the API's JSON: every failing condition as an
 * error (stable key for programs, English text for people), none when it can be cancelled.
 */
@Schema(name = "CancellationEligibility", description = "Whether the order can be cancelled now, and if not, why")
public record ApiCancellation(
        @Schema(description = "The order's number") String number,
        @Schema(description = "True when POST .../cancel would be accepted now") boolean eligible,
        @Schema(description = "The end of the 30-day cancellation window") Instant cancellableUntil,
        @Schema(description = "Every condition that fails; empty when eligible. Keys: error.voucher.cancel.already,"
                + " error.voucher.cancel.tooLate, error.voucher.cancel.used, error.voucher.cancel.expired")
        List<ApiError> failedConditions) {

    static ApiCancellation of(Cancellation cancellation) {
        return new ApiCancellation(cancellation.orderNumber(), cancellation.eligible(), cancellation.cancellableUntil(),
                cancellation.refusals().stream().map(r -> new ApiError(r.messageKey(),
                        Messages.text(Locale.ENGLISH, r.messageKey(), r.arguments().toArray()))).toList());
    }
}
