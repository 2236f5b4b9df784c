package eu.trustdesk.voucher.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a typed or linked code is, as the redemption page tells it.
 *
 * @param outcome what the code is; the product fields are set only for a known code
 */
public record VoucherLookup(Outcome outcome, String groupedCode, String sku, String productName, int validityYears,
        Instant expiresAt) implements Serializable {

    /** A known voucher's state, or why the text is not one. */
    public enum Outcome {
        /** Not the shape of a code (length, characters). */
        MALFORMED,
        /** The shape of a code whose check character does not match: a typing mistake. */
        TYPO,
        /** A well-formed code that no voucher has. */
        UNKNOWN,
        /** Its order, paid by transfer, has not been paid yet. */
        AWAITING_PAYMENT,
        VALID_UNUSED,
        VALID_USED,
        EXPIRED,
        CANCELLED;

        /** The message key explaining why a code cannot be redeemed; null when it can. */
        public String refusalKey() {
            return switch (this) {
                case MALFORMED -> "error.voucher.malformed";
                case TYPO -> "error.voucher.typo";
                case UNKNOWN -> "error.voucher.unknown";
                case VALID_USED -> "error.voucher.used";
                case EXPIRED -> "error.voucher.expired";
                case CANCELLED -> "error.voucher.cancelled";
                case AWAITING_PAYMENT -> "error.voucher.awaitingPayment";
                case VALID_UNUSED -> null;
            };
        }
    }

    public static VoucherLookup refused(Outcome outcome) {
        return new VoucherLookup(outcome, null, null, null, 0, null);
    }

    public boolean redeemable() {
        return outcome == Outcome.VALID_UNUSED;
    }
}
