package eu.trustdesk.voucher.entity;

/**
 * The states a partner sees (seed: "Valide – inutilisé", "Valide – utilisé", "Expiré", "Annulé"),
 * and before them the one of a voucher whose order, paid by transfer, has not been paid yet: the
 * code exists and can be handed out, but nothing is delivered for it until the money arrives.
 */
public enum VoucherState {
    /** Its order waits for the transfer; redeemable once the payment is recorded. */
    AWAITING_PAYMENT,
    VALID_UNUSED,
    VALID_USED,
    EXPIRED,
    CANCELLED
}
